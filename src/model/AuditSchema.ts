import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { ClauseIdSchema, IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * What an audit covers: clauses, controls (Annex A ids or the organisation's own control ids), or
 * the whole ISMS (`allClauses`, `allApplicableControls`), and anything else in words.
 *
 * @category Model
 * @example
 * ```ts
 * AuditScopeSchema.parse({ clauseIds: ["9.2.1"] }).controlIds
 * //=> []
 * ```
 */
export const AuditScopeSchema = z.strictObject({
  clauseIds: z.array(ClauseIdSchema).default([]),
  controlIds: RefListSchema,
  allClauses: z.boolean().optional().describe("The audit covers every clause 4 to 10, whether or not `clauseIds` lists them."),
  allApplicableControls: z.boolean().optional().describe("The audit covers every applicable control of the Statement of Applicability."),
  description: z.string().optional(),
});
/**
 * The type of an audit scope, inferred from {@link AuditScopeSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: AuditScope = AuditScopeSchema.parse({});
 * AuditScopeSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type AuditScope = z.infer<typeof AuditScopeSchema>;

/**
 * An audit planned in the internal audit programme.
 *
 * @category Model
 * @example
 * ```ts
 * const p: PlannedAudit = PlannedAuditSchema.parse({ id: "pa-1", plannedOn: "2026-04-15", scope: { clauseIds: ["4.1", "4.2"] } });
 * p.auditorIds
 * //=> []
 * ```
 */
export const PlannedAuditSchema = entitySchema({
  title: z.string().optional(),
  plannedOn: IsoDateSchema,
  scope: AuditScopeSchema,
  criteria: z.string().optional(),
  auditorIds: RefListSchema,
});
/**
 * The type of a planned audit, inferred from {@link PlannedAuditSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: PlannedAudit = PlannedAuditSchema.parse({ id: "p", plannedOn: "2026-01-01", scope: {} });
 * PlannedAuditSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type PlannedAudit = z.infer<typeof PlannedAuditSchema>;

/**
 * The internal audit programme (9.2.2): its period, methods, responsibilities and the audits it plans.
 *
 * @category Model
 * @example
 * ```ts
 * AuditProgrammeSchema.parse({ period: { start: "2026-01-01", end: "2028-12-31" } }).plannedAudits
 * //=> []
 * ```
 */
export const AuditProgrammeSchema = z
  .strictObject({
    period: z.strictObject({ start: IsoDateSchema, end: IsoDateSchema }).optional(),
    ownerId: RefSchema.optional(),
    methods: z.string().optional(),
    documentId: RefSchema.optional(),
    approval: z.strictObject({ approvedById: RefSchema, approvedOn: IsoDateSchema }).optional(),
    plannedAudits: z.array(PlannedAuditSchema).default([]),
  })
  .describe("9.2.2 The internal audit programme.");
/**
 * The type of an audit programme, inferred from {@link AuditProgrammeSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: AuditProgramme = AuditProgrammeSchema.parse({});
 * AuditProgrammeSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type AuditProgramme = z.infer<typeof AuditProgrammeSchema>;

/**
 * A finding of an audit. Certification bodies grade `major` and `minor` nonconformities and
 * opportunities for improvement (`ofi`); `observation` and `positive` record the rest.
 *
 * @category Model
 * @example
 * ```ts
 * const f: AuditFinding = AuditFindingSchema.parse({ id: "f-1", type: "minor", clauseIds: ["7.5.3"], description: "Two policies past review" });
 * f.controlIds
 * //=> []
 * ```
 */
export const AuditFindingSchema = entitySchema({
  type: z.enum(["major", "minor", "ofi", "observation", "positive"]),
  description: NonEmptyStringSchema,
  clauseIds: z.array(ClauseIdSchema).default([]),
  controlIds: RefListSchema,
  nonconformityId: RefSchema.optional(),
});
/**
 * The type of an audit finding, inferred from {@link AuditFindingSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: AuditFinding = AuditFindingSchema.parse({ id: "f", type: "ofi", description: "x" });
 * AuditFindingSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type AuditFinding = z.infer<typeof AuditFindingSchema>;

/**
 * The kinds of audit: `internal` (9.2); the certification body's audits — `certification-stage-1`,
 * `certification-stage-2`, `surveillance`, `recertification` and `special` (a short-notice or
 * extension audit); `supplier` (an audit of a supplier); and `other`.
 *
 * @category Model
 * @example
 * ```ts
 * AuditTypeSchema.options.includes("special")
 * //=> true
 * ```
 */
export const AuditTypeSchema = z.enum([
  "internal",
  "certification-stage-1",
  "certification-stage-2",
  "surveillance",
  "recertification",
  "special",
  "supplier",
  "other",
]);
/**
 * The type of an audit type, inferred from {@link AuditTypeSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: AuditType = AuditTypeSchema.parse("surveillance");
 * AuditTypeSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type AuditType = z.infer<typeof AuditTypeSchema>;

/**
 * The certification body's decision after one of its audits (ISO/IEC 17021-1): `certified` (after
 * stage 2), `continued` (after a surveillance or special audit), `recertified`, `suspended`,
 * `withdrawn` or `refused`, with the day it was taken. A decision to certify or recertify starts a
 * certification cycle.
 *
 * @category Model
 * @example
 * ```ts
 * const decision: CertificationDecision = { outcome: "certified", decidedOn: "2025-03-17" };
 * ```
 */
export const CertificationDecisionSchema = z.strictObject({
  outcome: z.enum(["certified", "continued", "recertified", "suspended", "withdrawn", "refused"]),
  decidedOn: IsoDateSchema,
});
/**
 * The type of a certification decision, inferred from {@link CertificationDecisionSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: CertificationDecision = CertificationDecisionSchema.parse({ outcome: "continued", decidedOn: "2026-03-01" });
 * CertificationDecisionSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type CertificationDecision = z.infer<typeof CertificationDecisionSchema>;

/**
 * An audit: internal (9.2), a certification body's (stage 1 or 2, surveillance, recertification,
 * special — with the findings the body raised, graded major, minor or opportunity for improvement,
 * each linked to the nonconformity that handles it, and the body's decision), or of a supplier, with
 * its scope, criteria, auditors, auditees and findings.
 *
 * @category Model
 * @example
 * ```ts
 * const a: Audit = AuditSchema.parse({
 *   id: "aud-2026-1",
 *   type: "internal",
 *   status: "completed",
 *   performedOn: "2026-04-15",
 *   scope: { clauseIds: ["4.1", "4.2", "4.3"] },
 *   auditorIds: ["p-auditor"],
 * });
 * a.findings
 * //=> []
 * ```
 */
export const AuditSchema = entitySchema({
  type: AuditTypeSchema,
  title: z.string().optional(),
  status: z.enum(["planned", "in-progress", "completed", "cancelled"]),
  plannedAuditId: RefSchema.optional().describe("The audit programme entry this audit carries out."),
  plannedOn: IsoDateSchema.optional(),
  performedOn: IsoDateSchema.optional(),
  endedOn: IsoDateSchema.optional(),
  scope: AuditScopeSchema.default({ clauseIds: [], controlIds: [] }),
  criteria: z.string().optional(),
  auditorIds: RefListSchema.describe("Auditors from the people list."),
  externalAuditor: z.string().optional().describe("An auditor or body not in the people list."),
  auditeeIds: RefListSchema.describe("People responsible for the audited areas."),
  reportDocumentId: RefSchema.optional(),
  reportedToIds: RefListSchema.describe("Managers the results were reported to (9.2.2 c)."),
  findings: z.array(AuditFindingSchema).default([]),
  certificationBody: z.string().optional().describe("For a certification body's audit: the body."),
  decision: CertificationDecisionSchema.optional().describe("For a certification body's audit: the body's decision after it."),
}).describe("9.2 An audit: internal, a certification body's, or of a supplier.");
/**
 * The type of an audit, inferred from {@link AuditSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Audit = AuditSchema.parse({ id: "a", type: "internal", status: "planned" });
 * AuditSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Audit = z.infer<typeof AuditSchema>;
