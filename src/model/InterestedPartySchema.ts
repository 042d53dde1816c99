import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { NonEmptyStringSchema } from "../core/primitives";

/**
 * A requirement of an interested party (4.2 b), and whether the ISMS addresses it (4.2 c).
 *
 * @category Model
 * @example
 * ```ts
 * const r: Requirement = {
 *   id: "req-gdpr",
 *   description: "Process personal data lawfully (GDPR)",
 *   type: "legal",
 *   addressedThroughIsms: true,
 *   controlIds: ["5.34"],
 * };
 * ```
 */
export const RequirementSchema = entitySchema({
  description: NonEmptyStringSchema,
  type: z.enum(["legal", "regulatory", "contractual", "expectation", "other"]),
  addressedThroughIsms: z.boolean(),
  howAddressed: z.string().optional(),
  climateRelated: z.boolean().optional(),
  controlIds: RefListSchema.describe("Controls that address it: Annex A ids or the organisation's own control ids."),
});
/**
 * The type of a requirement, inferred from {@link RequirementSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Requirement = RequirementSchema.parse({ id: "r", description: "x", type: "legal", addressedThroughIsms: true });
 * RequirementSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Requirement = z.infer<typeof RequirementSchema>;

/**
 * A party relevant to the ISMS (4.2 a) with its requirements.
 *
 * @category Model
 * @example
 * ```ts
 * const customers: InterestedParty = InterestedPartySchema.parse({ id: "ip-cust", name: "Customers", kind: "external" });
 * customers.requirements
 * //=> []
 * ```
 */
export const InterestedPartySchema = entitySchema({
  name: NonEmptyStringSchema,
  kind: z.enum(["internal", "external"]),
  category: z.string().optional().describe("e.g. customer, regulator, employee, supplier, shareholder."),
  relevant: z.boolean().default(true),
  requirements: z.array(RequirementSchema).default([]),
}).describe("4.2 An interested party and its requirements.");
/**
 * The type of an interested party, inferred from {@link InterestedPartySchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: InterestedParty = InterestedPartySchema.parse({ id: "i", name: "x", kind: "external" });
 * InterestedPartySchema.safeParse(value).success
 * //=> true
 * ```
 */
export type InterestedParty = z.infer<typeof InterestedPartySchema>;
