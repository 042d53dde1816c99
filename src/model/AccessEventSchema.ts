import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, RefSchema } from "../core/primitives";

/**
 * A joiner, mover or leaver event: a person starts, changes role or leaves, and what was done about
 * their access, assets, screening, agreements and continuing duties (Annex A 5.11, 5.18, 6.1, 6.5,
 * 6.6).
 *
 * @category Model
 * @example
 * ```ts
 * const e: AccessEvent = AccessEventSchema.parse({ id: "jml-7", type: "leaver", personId: "p-bob", effectiveOn: "2026-10-31", accessRemovedOn: "2026-10-31", assetsReturnedOn: "2026-10-31" });
 * e.accountIds
 * //=> []
 * ```
 */
export const AccessEventSchema = entitySchema(() => ({
  type: z.enum(["joiner", "mover", "leaver"]).register(z.globalRegistry, { description: "Whether the person joins, moves to another role, or leaves.", examples: ["leaver"] }),
  personId: RefSchema.meta({ description: "Who joins, moves or leaves (a people id).", examples: ["p-ada"] }),
  effectiveOn: IsoDateSchema.describe("The first day (joiner), the day of the move (mover) or the last working day (leaver)."),
  requestedById: RefSchema.optional().register(z.globalRegistry, { description: "Who asked for the change (a people id).", examples: ["p-hr-lead"] }),
  approvedById: RefSchema.optional().register(z.globalRegistry, { description: "Who approved the access granted (a people id).", examples: ["p-it-lead"] }),
  accessGrantedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When the access needed was granted (joiner, mover)." }),
  accessRemovedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When all access (leaver) or the access no longer needed (mover) was removed." }),
  accountIds: RefListSchema.meta({ description: "The accounts granted or removed (account ids).", examples: [["acc-ada-github", "acc-ada-okta"]] }),
  screeningCompletedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When background verification was completed (joiner; 6.1)." }),
  agreementsSignedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When the terms of employment and the confidentiality agreement were signed (joiner; 6.2, 6.6)." }),
  assetsReturnedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When the organisation's assets were returned (leaver; 5.11)." }),
  exitBriefingOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When the leaver was reminded of the duties that continue after leaving (6.5)." }),
  ticket: z.string().optional().register(z.globalRegistry, { description: "The ticket or request that records it.", examples: ["HR-2026-118"] }),
})).register(z.globalRegistry, { description: "A joiner, mover or leaver event." });
/**
 * The type of an access event, inferred from {@link AccessEventSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: AccessEvent = AccessEventSchema.parse({ id: "e", type: "joiner", personId: "p", effectiveOn: "2026-01-05" });
 * AccessEventSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type AccessEvent = z.infer<typeof AccessEventSchema>;
