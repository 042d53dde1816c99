import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { ClauseIdSchema, IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

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
export const AuditScopeSchema = z.strictObject(lazyShape(() => ({
  clauseIds: z.array(ClauseIdSchema).default([]).register(z.globalRegistry, { description: "Clauses of ISO/IEC 27001:2022 the audit covers.", examples: [["6.1.2", "9.2"]] }),
  controlIds: RefListSchema.meta({ description: "Controls the audit covers: Annex A ids or the organisation's own control ids.", examples: [["5.15", "8.5"]] }),
  allClauses: z.boolean().optional().register(z.globalRegistry, { description: "The audit covers every clause 4 to 10, whether or not `clauseIds` lists them.", examples: [true] }),
  allApplicableControls: z.boolean().optional().register(z.globalRegistry, { description: "The audit covers every applicable control of the Statement of Applicability.", examples: [false] }),
  description: z.string().optional().register(z.globalRegistry, { description: "The scope in words: sites, processes, teams.", examples: ["Engineering and the production platform"] }),
}))).register(z.globalRegistry, { description: "What an audit covers: clauses, controls, and the scope in words.", examples: [{ clauseIds: ["9.2", "10.2"], controlIds: ["5.15", "8.5"] }] });
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
export const PlannedAuditSchema = entitySchema(() => ({
  title: z.string().optional().register(z.globalRegistry, { description: "Its name in the programme.", examples: ["Internal audit of access control"] }),
  plannedOn: IsoDateSchema.meta({ description: "When it is planned." }),
  scope: AuditScopeSchema.meta({ description: "What it is to cover." }),
  criteria: z.string().optional().register(z.globalRegistry, { description: "What it audits against.", examples: ["ISO/IEC 27001:2022 and the access control policy"] }),
  auditorIds: RefListSchema.meta({ description: "Who is to audit (people ids).", examples: [["p-auditor"]] }),
}));
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
  .strictObject(lazyShape(() => ({
    period: z
      .strictObject(lazyShape(() => ({ start: IsoDateSchema.meta({ description: "The first day of the period." }), end: IsoDateSchema.meta({ description: "The last day of the period." }) })))
      .optional()
      .register(z.globalRegistry, { description: "The period the programme covers.", examples: [{ start: "2026-01-01", end: "2028-12-31" }] }),
    ownerId: RefSchema.optional().register(z.globalRegistry, { description: "Who manages the programme (a people id).", examples: ["p-ciso"] }),
    methods: z.string().optional().register(z.globalRegistry, { description: "How audits are carried out.", examples: ["Interviews, sampling of records, review of configurations"] }),
    documentId: RefSchema.optional().register(z.globalRegistry, { description: "The programme as documented information (a documents id).", examples: ["doc-audit-programme"] }),
    approval: z
      .strictObject(lazyShape(() => ({
        approvedById: RefSchema.meta({ description: "Who approved it (a people id).", examples: ["p-ceo"] }),
        approvedOn: IsoDateSchema.meta({ description: "When it was approved." }),
      })))
      .optional()
      .register(z.globalRegistry, { description: "Who approved the programme, and when.", examples: [{ approvedById: "p-ceo", approvedOn: "2026-01-15" }] }),
    plannedAudits: z.array(PlannedAuditSchema).default([]).register(z.globalRegistry, { description: "The audits planned.", examples: [[{ id: "pa-2026-1", plannedOn: "2026-05-04", scope: { clauseIds: ["9.2"], controlIds: ["5.15"] }, auditorIds: ["p-auditor"] }]] }),
  })))
  .register(z.globalRegistry, { description: "9.2.2 The internal audit programme.", examples: [{ period: { start: "2026-01-01", end: "2028-12-31" }, ownerId: "p-ciso", plannedAudits: [{ id: "pa-2026-1", plannedOn: "2026-05-04", scope: { allClauses: true } }] }] });
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
export const AuditFindingSchema = entitySchema(() => ({
  type: z.enum(["major", "minor", "ofi", "observation", "positive"]).register(z.globalRegistry, { description: "The grade: a major or minor nonconformity, an opportunity for improvement, an observation, a positive finding.", examples: ["minor"] }),
  description: NonEmptyStringSchema.meta({ description: "What was found.", examples: ["Two leavers kept access to the CRM for three weeks"] }),
  clauseIds: z.array(ClauseIdSchema).default([]).register(z.globalRegistry, { description: "Clauses it concerns.", examples: [["9.2"]] }),
  controlIds: RefListSchema.meta({ description: "Controls it concerns: Annex A ids or the organisation's own.", examples: [["5.18"]] }),
  nonconformityId: RefSchema.optional().register(z.globalRegistry, { description: "The nonconformity recorded from it (a nonconformities id).", examples: ["nc-2026-04"] }),
}));
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
]).register(z.globalRegistry, { description: "Who audits and why: an internal audit, a certification body's stage 1, stage 2, surveillance, recertification or special audit, an audit of a supplier.", examples: ["internal"] });
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
export const CertificationDecisionSchema = z.strictObject(lazyShape(() => ({
  outcome: z.enum(["certified", "continued", "recertified", "suspended", "withdrawn", "refused"]).register(z.globalRegistry, { description: "The decision taken after the audit.", examples: ["certified"] }),
  decidedOn: IsoDateSchema.meta({ description: "When it was taken." }),
})));
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
export const AuditSchema = entitySchema(() => ({
  type: AuditTypeSchema,
  title: z.string().optional().register(z.globalRegistry, { description: "Its name.", examples: ["Internal audit 2026 — access control"] }),
  status: z.enum(["planned", "in-progress", "completed", "cancelled"]).register(z.globalRegistry, { description: "Where it stands.", examples: ["completed"] }),
  plannedAuditId: RefSchema.optional().register(z.globalRegistry, { description: "The audit programme entry this audit carries out.", examples: ["pa-2026-1"] }),
  plannedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was planned." }),
  performedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was performed (the first day)." }),
  endedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "The last day, for an audit of several days." }),
  scope: AuditScopeSchema.default({ clauseIds: [], controlIds: [] }).register(z.globalRegistry, { description: "What it covered." }),
  criteria: z.string().optional().register(z.globalRegistry, { description: "What it audited against.", examples: ["ISO/IEC 27001:2022, the SoA of 2026-01-15"] }),
  auditorIds: RefListSchema.meta({ description: "Auditors from the people list.", examples: [["p-auditor"]] }),
  externalAuditor: z.string().optional().register(z.globalRegistry, { description: "An auditor or body not in the people list.", examples: ["Jane Roe, Example Certification Ltd"] }),
  auditeeIds: RefListSchema.meta({ description: "People responsible for the audited areas.", examples: [["p-it-lead"]] }),
  reportDocumentId: RefSchema.optional().register(z.globalRegistry, { description: "The audit report (a documents id).", examples: ["doc-audit-report-2026"] }),
  reportedToIds: RefListSchema.meta({ description: "Managers the results were reported to (9.2.2 c).", examples: [["p-ceo"]] }),
  findings: z.array(AuditFindingSchema).default([]).register(z.globalRegistry, { description: "What it found.", examples: [[{ id: "f-1", type: "minor", description: "Two leavers kept access to the CRM", nonconformityId: "nc-2026-04" }]] }),
  certificationBody: z.string().optional().register(z.globalRegistry, { description: "For a certification body's audit: the body.", examples: ["Example Certification Ltd"] }),
  decision: CertificationDecisionSchema.optional().register(z.globalRegistry, { description: "For a certification body's audit: the body's decision after it.", examples: [{ outcome: "certified", decidedOn: "2026-07-01" }] }),
})).register(z.globalRegistry, { description: "9.2 An audit: internal, a certification body's, or of a supplier." });
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
