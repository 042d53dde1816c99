import * as z from "zod";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";

/**
 * The state of an action: `open` (not started), `in-progress`, `done` or `cancelled`.
 *
 * @category Model
 * @example
 * ```ts
 * ActionStatusSchema.options
 * //=> ["open", "in-progress", "done", "cancelled"]
 * ```
 */
export const ActionStatusSchema = z.enum(["open", "in-progress", "done", "cancelled"]).register(z.globalRegistry, { description: "Where an action stands.", examples: ["in-progress"] });
/**
 * The type of an action status, inferred from {@link ActionStatusSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: ActionStatus = ActionStatusSchema.parse("done");
 * ActionStatusSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

/**
 * An action with an owner and dates: a treatment-plan action (6.1.3 e), a management-review action
 * (9.3.3) or a corrective action (10.2).
 *
 * @category Model
 * @example
 * ```ts
 * const action: Action = {
 *   id: "act-1",
 *   description: "Enforce MFA on the VPN",
 *   ownerId: "p-it",
 *   dueDate: "2026-03-31",
 *   status: "in-progress",
 *   controlIds: ["8.5"],
 * };
 * ```
 */
export const ActionSchema = entitySchema(() => ({
  description: NonEmptyStringSchema.meta({ description: "What is to be done.", examples: ["Enforce MFA for all administrator accounts"] }),
  ownerId: RefSchema.optional().register(z.globalRegistry, { description: "The person responsible (a people id).", examples: ["p-it-lead"] }),
  controlIds: RefListSchema.meta({ description: "Controls the action implements: Annex A ids or ids of the organisation's own controls.", examples: [["8.5"]] }),
  resources: z.string().optional().register(z.globalRegistry, { description: "Resources the action needs.", examples: ["Two days of the platform team"] }),
  startedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When work on it started." }),
  dueDate: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it is to be done." }),
  completedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was done." }),
  status: ActionStatusSchema.meta({ description: "Where it stands." }),
}));
/**
 * The type of an action, inferred from {@link ActionSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Action = ActionSchema.parse({ id: "a", description: "x", status: "open" });
 * ActionSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Action = z.infer<typeof ActionSchema>;
