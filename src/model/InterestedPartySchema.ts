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
export const RequirementSchema = entitySchema(() => ({
  description: NonEmptyStringSchema.meta({ description: "The requirement.", examples: ["Notify the customer of a security incident within 24 hours"] }),
  type: z.enum(["legal", "regulatory", "contractual", "expectation", "other"]).register(z.globalRegistry, { description: "Where it comes from: a law, a regulation, a contract, an expectation.", examples: ["contractual"] }),
  addressedThroughIsms: z.boolean().register(z.globalRegistry, { description: "Whether the ISMS addresses it (4.2 c).", examples: [true] }),
  howAddressed: z.string().optional().register(z.globalRegistry, { description: "How it is addressed.", examples: ["Incident procedure, customer notice step"] }),
  climateRelated: z.boolean().optional().register(z.globalRegistry, { description: "It concerns climate change.", examples: [false] }),
  controlIds: RefListSchema.meta({ description: "Controls that address it: Annex A ids or the organisation's own control ids.", examples: [["5.24", "5.26"]] }),
}));
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
export const InterestedPartySchema = entitySchema(() => ({
  name: NonEmptyStringSchema.meta({ description: "Its name.", examples: ["Enterprise customers"] }),
  kind: z.enum(["internal", "external"]).register(z.globalRegistry, { description: "Internal or external.", examples: ["external"] }),
  category: z.string().optional().register(z.globalRegistry, { description: "e.g. customer, regulator, employee, supplier, shareholder.", examples: ["customer"] }),
  relevant: z.boolean().default(true).register(z.globalRegistry, { description: "It is relevant to the ISMS (4.2 a).", examples: [true] }),
  requirements: z.array(RequirementSchema).default([]).register(z.globalRegistry, {
    description: "Its relevant requirements (4.2 b).",
    examples: [[{ id: "req-incident-notice", description: "Notify incidents within 24 hours", type: "contractual", addressedThroughIsms: true }]],
  }),
})).register(z.globalRegistry, { description: "4.2 An interested party and its requirements." });
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
