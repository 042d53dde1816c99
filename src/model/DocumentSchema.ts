import * as z from "zod";
import { intervalMonthsSchema } from "../core/bounds";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { ApprovalSchema } from "./ApprovalSchema";
import { ClauseIdSchema, IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * Kinds of documented information. `information-security-policy` is the policy of clause 5.2;
 * `isms-scope` (4.3), `risk-methodology` (6.1.2), `statement-of-applicability` (6.1.3 d) and
 * `risk-treatment-plan` (6.1.3 e) name the documents the standard asks for by name.
 *
 * @category Model
 * @example
 * ```ts
 * DocumentTypeSchema.options.includes("information-security-policy")
 * //=> true
 * ```
 */
export const DocumentTypeSchema = z.enum([
  "information-security-policy",
  "topic-specific-policy",
  "isms-scope",
  "risk-methodology",
  "statement-of-applicability",
  "risk-treatment-plan",
  "procedure",
  "process",
  "plan",
  "standard",
  "guideline",
  "record",
  "report",
  "contract",
  "other",
]).register(z.globalRegistry, { description: "What kind of documented information it is; the policy, scope, methodology, SoA and treatment plan types stand for the documents the standard requires.", examples: ["topic-specific-policy"] });
/**
 * The type of a document type, inferred from {@link DocumentTypeSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: DocumentType = DocumentTypeSchema.parse("procedure");
 * DocumentTypeSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

/**
 * What the information security policy states (5.2 a–d): how it suits the purpose of the
 * organisation, whether it includes the information security objectives or the framework for setting
 * them, and its commitments — to satisfy the applicable requirements and to continually improve the
 * ISMS. Recorded on the document of type `information-security-policy`.
 *
 * @category Model
 * @example
 * ```ts
 * const statement: PolicyStatement = PolicyStatementSchema.parse({
 *   purpose: "Protects the customer data our logistics platform processes",
 *   objectives: "framework",
 *   commitments: ["satisfy-requirements", "continual-improvement"],
 * });
 * statement.commitments.length
 * //=> 2
 * ```
 */
export const PolicyStatementSchema = z.strictObject(lazyShape(() => ({
  purpose: z.string().optional().register(z.globalRegistry, { description: "How the policy suits the purpose of the organisation (5.2 a).", examples: ["Protect the customer data we process as a payments provider"] }),
  objectives: z
    .enum(["included", "framework"])
    .optional()
    .register(z.globalRegistry, { description: "Whether the policy includes the information security objectives or provides the framework for setting them (5.2 b).", examples: ["framework"] }),
  commitments: z
    .array(z.enum(["satisfy-requirements", "continual-improvement"]))
    .default([])
    .register(z.globalRegistry, { description: "The policy's commitments: to satisfy applicable requirements (5.2 c) and to continually improve the ISMS (5.2 d).", examples: [["satisfy-requirements", "continual-improvement"]] }),
})));
/**
 * The type of a policy statement, inferred from {@link PolicyStatementSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: PolicyStatement = PolicyStatementSchema.parse({});
 * value.commitments
 * //=> []
 * ```
 */
export type PolicyStatement = z.infer<typeof PolicyStatementSchema>;

/**
 * Documented information (7.5): the information security policy (5.2) and every other document or
 * record the ISMS keeps, with its version, owner, approval, review cycle and classification.
 *
 * `clauseIds` and `controlIds` say which requirements the document serves (for example the scope
 * document serves `"4.3"`); a document of a named type serves its clause without saying so
 * ({@link documentClauseIds}).
 *
 * @category Model
 * @example
 * ```ts
 * const policy: IsmsDocument = DocumentSchema.parse({
 *   id: "doc-pol",
 *   title: "Information Security Policy",
 *   type: "information-security-policy",
 *   version: "3.0",
 *   status: "approved",
 *   ownerId: "p-ciso",
 *   approval: { approvedById: "p-ceo", approvedOn: "2026-01-20" },
 *   reviewIntervalMonths: 12,
 *   lastReviewedOn: "2026-01-15",
 *   classification: "internal",
 *   clauseIds: ["5.2"],
 * });
 * policy.controlIds
 * //=> []
 * ```
 */
export const DocumentSchema = entitySchema(() => ({
  title: NonEmptyStringSchema.meta({ description: "Its title.", examples: ["Access control policy"] }),
  type: DocumentTypeSchema,
  version: z.string().optional().register(z.globalRegistry, { description: "Its version, as the organisation numbers them.", examples: ["2.1"] }),
  status: z.enum(["draft", "in-review", "approved", "retired"]).default("draft").register(z.globalRegistry, { description: "Where it stands: draft, in review, approved, retired.", examples: ["approved"] }),
  ownerId: RefSchema.optional().register(z.globalRegistry, { description: "Who owns and maintains it (a people id).", examples: ["p-ciso"] }),
  approval: ApprovalSchema.optional().register(z.globalRegistry, { description: "Who approved it, and when (7.5.2).", examples: [{ approvedById: "p-ceo", approvedOn: "2026-01-15" }] }),
  reviewIntervalMonths: intervalMonthsSchema().optional().register(z.globalRegistry, { description: "Months between reviews, when it sets its own interval (else the organisation's policyReviewIntervalMonths or documentReviewIntervalMonths).", examples: [12] }),
  lastReviewedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was last reviewed." }),
  publishedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was published or made available." }),
  classification: z.string().optional().register(z.globalRegistry, { description: "The organisation's classification label, e.g. internal.", examples: ["internal"] }),
  location: z.string().optional().register(z.globalRegistry, { description: "Where the document is kept: a URL or path.", examples: ["https://intranet.example.com/policies/access-control"] }),
  retention: z.string().optional().register(z.globalRegistry, { description: "How long it, or the records it governs, is kept.", examples: ["Seven years after it is superseded"] }),
  clauseIds: z.array(ClauseIdSchema).default([]).register(z.globalRegistry, { description: "Clauses of ISO/IEC 27001:2022 it documents.", examples: [["5.2"]] }),
  controlIds: RefListSchema.meta({ description: "Controls it documents: Annex A ids or the organisation's own.", examples: [["5.15", "5.18"]] }),
  policyStatement: PolicyStatementSchema.optional().register(z.globalRegistry, {
    description: "For the information security policy: what it states (5.2 a–d).",
    examples: [{ purpose: "Protect the customer data we process", objectives: "framework", commitments: ["satisfy-requirements", "continual-improvement"] }],
  }),
})).register(z.globalRegistry, { description: "7.5 Documented information." });
/**
 * Documented information, inferred from {@link DocumentSchema}. (Named `IsmsDocument` so it does not
 * clash with the DOM's `Document`.)
 *
 * @category Model
 * @example
 * ```ts
 * const doc: IsmsDocument = DocumentSchema.parse({ id: "doc-1", title: "Access control policy", type: "topic-specific-policy" });
 * doc.status
 * //=> "draft"
 * ```
 */
export type IsmsDocument = z.infer<typeof DocumentSchema>;
