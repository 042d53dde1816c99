import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * A role relevant to information security with its responsibilities and authorities (5.3), and who holds it.
 *
 * `ismsDuties` marks the two assignments clause 5.3 requires: ensuring the ISMS conforms to the
 * standard, and reporting on its performance to top management.
 *
 * @category Model
 * @example
 * ```ts
 * const ciso: Role = RoleSchema.parse({
 *   id: "r-ciso",
 *   name: "CISO",
 *   responsibilities: ["Run the ISMS"],
 *   authorities: ["Stop changes that break policy"],
 *   holderIds: ["p-ciso"],
 *   ismsDuties: ["ensure-conformity", "report-performance"],
 * });
 * ciso.requiredCompetenceIds
 * //=> []
 * ```
 */
export const RoleSchema = entitySchema({
  name: NonEmptyStringSchema,
  description: z.string().optional(),
  responsibilities: z.array(NonEmptyStringSchema).default([]),
  authorities: z.array(NonEmptyStringSchema).default([]),
  holderIds: RefListSchema.describe("People who hold the role."),
  ismsDuties: z.array(z.enum(["ensure-conformity", "report-performance"])).default([]),
  requiredCompetenceIds: RefListSchema,
  assignedById: RefSchema.optional().describe("The member of top management who assigned it."),
  assignedOn: IsoDateSchema.optional(),
  documentIds: RefListSchema,
}).describe("5.3 An organizational role with its responsibilities and authorities.");
/**
 * The type of a role, inferred from {@link RoleSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Role = RoleSchema.parse({ id: "r", name: "x" });
 * RoleSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Role = z.infer<typeof RoleSchema>;
