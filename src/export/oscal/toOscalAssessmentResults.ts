import type { ClauseConformity, ConformityReport, ControlConformity } from "../../conformity/ConformityReport";
import type { Evidence } from "../../model/EvidenceSchema";
import type { Isms } from "../../model/IsmsSchema";
import { clauseToken, controlToken } from "./_lib/controlToken";
import { metadata } from "./_lib/metadata";
import { oscalUuid } from "./_lib/oscalUuid";
import { organizationParty } from "./_lib/parties";
import { compact, kitProp, nonEmpty, props } from "./_lib/props";
import { oneLine, prose } from "./_lib/text";
import { endOfDay, readTimestamp, startOfDay } from "./_lib/timestamps";
import type { OscalAssessmentResults } from "./OscalAssessmentResults";
import { OscalError, type OscalIssue } from "./OscalError";
import type { OscalFinding } from "./OscalFinding";
import type { OscalObservation } from "./OscalObservation";
import { readOscalOptions, requireShape } from "./_lib/oscalArguments";
import { oscalIssue } from "./_lib/oscalIssue";
import { isConformityReport } from "../_lib/isConformityReport";
import { describeValue } from "../../core/describeValue";

/**
 * Options for {@link toOscalAssessmentResults}.
 *
 * @category Interop
 * @example
 * ```ts
 * const options: ToOscalAssessmentResultsOptions = { lastModified: "2026-06-30T17:00:00Z", assessmentPlanHref: "assessment-plan.json" };
 * ```
 */
export interface ToOscalAssessmentResultsOptions {
  /** `metadata.last-modified`: a date-time with a time zone, a day or a `Date`; defaults to the start of the report's `asOf` in UTC. */
  readonly lastModified?: string | Date;
  /** `metadata.version`; defaults to the report's `asOf`. */
  readonly version?: string;
  /** `metadata.title`; defaults to "<organization>: ISO/IEC 27001:2022 conformity check of <asOf>". */
  readonly title?: string;
  /**
   * The assessment plan the results answer (`import-ap`), as a URI reference. OSCAL requires one;
   * by default it points to a back-matter resource describing isms-kit's conformity rules.
   */
  readonly assessmentPlanHref?: string;
  /** The ISMS the report was made from: its evidence records are added as observations, linked to the findings of their controls and clauses. */
  readonly isms?: Pick<Isms, "evidence">;
}

const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;

/**
 * Writes a conformity report as OSCAL 1.2.1 assessment results that validate against NIST's
 * official JSON Schema. The one result covers the day of the report (`asOf`) and reviews every
 * control of the report. In it:
 *
 * - each **conformity finding** is an observation (`types: ["finding"]`) with its rule, severity,
 *   stage, JSON Pointers and hint as props and remarks;
 * - each **assessable clause** judged (conformant, with observations, or nonconformant) is an OSCAL
 *   finding targeting `clause-<id>`, `satisfied` unless a major or minor finding is raised against it;
 * - each **control** that is applicable or has findings is an OSCAL finding targeting its statement
 *   (`A.5.18_smt`, as {@link toOscalCatalog} writes it), `satisfied` unless a major or minor finding
 *   concerns it, with its implementation status;
 * - with `options.isms`, each **evidence record** is an observation (`relevant-evidence` links to
 *   its location when that is a URI), related to the findings of the controls and clauses it proves.
 *
 * Timestamps come from the report's `asOf` (or `lastModified`), never from the clock; UUIDs are
 * name-based (version 5) on the ids of findings, clauses, controls and evidence.
 *
 * @param report - a report from {@link index!checkConformity}
 * @param options - `lastModified`, `version`, `title`, `assessmentPlanHref`, `isms`
 * @returns the OSCAL document `{ "assessment-results": { uuid, metadata, import-ap, results, back-matter } }`
 * @throws {@link OscalError} when `lastModified` is invalid
 * @category Interop
 * @example
 * ```ts
 * const isms = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, controls: [{ id: "5.1", applicable: true, implementationStatus: "implemented" }] });
 * const [result] = toOscalAssessmentResults(checkConformity(isms, { asOf: "2026-06-30" }))["assessment-results"].results;
 * const policy = result?.findings?.find((finding) => finding.target["target-id"] === "A.5.1_smt");
 * policy?.target.status.state
 * //=> "not-satisfied"
 * result?.findings?.find((finding) => finding.target["target-id"] === "clause-4.1")?.target.status.state
 * //=> "not-satisfied"
 * ```
 */
export function toOscalAssessmentResults(report: ConformityReport, options?: ToOscalAssessmentResultsOptions): OscalAssessmentResults {
  const summary = "Cannot write the OSCAL assessment results";
  options = readOscalOptions(options, ["title", "version", "assessmentPlanHref"], summary);
  if (!isConformityReport(report)) throw new OscalError(summary, [oscalIssue(["report"], "invalid_type", `expected a conformity report from checkConformity; found ${describeValue(report)}`)]);
  if (options.isms !== undefined) requireShape(options.isms, "options.isms", { lists: ["evidence"] }, "the ISMS document the report was drawn from", summary);
  const issues: OscalIssue[] = [];
  const lastModified =
    options.lastModified === undefined ? startOfDay(report.asOf) : readTimestamp(options.lastModified, ["options", "lastModified"], issues);
  if (issues.length > 0 || lastModified === undefined) throw new OscalError("Cannot write the OSCAL assessment results", issues);

  const organization = report.organization;
  const severity = new Map(report.findings.map((finding) => [finding.id, finding.severity]));
  const blocking = (findingIds: readonly string[]) => findingIds.filter((id) => severity.get(id) === "major" || severity.get(id) === "minor");
  const findingObservation = (findingId: string) => oscalUuid("observation", "conformity-finding", findingId);

  const observations: OscalObservation[] = report.findings.map((finding) =>
    compact<OscalObservation>({
      uuid: findingObservation(finding.id),
      title: oneLine(`${finding.severity === "ofi" ? "Opportunity for improvement" : `${capitalize(finding.severity)} finding`}: ${finding.ruleId}`),
      description: prose(finding.message) ?? finding.id,
      props: props(
        kitProp("finding-id", finding.id),
        kitProp("rule-id", finding.ruleId),
        kitProp("severity", finding.severity),
        kitProp("stage", finding.stage),
        finding.clause === undefined ? undefined : kitProp("clause", finding.clause),
        finding.controlId === undefined ? undefined : kitProp("control-id", finding.controlId),
        finding.refs.map((ref) => kitProp("ref", ref === "" ? "(document)" : ref)),
      ),
      methods: ["EXAMINE"],
      types: ["finding"],
      collected: startOfDay(report.asOf),
      remarks: prose(finding.hint),
    }),
  );

  // Evidence records, when the ISMS is given.
  const evidence = options.isms?.evidence ?? [];
  const evidenceByControl = new Map<string, string[]>();
  const evidenceByClause = new Map<string, string[]>();
  for (const record of evidence) {
    const uuid = oscalUuid("observation", "evidence", record.id);
    observations.push(evidenceObservation(record, uuid));
    for (const id of record.controlIds) (evidenceByControl.get(id) ?? evidenceByControl.set(id, []).get(id)!).push(uuid);
    for (const id of record.clauseIds) (evidenceByClause.get(id) ?? evidenceByClause.set(id, []).get(id)!).push(uuid);
  }

  const related = (findingIds: readonly string[], extra: readonly string[]) =>
    nonEmpty([...findingIds.map(findingObservation), ...extra].map((uuid) => ({ "observation-uuid": uuid })));

  const clauseFindings = report.clauses
    .filter((clause) => clause.assessable && clause.status !== "not-assessable")
    .map((clause) => clauseFinding(clause, blocking(clause.findingIds), related(clause.findingIds, evidenceByClause.get(clause.clause) ?? [])));
  const controlFindings = report.controls
    .filter((control) => control.applicable === true || control.findingIds.length > 0)
    .map((control) => controlFinding(control, blocking(control.findingIds), related(control.findingIds, evidenceByControl.get(control.controlId) ?? [])));

  const planResource = oscalUuid("resource", "assessment-plan", "isms-kit-conformity-rules");
  const { stage1, stage2 } = report.readiness;
  const version = options.version ?? report.asOf;
  return {
    "assessment-results": {
      uuid: oscalUuid("assessment-results", organization, version, lastModified),
      metadata: metadata({
        title: options.title ?? `${organization}: ISO/IEC 27001:2022 conformity check of ${report.asOf}`,
        lastModified,
        version,
        props: props(kitProp("as-of", report.asOf)),
        parties: [organizationParty(organization)],
      }),
      "import-ap": compact<OscalAssessmentResults["assessment-results"]["import-ap"]>({
        href: options.assessmentPlanHref ?? `#${planResource}`,
        remarks: options.assessmentPlanHref === undefined ? "No separate assessment plan: the check runs isms-kit's conformity rules, described in the back matter." : undefined,
      }),
      results: [
        compact<OscalAssessmentResults["assessment-results"]["results"][number]>({
          uuid: oscalUuid("result", organization, report.asOf),
          title: `Conformity check of ${report.asOf}`,
          description:
            `isms-kit checked the ISMS of ${oneLine(organization)} against ISO/IEC 27001:2022 on ${report.asOf}: ` +
            `${report.counts.major} major and ${report.counts.minor} minor findings, ${report.counts.ofi} opportunities for improvement.\n\n` +
            `Stage 1: ${stage1.summary}\n\nStage 2: ${stage2.summary}`,
          start: startOfDay(report.asOf),
          end: endOfDay(report.asOf),
          props: props(
            kitProp("major-findings", report.counts.major),
            kitProp("minor-findings", report.counts.minor),
            kitProp("opportunities-for-improvement", report.counts.ofi),
            kitProp("stage1-ready", stage1.ready),
            kitProp("stage2-ready", stage2.ready),
          ),
          "reviewed-controls": {
            "control-selections":
              report.controls.length > 0
                ? [{ "include-controls": report.controls.map((control) => ({ "control-id": controlToken(control.controlId) })) }]
                : [{ "include-all": {} }],
          },
          observations: nonEmpty(observations),
          findings: nonEmpty([...clauseFindings, ...controlFindings]),
        }),
      ],
      "back-matter": {
        resources: [
          compact<NonNullable<OscalAssessmentResults["assessment-results"]["back-matter"]>["resources"][number]>({
            uuid: planResource,
            title: "isms-kit conformity rules",
            description: `The ${report.rules.length} conformity rules isms-kit ran against the ISMS document, each checking a clause or control of ISO/IEC 27001:2022.`,
            props: props(report.rules.map((rule) => kitProp("rule-id", rule.ruleId))),
          }),
        ],
      },
    },
  };
}

function clauseFinding(clause: ClauseConformity, blocking: readonly string[], related: OscalFinding["related-observations"]): OscalFinding {
  const satisfied = clause.status !== "nonconformant" && blocking.length === 0;
  return compact<OscalFinding>({
    uuid: oscalUuid("finding", "clause", clause.clause),
    title: oneLine(`Clause ${clause.clause} ${clause.title}`),
    description: `Clause ${clause.clause} is ${clause.status === "observations" ? "conformant, with observations" : clause.status}${countFindings(clause.findingIds.length)}.`,
    props: props(kitProp("clause", clause.clause), kitProp("status", clause.status)),
    target: {
      type: "statement-id",
      "target-id": clauseToken(clause.clause),
      props: props(kitProp("clause", clause.clause)),
      status: { state: satisfied ? "satisfied" : "not-satisfied", reason: satisfied ? "pass" : "fail" },
    } as OscalFinding["target"],
    "related-observations": related,
  });
}

const IMPLEMENTATION_STATE: Readonly<Record<string, string>> = {
  implemented: "implemented",
  "partially-implemented": "partial",
  planned: "planned",
  "not-implemented": "not-implemented",
};

function controlFinding(control: ControlConformity, blocking: readonly string[], related: OscalFinding["related-observations"]): OscalFinding {
  const satisfied = blocking.length === 0;
  const token = controlToken(control.controlId);
  const state = control.implementationStatus === undefined ? undefined : IMPLEMENTATION_STATE[control.implementationStatus];
  return compact<OscalFinding>({
    uuid: oscalUuid("finding", "control", control.controlId),
    title: oneLine(`${token} ${control.title}`),
    description:
      `Control ${control.controlId} is ${control.status.replace(/-/g, " ")}` +
      `${control.validEvidence > 0 ? `, with ${control.validEvidence} valid evidence record${control.validEvidence === 1 ? "" : "s"}` : ""}${countFindings(control.findingIds.length)}.`,
    props: props(kitProp("control-id", control.controlId), kitProp("status", control.status), control.custom ? kitProp("custom", "true") : undefined),
    target: compact<OscalFinding["target"]>({
      type: "statement-id",
      "target-id": `${token}_smt`,
      props: props(kitProp("control-id", control.controlId)),
      status: { state: satisfied ? "satisfied" : "not-satisfied", reason: satisfied ? "pass" : "fail" },
      "implementation-status": state === undefined ? undefined : { state },
    }),
    "related-observations": related,
  });
}

function evidenceObservation(record: Evidence, uuid: string): OscalObservation {
  const location = record.location === undefined ? undefined : oneLine(record.location);
  const href = location !== undefined && URI.test(location) ? location : undefined;
  return compact<OscalObservation>({
    uuid,
    title: oneLine(record.title),
    description: prose(record.description) ?? oneLine(record.title),
    props: props(
      kitProp("evidence-id", record.id),
      kitProp("evidence-kind", record.kind),
      record.controlIds.map((id) => kitProp("control-id", id)),
      record.clauseIds.map((id) => kitProp("clause", id)),
    ),
    methods: [record.kind === "interview" ? "INTERVIEW" : "EXAMINE"],
    types: ["historic"],
    "relevant-evidence": [
      compact<NonNullable<OscalObservation["relevant-evidence"]>[number]>({
        href,
        description: oneLine(record.title),
        props: props(record.hash === undefined ? undefined : kitProp("hash", `${record.hash.algorithm}:${record.hash.value}`)),
        remarks: location !== undefined && href === undefined ? `Location: ${location}` : undefined,
      }),
    ],
    collected: startOfDay(record.collectedOn),
    expires: record.validUntil === undefined ? undefined : endOfDay(record.validUntil),
  });
}

function countFindings(count: number): string {
  return count === 0 ? "" : `; ${count} conformity finding${count === 1 ? "" : "s"} concern${count === 1 ? "s" : ""} it`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
