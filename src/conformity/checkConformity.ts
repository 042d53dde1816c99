import { countWhere, pushTo } from "../core/collections";
import { ArgumentError, type ArgumentIssue } from "../core/ArgumentError";
import { argumentError, readOptions, requireCollections } from "../core/arguments";
import { parseOrThrow } from "../core/fromZodIssues";
import { toCalendarDay } from "../core/calendar";
import { describeValue } from "../core/describeValue";
import { issue } from "../core/issue";
import { annexA } from "../catalog/annexA";
import { annexAControlIds } from "../core/annexAControlIds";
import type { RiskRegister } from "../risk/assessRisks";
import type { Catalog } from "../catalog/CatalogSchema";
import { clauseIds, type ClauseId } from "../core/clauseIds";
import { clauses } from "../catalog/clauses";
import type { Isms } from "../model/IsmsSchema";
import type { StatementOfApplicability } from "../treatment/StatementOfApplicability";
import type { ConformityContext } from "./ConformityContext";
import type { ConformityFinding } from "./ConformityFinding";
import type {
  ClauseConformity,
  ClauseConformityStatus,
  ConformityReport,
  ConformityRuleOutcome,
  ControlConformity,
  ControlConformityStatus,
} from "./ConformityReport";
import type { ConformityCheckResult, ConformityNotAssessable, ConformityRule, ConformityRuleFinding } from "./ConformityRule";
import { ConformityRuleError, type ConformityRuleIssue } from "./ConformityRuleError";
import { conformityRules } from "./conformityRules";
import { conformitySeverities, type ConformitySeverity } from "./ConformitySeverity";
import { defaultGradingPolicy, GradingPolicySchema, type GradingPolicy } from "./GradingPolicySchema";
import { childClauses } from "./_lib/clauseTree";
import { createConformityContext, evidenceStatesByControl, EXPIRED, VALID } from "./_lib/createConformityContext";
import { certificationFindingsOfCycle } from "./_lib/certificationAudits";
import { applyGradingPolicy, requirementOf } from "./_lib/grading";
import { nextAuditReadiness, stageReadiness } from "./_lib/readiness";
import { comparePointers } from "./_lib/pointers";
import { ruleIssues } from "./_lib/validateRule";
import { requireRiskRegister } from "../risk/requireRiskRegister";

/**
 * Options for {@link checkConformity}.
 *
 * @category Conformity
 * @example
 * ```ts
 * const options: CheckConformityOptions = { asOf: "2026-11-28", rules: conformityRules.filter((r) => r.stage === 1) };
 * ```
 */
export interface CheckConformityOptions {
  /** The day to check the ISMS for: `YYYY-MM-DD`, or a Date (its local calendar day). */
  readonly asOf: string | Date;
  /** The rules to run, in this order; {@link conformityRules} unless given. Add your own with `[...conformityRules, mine]`. */
  readonly rules?: readonly ConformityRule[] | undefined;
  /** The control catalog per-control status is reported against; Annex A unless given. */
  readonly catalog?: Pick<Catalog, "controls"> | undefined;
  /**
   * The risk register of this document on the same `asOf`, when the caller has already drawn it up
   * with {@link assessRisks}: it is used instead of being computed again. It must be the register of
   * this document and day; a register for another day is refused.
   */
  readonly riskRegister?: RiskRegister | undefined;
  /**
   * The Statement of Applicability of this document, when the caller has already built it with
   * {@link buildStatementOfApplicability}: the rules read its rows instead of building it again.
   */
  readonly statementOfApplicability?: StatementOfApplicability | undefined;
  /**
   * How to grade: {@link defaultGradingPolicy} (ISO/IEC 17021-1 practice) unless given. Override a
   * field with `{ ...defaultGradingPolicy, minorsPerRequirement: 4 }`.
   */
  readonly gradingPolicy?: GradingPolicy | undefined;
}

interface Draft {
  readonly rule: ConformityRule;
  readonly ruleIndex: number;
  /** `rankOf(rule)`, worked out once per rule rather than twice per comparison. */
  readonly rank: number;
  readonly found: ConformityRuleFinding;
}

const clauseRank = new Map<string, number>(clauseIds.map((id, i) => [id, i]));
const controlRank = new Map<string, number>(annexAControlIds.map((id, i) => [id, i]));
const severityRank: Record<ConformitySeverity, number> = { major: 0, minor: 1, ofi: 2 };
const CONTROL_REF = /^\/controls\/(\d+)(?:\/|$)/;

function checkRules(rules: unknown): readonly ConformityRule[] {
  if (!Array.isArray(rules)) throw argumentError("checkConformity", ["options", "rules"], "invalid_type", `expected a list of conformity rules; found ${describeValue(rules)}`);
  const issues: ConformityRuleIssue[] = [];
  const first = new Map<string, number>();
  rules.forEach((rule, i) => {
    for (const found of ruleIssues(rule)) issues.push(issue(["rules", i, ...found.path], found.code, found.message));
    const id = (rule as { id?: unknown } | null)?.id;
    if (typeof id !== "string") return;
    const at = first.get(id);
    if (at === undefined) first.set(id, i);
    else issues.push(issue(["rules", i, "id"], "duplicate_id", `duplicate rule id ${JSON.stringify(id)} (first used by rules[${at}])`));
  });
  if (issues.length > 0) throw new ConformityRuleError("Invalid conformity rules", issues);
  return rules as readonly ConformityRule[];
}

function run(rule: ConformityRule, isms: Isms, context: ConformityContext): ConformityCheckResult {
  let result: ConformityCheckResult;
  try {
    result = rule.check(isms, context);
  } catch (error) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new ConformityRuleError(`Conformity rule ${JSON.stringify(rule.id)} threw`, [issue(["check"], "check_threw", `check threw ${what}`)], {
      cause: error,
    });
  }
  const issues: ConformityRuleIssue[] = [];
  const bad = (path: (string | number)[], message: string) => issues.push(issue(path, "invalid_result", message));
  if (Array.isArray(result)) {
    result.forEach((found: ConformityRuleFinding, i) => {
      if (found === null || typeof found !== "object") return bad(["findings", i], "expected a finding object");
      if (typeof found.message !== "string" || !/\S/.test(found.message)) bad(["findings", i, "message"], "expected a non-empty text");
      if (!Array.isArray(found.refs)) bad(["findings", i, "refs"], "expected an array of JSON Pointers");
      else found.refs.forEach((ref, j) => {
        if (typeof ref !== "string" || (ref !== "" && !ref.startsWith("/"))) bad(["findings", i, "refs", j], `expected a JSON Pointer ("" or "/…"); found ${JSON.stringify(ref)}`);
      });
      if (found.severity !== undefined && !(conformitySeverities as readonly string[]).includes(found.severity)) bad(["findings", i, "severity"], `expected major, minor or ofi; found ${JSON.stringify(found.severity)}`);
      if (found.hint !== undefined && (typeof found.hint !== "string" || !/\S/.test(found.hint))) bad(["findings", i, "hint"], "expected a non-empty text");
      if (found.controlId !== undefined && typeof found.controlId !== "string") bad(["findings", i, "controlId"], "expected a control id");
      if (found.parameters !== undefined && (!Array.isArray(found.parameters) || found.parameters.some((p) => typeof p?.id !== "string" || typeof p.value !== "number"))) {
        bad(["findings", i, "parameters"], "expected the parameters from context.parameters");
      }
    });
  } else if (result === null || typeof result !== "object" || typeof (result as { notAssessable?: unknown }).notAssessable !== "string" || !/\S/.test((result as ConformityNotAssessable).notAssessable)) {
    bad([], "expected an array of findings or { notAssessable: reason }");
  }
  if (issues.length > 0) throw new ConformityRuleError(`Conformity rule ${JSON.stringify(rule.id)} returned malformed findings`, issues);
  return result;
}

function isNotAssessable(result: ConformityCheckResult): result is ConformityNotAssessable {
  return !Array.isArray(result);
}

function rankOf(rule: ConformityRule): number {
  if (rule.clause !== undefined) return clauseRank.get(rule.clause) ?? Number.MAX_SAFE_INTEGER;
  return clauseIds.length + (controlRank.get(rule.controlId) ?? annexAControlIds.length);
}

function compareDrafts(a: Draft, b: Draft): number {
  const byRank = a.rank - b.rank;
  if (byRank !== 0) return byRank;
  if (a.ruleIndex !== b.ruleIndex) return a.ruleIndex - b.ruleIndex;
  const refs = Math.max(a.found.refs.length, b.found.refs.length);
  for (let i = 0; i < refs; i++) {
    const x = a.found.refs[i];
    const y = b.found.refs[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const c = comparePointers(x, y);
    if (c !== 0) return c;
  }
  const bySeverity = severityRank[a.found.severity ?? a.rule.severity] - severityRank[b.found.severity ?? b.rule.severity];
  if (bySeverity !== 0) return bySeverity;
  return a.found.message < b.found.message ? -1 : a.found.message > b.found.message ? 1 : 0;
}

function toFindings(drafts: Draft[]): ConformityFinding[] {
  const used = new Map<string, number>();
  return drafts.sort(compareDrafts).map(({ rule, found }) => {
    const first = found.refs[0];
    const base = first === undefined || first === "" ? rule.id : `${rule.id}@${first}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const controlId = found.controlId ?? rule.controlId;
    return {
      id: n === 1 ? base : `${base}#${n}`,
      ruleId: rule.id,
      severity: found.severity ?? rule.severity,
      ...(rule.clause !== undefined ? { clause: rule.clause } : {}),
      ...(controlId !== undefined ? { controlId } : {}),
      stage: rule.stage,
      message: found.message,
      refs: [...found.refs],
      hint: found.hint ?? rule.hint,
      ...(found.parameters !== undefined && found.parameters.length > 0 ? { parameters: found.parameters.map((p) => ({ ...p })) } : {}),
    };
  });
}

const statusRank: Record<ClauseConformityStatus, number> = { "not-assessable": 0, conformant: 1, observations: 2, nonconformant: 3 };

function clauseReport(rules: readonly ConformityRule[], outcomes: readonly ConformityRuleOutcome[], findings: readonly ConformityFinding[]): ClauseConformity[] {
  const own = new Map<string, { status: ClauseConformityStatus; findingIds: string[]; ruleIds: string[] }>();
  for (const clause of clauses) own.set(clause.id, { status: "not-assessable", findingIds: [], ruleIds: [] });
  rules.forEach((rule, i) => {
    if (rule.clause === undefined) return;
    const entry = own.get(rule.clause)!;
    entry.ruleIds.push(rule.id);
    if (outcomes[i]!.status !== "not-assessable" && entry.status === "not-assessable") entry.status = "conformant";
  });
  for (const finding of findings) {
    if (finding.clause === undefined) continue;
    const entry = own.get(finding.clause)!;
    entry.findingIds.push(finding.id);
    const status: ClauseConformityStatus = finding.severity === "ofi" ? "observations" : "nonconformant";
    if (statusRank[status] > statusRank[entry.status]) entry.status = status;
  }
  const combined = new Map<string, { status: ClauseConformityStatus; findingIds: string[] }>();
  const combine = (id: string): { status: ClauseConformityStatus; findingIds: string[] } => {
    const known = combined.get(id);
    if (known) return known;
    const self = own.get(id)!;
    let status = self.status;
    const findingIds = [...self.findingIds];
    for (const child of childClauses(id)) {
      const sub = combine(child);
      for (const id of sub.findingIds) findingIds.push(id);
      if (statusRank[sub.status] > statusRank[status]) status = sub.status;
    }
    const result = { status, findingIds };
    combined.set(id, result);
    return result;
  };
  const order = new Map(findings.map((f, i) => [f.id, i]));
  return clauses.map((clause) => {
    const { status, findingIds } = combine(clause.id);
    return {
      clause: clause.id,
      title: clause.title,
      assessable: clause.assessable,
      status,
      findingIds: findingIds.sort((a, b) => order.get(a)! - order.get(b)!),
      ruleIds: own.get(clause.id)!.ruleIds,
    };
  });
}

function controlReport(isms: Isms, context: ConformityContext, findings: readonly ConformityFinding[]): ControlConformity[] {
  const findingsByControl = new Map<string, string[]>();
  // Indexed loops and a short list rather than a set per finding: this runs over every finding and ref.
  for (let f = 0; f < findings.length; f++) {
    const finding = findings[f]!;
    const ids: string[] = [];
    if (finding.controlId !== undefined) ids.push(finding.controlId);
    for (let r = 0; r < finding.refs.length; r++) {
      const ref = finding.refs[r]!;
      if (!ref.startsWith("/controls/")) continue;
      const match = CONTROL_REF.exec(ref);
      const record = match ? isms.controls[Number(match[1])] : undefined;
      if (record && !ids.includes(record.id)) ids.push(record.id);
    }
    for (let k = 0; k < ids.length; k++) pushTo(findingsByControl, ids[k]!, finding.id);
  }
  const { controls } = context.index;
  const statesOf = evidenceStatesByControl(context.index, context);
  const entry = (controlId: string, title: string, custom: boolean): ControlConformity => {
    const record = controls.get(controlId)?.value;
    let valid = 0;
    let expired = 0;
    const states = statesOf.get(controlId)?.states;
    if (states !== undefined) {
      for (let k = 0; k < states.length; k++) {
        if (states[k] === VALID) valid++;
        else if (states[k] === EXPIRED) expired++;
      }
    }
    let status: ControlConformityStatus;
    if (record === undefined || record.applicable === null) status = "undecided";
    else if (!record.applicable) status = "not-applicable";
    else if (record.implementationStatus === "implemented") status = valid > 0 ? "implemented" : "implemented-without-evidence";
    else status = record.implementationStatus ?? "not-implemented";
    return {
      controlId,
      title,
      custom,
      status,
      applicable: record?.applicable ?? null,
      implementationStatus: record?.implementationStatus,
      validEvidence: valid,
      expiredEvidence: expired,
      findingIds: findingsByControl.get(controlId) ?? [],
    };
  };
  const inCatalog = new Set(context.catalog.controls.map((c) => c.id));
  return [
    ...context.catalog.controls.map((c) => entry(c.id, c.title, false)),
    ...isms.controls.filter((c) => !inCatalog.has(c.id)).map((c) => entry(c.id, c.custom?.title ?? c.id, c.custom !== undefined)),
  ];
}

/**
 * Checks an ISMS against ISO/IEC 27001:2022 on `asOf`, clause by clause and control by control, the
 * way a certification auditor would: runs every conformity rule on the document — each judging by the
 * organisation's own parameters and criteria — and grades what it finds as major or minor
 * nonconformities or opportunities for improvement under a grading policy that follows ISO/IEC
 * 17021-1 practice (patterns, breakdowns of one requirement, repeats and uncorrected certification
 * findings, absent reviews and audits are major).
 *
 * The report lists the findings (each with JSON Pointers into the document, a hint, the parameters it
 * was judged by and why the policy raised it), the status of every clause and every control, what
 * became of every rule, the counts, and whether the ISMS is ready for a stage 1 and a stage 2 audit
 * and for the certification body's next audit of its cycle, with what blocks each. The same
 * document, `asOf` and options always give the same report; the document is never changed.
 *
 * @param isms - a document from {@link parseIsms}
 * @param options - `asOf` (required); `rules` to run other or more rules than {@link conformityRules};
 *   `catalog` to report per-control status against another catalog than Annex A; `gradingPolicy`
 *   to grade otherwise than {@link defaultGradingPolicy}
 * @returns the conformity report
 * @throws {@link ArgumentError} when `asOf` is not a calendar date, or the grading policy is invalid
 * @throws {@link ConformityRuleError} when a rule is invalid, two rules share an id, or a rule throws
 *   or returns malformed findings (programmer errors; data problems are findings)
 * @category Conformity
 * @example
 * ```ts
 * const isms = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } });
 * const report = checkConformity(isms, { asOf: "2026-06-30" });
 * report.readiness.stage1.ready
 * //=> false
 * report.clauses.find((c) => c.clause === "9.3.1")?.status
 * //=> "nonconformant"
 * report.findings.find((f) => f.clause === "9.3.1")?.message
 * //=> "no management review has been held"
 * report.readiness.next.audit
 * //=> "stage1"
 * ```
 */
export function checkConformity(isms: Isms, options: CheckConformityOptions): ConformityReport {
  const given = readOptions(options, "checkConformity");
  const asOf = toCalendarDay(given.asOf, "checkConformity");
  requireCollections(isms, [], "checkConformity", "isms", ["organization"]);
  const rules = checkRules(given.rules ?? conformityRules);
  if (given.catalog !== undefined && !Array.isArray((given.catalog as { controls?: unknown } | null)?.controls)) {
    throw argumentError("checkConformity", ["options", "catalog"], "invalid_type", `expected a catalog (from defineCatalog) with controls; found ${describeValue(given.catalog)}`);
  }
  requireRiskRegister(given.riskRegister, "checkConformity", asOf);
  const gradingPolicy =
    given.gradingPolicy === undefined
      ? defaultGradingPolicy
      : parseOrThrow(GradingPolicySchema, given.gradingPolicy, (issues) => new ArgumentError("Invalid arguments to checkConformity", issues as ArgumentIssue[]), {
          prefix: ["options", "gradingPolicy"],
        });
  const context = createConformityContext(isms, asOf, {
    catalog: given.catalog ?? annexA,
    gradingPolicy,
    riskRegister: given.riskRegister,
    statementOfApplicability: given.statementOfApplicability,
  });

  const drafts: Draft[] = [];
  const results = rules.map((rule, ruleIndex) => {
    const result = run(rule, isms, context);
    if (!isNotAssessable(result)) {
      const rank = rankOf(rule);
      for (const found of result) drafts.push({ rule, ruleIndex, rank, found });
    }
    return result;
  });
  const findings = applyGradingPolicy(
    toFindings(drafts),
    gradingPolicy,
    certificationFindingsOfCycle(isms, asOf, context.parameters.auditProgrammeCycleMonths.value),
  );

  const idsByRule = new Map<string, string[]>();
  for (const f of findings) {
    const list = idsByRule.get(f.ruleId);
    if (list) list.push(f.id);
    else idsByRule.set(f.ruleId, [f.id]);
  }
  const outcomes: ConformityRuleOutcome[] = rules.map((rule, i) => {
    const result = results[i]!;
    const findingIds = idsByRule.get(rule.id) ?? [];
    return {
      ruleId: rule.id,
      title: rule.title,
      ...(rule.clause !== undefined ? { clause: rule.clause as ClauseId } : { controlId: rule.controlId }),
      status: isNotAssessable(result) ? "not-assessable" : findingIds.length > 0 ? "failed" : "passed",
      ...(isNotAssessable(result) ? { reason: result.notAssessable } : {}),
      findingIds,
    };
  });

  const count = (severity: string) => countWhere(findings, (f) => f.severity === severity);
  const withMajor = new Set(findings.filter((f) => f.severity === "major").map(requirementOf));
  const withMinor = new Set(findings.filter((f) => f.severity === "minor").map(requirementOf).filter((r) => !withMajor.has(r)));
  return {
    organization: isms.organization.name,
    asOf,
    counts: { major: count("major"), minor: count("minor"), ofi: count("ofi"), total: findings.length, requirements: { major: withMajor.size, minor: withMinor.size } },
    readiness: { ...stageReadiness(findings), next: nextAuditReadiness(isms, asOf, findings) },
    findings,
    clauses: clauseReport(rules, outcomes, findings),
    controls: controlReport(isms, context, findings),
    rules: outcomes,
    parameters: Object.values(context.parameters),
    gradingPolicy,
  };
}
