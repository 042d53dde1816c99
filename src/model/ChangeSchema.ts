import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * A planned change to the ISMS (6.3), carried out in a planned manner.
 *
 * @category Model
 * @example
 * ```ts
 * const c: Change = ChangeSchema.parse({ id: "chg-1", title: "Move to a new HR system", status: "approved", plannedOn: "2026-05-01" });
 * c.riskIds
 * //=> []
 * ```
 */
export const ChangeSchema = entitySchema({
  title: NonEmptyStringSchema,
  description: z.string().optional(),
  purpose: z.string().optional().describe("Why the change is made."),
  requestedById: RefSchema.optional(),
  requestedOn: IsoDateSchema.optional(),
  approvedById: RefSchema.optional(),
  approvedOn: IsoDateSchema.optional(),
  plannedOn: IsoDateSchema.optional(),
  implementedOn: IsoDateSchema.optional(),
  status: z.enum(["proposed", "approved", "rejected", "implemented", "cancelled"]),
  riskIds: RefListSchema.describe("The risks the change affects, reassessed for it (8.2)."),
  riskAssessedOn: IsoDateSchema.optional().describe("When the change's information security risks were assessed, when it names no risk (8.2)."),
  documentIds: RefListSchema,
}).describe("6.3 A planned change to the ISMS.");
/**
 * The type of a change, inferred from {@link ChangeSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Change = ChangeSchema.parse({ id: "c", title: "x", status: "proposed" });
 * ChangeSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Change = z.infer<typeof ChangeSchema>;
