import * as z from "zod";
import { intervalMonthsSchema } from "../core/bounds";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * A supplier whose products or services bear on information security.
 *
 * @category Model
 * @example
 * ```ts
 * const s: Supplier = SupplierSchema.parse({ id: "sup-aws", name: "Amazon Web Services", criticality: "critical", certifications: ["ISO/IEC 27001"] });
 * s.status
 * //=> "active"
 * ```
 */
export const SupplierSchema = entitySchema({
  name: NonEmptyStringSchema,
  services: z.string().optional(),
  criticality: z.enum(["low", "medium", "high", "critical"]),
  ownerId: RefSchema.optional().describe("Who manages the relationship."),
  status: z.enum(["onboarding", "active", "offboarded"]).default("active"),
  securityRequirementsAgreed: z.boolean().optional(),
  certifications: z.array(z.string()).default([]),
  lastAssessedOn: IsoDateSchema.optional(),
  assessmentIntervalMonths: intervalMonthsSchema().optional(),
  contractDocumentIds: RefListSchema,
});
/**
 * The type of a supplier, inferred from {@link SupplierSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Supplier = SupplierSchema.parse({ id: "s", name: "x", criticality: "low" });
 * SupplierSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Supplier = z.infer<typeof SupplierSchema>;
