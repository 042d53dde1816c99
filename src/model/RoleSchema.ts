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
export const RoleSchema = entitySchema(() => ({
  name: NonEmptyStringSchema.meta({ description: "The role's name.", examples: ["Information security officer"] }),
  description: z.string().optional().register(z.globalRegistry, { description: "What the role is for.", examples: ["Runs the ISMS day to day"] }),
  responsibilities: z.array(NonEmptyStringSchema).default([]).register(z.globalRegistry, { description: "What the holder is responsible for.", examples: [["Maintain the risk register", "Report on ISMS performance"]] }),
  authorities: z.array(NonEmptyStringSchema).default([]).register(z.globalRegistry, { description: "What the holder may decide.", examples: [["Stop a release with a critical vulnerability"]] }),
  holderIds: RefListSchema.meta({ description: "People who hold the role.", examples: [["p-ciso"]] }),
  ismsDuties: z.array(z.enum(["ensure-conformity", "report-performance"])).default([]).register(z.globalRegistry, {
    description: "The duties of 5.3 it carries: ensure the ISMS conforms, report on its performance to top management.",
    examples: [["ensure-conformity", "report-performance"]],
  }),
  requiredCompetenceIds: RefListSchema.meta({ description: "Competences the role needs (competences ids).", examples: [["comp-isms"]] }),
  assignedById: RefSchema.optional().register(z.globalRegistry, { description: "The member of top management who assigned it.", examples: ["p-ceo"] }),
  assignedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was assigned." }),
  documentIds: RefListSchema.meta({ description: "Documents that describe it (documents ids).", examples: [["doc-roles"]] }),
})).register(z.globalRegistry, { description: "5.3 An organizational role with its responsibilities and authorities." });
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
