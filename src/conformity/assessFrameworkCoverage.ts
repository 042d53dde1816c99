import { ArgumentError } from "../core/ArgumentError";
import { argumentError, readOptions, requireCollections } from "../core/arguments";
import { toCalendarDay } from "../core/calendar";
import { annexAControlIds } from "../core/annexAControlIds";
import { clauseIds, type ClauseId } from "../core/clauseIds";
import { describeValue } from "../core/describeValue";
import { fromZodIssues } from "../core/fromZodIssues";
import type { IsmsKitIssue, SchemaIssueCode } from "../core/IsmsKitError";
import { issue } from "../core/issue";
import { FrameworkMappingSchema, type FrameworkMapping, type FrameworkMappingPair } from "../mappings/FrameworkMappingSchema";
import { FrameworkSchema, type Framework, type FrameworkRequirement } from "../mappings/FrameworkSchema";
import type { MappedFramework } from "../mappings/getMappedFramework";
import type { Isms } from "../model/IsmsSchema";
import { checkConformity } from "./checkConformity";
import type { ConformityFinding } from "./ConformityFinding";
import type { ClauseConformity, ConformityReport, ControlConformity } from "./ConformityReport";
import type { ConformitySeverity } from "./ConformitySeverity";
import type {
  CoverageElement,
  CoverageGroup,
  FrameworkCoverage,
  FrameworkCoverageFinding,
  OpenIsoRequirement,
  RequirementCoverage,
  RequirementCoverageStatus,
} from "./FrameworkCoverage";

/**
 * Options for {@link assessFrameworkCoverage}.
 *
 * @category Conformity
 * @example
 * ```ts
 * const options: AssessFrameworkCoverageOptions = { asOf: "2026-11-28" };
 * ```
 */
export interface AssessFrameworkCoverageOptions {
  /** The day to judge the ISMS on: `YYYY-MM-DD`, or a Date (its local calendar day). */
  readonly asOf: string | Date;
  /**
   * The conformity report of this document on the same `asOf`, when the caller already has it from
   * {@link checkConformity}: it is used instead of being computed again (assessing several
   * frameworks, say). A report for another day is refused.
   */
  readonly conformityReport?: ConformityReport | undefined;
}

const FN = "assessFrameworkCoverage";
const ISO = "iso27001-2022";
const CLAUSES: ReadonlySet<string> = new Set(clauseIds);
const CONTROLS: ReadonlySet<string> = new Set(annexAControlIds.map((id) => `A.${id}`));
const SEVERITY_RANK: Readonly<Record<ConformitySeverity, number>> = { major: 0, minor: 1, ofi: 2 };

/**
 * Works out how much of another framework — NIS2, the GDPR, DORA, SOC 2, NIST CSF 2.0 or one of
 * one's own — an ISMS covers, through the framework's mapping onto ISO/IEC 27001:2022. The ISMS is
 * judged as {@link checkConformity} judges it on `asOf`; each requirement of the framework (each
 * leaf of its tree) is then read through the clauses and Annex A controls it maps to.
 *
 * An ISO/IEC 27001 requirement is **met** when, for a control, it is applicable, implemented with
 * valid evidence and no major or minor finding concerns it, and, for a clause, it is conformant
 * (observations allowed); **partly met** when the control is partially implemented, implemented
 * without valid evidence or has only minor findings, or the clause has only minor findings. The
 * relationship of each pair (NIST IR 8477) says how much a met ISO requirement covers:
 *
 * | The requirement is … the ISO requirement | Meeting the ISO requirement covers |
 * | --- | --- |
 * | `equal`, `subset-of` | all of the requirement |
 * | `superset-of`, `intersects-with` | part of it |
 * | `no-relationship` | nothing (the pair is ignored) |
 *
 * A requirement is `covered` when an ISO requirement of the first kind is met, `partly` when
 * anything it maps to is met or partly met, and `not-covered` otherwise — always when the mapping
 * records it as not addressed by ISO/IEC 27001. What is missing becomes one finding per requirement,
 * in the shape of a conformity finding:
 *
 * - **major**: nothing it maps to is met;
 * - **minor**: it is partly covered and something it maps to is still open; ISO/IEC 27001 does not
 *   address it (show it outside the ISMS); or everything it maps to is excluded in the Statement of
 *   Applicability with a reason (confirm the reason holds for this framework);
 * - **opportunity for improvement**: everything it maps to is met — or excluded with a reason — and
 *   only what the framework asks beyond ISO/IEC 27001 is left to check.
 *
 * The framework data lives behind `isms-kit/mappings` (`getMappedFramework`) so that this
 * entry stays small; any framework with a mapping onto ISO/IEC 27001:2022 can be passed.
 *
 * @param isms - a document from {@link parseIsms}
 * @param framework - a framework and its mapping onto ISO/IEC 27001:2022, e.g. `getMappedFramework("nis2")`
 * @param options - `asOf`, and the conformity report when it is already at hand
 * @returns the coverage: counts, headings, every requirement with its ISO/IEC 27001 requirements and their state, and the findings
 * @throws {@link ArgumentError} when `isms` is not a parsed document, `asOf` is not a day, the
 *   framework or its mapping is invalid (every problem, with its path), or the report is for another day
 * @category Conformity
 * @example
 * ```ts
 * const isms = parseIsms({
 *   schemaVersion: "1.0",
 *   organization: { name: "Acme" },
 *   controls: [{ id: "8.13", applicable: true, reasons: ["business"], justification: "Customers need restores", implementationStatus: "implemented", evidenceIds: ["ev-1"] }],
 *   evidence: [{ id: "ev-1", title: "Restore test", kind: "record", collectedOn: "2026-05-02", controlIds: ["8.13"] }],
 * });
 * const coverage = assessFrameworkCoverage(isms, getMappedFramework("dora"), { asOf: "2026-06-30" });
 * coverage.requirements.find((r) => r.id === "Art.12(1)(a)")?.status
 * //=> "covered"
 * coverage.requirements.find((r) => r.id === "Art.12(7)")?.status
 * //=> "partly"
 * coverage.findings.find((f) => f.requirementId === "Art.12(7)")?.severity
 * //=> "ofi"
 * ```
 */
export function assessFrameworkCoverage(isms: Isms, framework: MappedFramework, options: AssessFrameworkCoverageOptions): FrameworkCoverage {
  requireCollections(isms, ["controls"], FN);
  const given = readOptions(options, FN);
  const asOf = toCalendarDay(given.asOf, FN);
  const { framework: data, mapping } = checkFramework(framework);
  const report = given.conformityReport ?? checkConformity(isms, { asOf });
  if (given.conformityReport !== undefined && !isConformityReport(report)) {
    throw argumentError(FN, ["options", "conformityReport"], "invalid_type", `expected a conformity report from checkConformity; found ${describeValue(report)}`);
  }
  if (report.asOf !== asOf) throw argumentError(FN, ["options", "conformityReport"], "invalid_value", `drawn up for ${report.asOf}, not for asOf ${asOf}`);

  const judge = elementJudge(isms, report);
  const label = shortName(data);
  const pairsBySource = new Map<string, FrameworkMappingPair[]>();
  for (const pair of mapping.pairs) {
    if (pair.relationship === "no-relationship") continue;
    const list = pairsBySource.get(pair.source) ?? pairsBySource.set(pair.source, []).get(pair.source)!;
    if (!list.some((p) => p.target === pair.target)) list.push(pair);
  }
  const notAddressed = new Map((mapping.notAddressed ?? []).map((n) => [n.source, n.reason]));
  const parents = new Set(data.requirements.map((r) => r.parentId));
  const leaves = data.requirements.filter((r) => !parents.has(r.id));

  const findings: FrameworkCoverageFinding[] = [];
  const requirements = leaves.map((requirement): RequirementCoverage => {
    const elements = (pairsBySource.get(requirement.id) ?? []).map((pair) => judge.element(pair));
    const status = statusOf(elements);
    const reason = elements.length === 0 ? notAddressed.get(requirement.id) : undefined;
    const finding = status === "covered" ? undefined : judge.finding(data.id, label, requirement, status, elements, reason);
    if (finding !== undefined) findings.push(finding);
    return {
      id: requirement.id,
      title: requirement.title,
      ...(requirement.parentId === undefined ? {} : { parentId: requirement.parentId }),
      status,
      elements,
      ...(reason === undefined ? {} : { notAddressed: reason }),
      ...(finding === undefined ? {} : { findingId: finding.id }),
    };
  });

  const order = new Map(leaves.map((r, i) => [r.id, i]));
  findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || order.get(a.requirementId)! - order.get(b.requirementId)!);
  const count = (status: RequirementCoverageStatus) => requirements.filter((r) => r.status === status).length;
  const severityCount = (severity: ConformitySeverity) => findings.filter((f) => f.severity === severity).length;
  return {
    framework: { id: data.id, name: data.name, shortName: label, ...(data.version === undefined ? {} : { version: data.version }) },
    mappingId: mapping.id,
    organization: isms.organization.name,
    asOf,
    counts: {
      covered: count("covered"),
      partly: count("partly"),
      notCovered: count("not-covered"),
      notAddressed: requirements.filter((r) => r.notAddressed !== undefined).length,
      total: requirements.length,
    },
    findingCounts: { major: severityCount("major"), minor: severityCount("minor"), ofi: severityCount("ofi"), total: findings.length },
    groups: groupsOf(data, requirements),
    requirements,
    openIsoRequirements: openIsoRequirementsOf(requirements),
    findings,
  };
}

/** Validates the framework and its mapping (zod, then what a schema cannot check), every problem at once. */
function checkFramework(value: unknown): { framework: Framework; mapping: FrameworkMapping } {
  if (value === null || typeof value !== "object") {
    throw argumentError(FN, ["framework"], "invalid_type", `expected { framework, mapping } (from getMappedFramework); found ${describeValue(value)}`);
  }
  const given = value as Partial<MappedFramework>;
  const issues: IsmsKitIssue<SchemaIssueCode>[] = [];
  const framework = FrameworkSchema.safeParse(given.framework);
  const mapping = FrameworkMappingSchema.safeParse(given.mapping);
  if (!framework.success) issues.push(...fromZodIssues<SchemaIssueCode>(framework.error.issues, { prefix: ["framework", "framework"] }));
  if (!mapping.success) issues.push(...fromZodIssues<SchemaIssueCode>(mapping.error.issues, { prefix: ["framework", "mapping"] }));
  if (framework.success && mapping.success) {
    const f = given.framework!;
    const m = given.mapping!;
    const ids = new Set(f.requirements.map((r) => r.id));
    if (m.source !== f.id) issues.push(issue(["framework", "mapping", "source"], "invalid_value", `expected the framework's id ${JSON.stringify(f.id)}; found ${JSON.stringify(m.source)}`));
    if (m.target !== ISO) issues.push(issue(["framework", "mapping", "target"], "invalid_value", `expected a mapping onto ${JSON.stringify(ISO)}; found ${JSON.stringify(m.target)}`));
    m.pairs.forEach((pair, i) => {
      if (!ids.has(pair.source)) issues.push(issue(["framework", "mapping", "pairs", i, "source"], "invalid_value", `no requirement ${JSON.stringify(pair.source)} in ${f.id}`));
      if (!CLAUSES.has(pair.target) && !CONTROLS.has(pair.target)) {
        issues.push(issue(["framework", "mapping", "pairs", i, "target"], "invalid_value", `expected an ISO/IEC 27001:2022 clause ("6.1.2") or Annex A control ("A.8.13"); found ${JSON.stringify(pair.target)}`));
      }
    });
    (m.notAddressed ?? []).forEach((entry, i) => {
      if (!ids.has(entry.source)) issues.push(issue(["framework", "mapping", "notAddressed", i, "source"], "invalid_value", `no requirement ${JSON.stringify(entry.source)} in ${f.id}`));
    });
  }
  if (issues.length > 0) throw new ArgumentError(`Invalid arguments to ${FN}`, issues);
  return { framework: given.framework!, mapping: given.mapping! };
}

function isConformityReport(value: unknown): value is ConformityReport {
  const report = value as Partial<Record<"findings" | "clauses" | "controls" | "asOf", unknown>> | null;
  return typeof report === "object" && report !== null && Array.isArray(report.findings) && Array.isArray(report.clauses) && Array.isArray(report.controls) && typeof report.asOf === "string";
}

/** "NIS2" from "NIS2: Directive (EU) 2022/2555 …"; the whole name when it has no ": ". */
function shortName(framework: Framework): string {
  const at = framework.name.indexOf(": ");
  return at > 0 ? framework.name.slice(0, at) : framework.name;
}

function statusOf(elements: readonly CoverageElement[]): RequirementCoverageStatus {
  if (elements.some((e) => e.extent === "full" && e.state === "met")) return "covered";
  if (elements.some((e) => e.state !== "not-met")) return "partly";
  return "not-covered";
}

/** Judges ISO/IEC 27001 requirements against the conformity report, and words the findings. */
function elementJudge(isms: Isms, report: ConformityReport) {
  const controls = new Map<string, ControlConformity>(report.controls.filter((c) => !c.custom).map((c) => [c.controlId, c]));
  const clauses = new Map<string, ClauseConformity>(report.clauses.map((c) => [c.clause, c]));
  const findings = new Map<string, ConformityFinding>(report.findings.map((f) => [f.id, f]));
  const records = new Map<string, number>();
  isms.controls.forEach((record, i) => {
    if (!records.has(record.id)) records.set(record.id, i);
  });
  const blocking = (ids: readonly string[]) => ids.map((id) => findings.get(id)).filter((f): f is ConformityFinding => f !== undefined && f.severity !== "ofi");

  const element = (pair: FrameworkMappingPair): CoverageElement => {
    const extent = pair.relationship === "equal" || pair.relationship === "subset-of" ? "full" : "part";
    const common = {
      id: pair.target,
      relationship: pair.relationship,
      extent,
      ...(pair.items === undefined ? {} : { items: [...pair.items] }),
      ...(pair.note === undefined ? {} : { note: pair.note }),
    } as const;
    if (pair.target.startsWith("A.")) {
      const control = controls.get(pair.target.slice(2));
      const status = control?.status ?? "undecided";
      const against = blocking(control?.findingIds ?? []);
      const state =
        status === "implemented"
          ? against.some((f) => f.severity === "major")
            ? "not-met"
            : against.length > 0
              ? "partly-met"
              : "met"
          : status === "partially-implemented" || status === "implemented-without-evidence"
            ? "partly-met"
            : "not-met";
      return withReason({ ...common, kind: "control", title: control?.title ?? pair.target, status, state, findingIds: [...(control?.findingIds ?? [])] });
    }
    const clause = clauses.get(pair.target);
    const status = clause?.status ?? "not-assessable";
    const against = blocking(clause?.findingIds ?? []);
    const state =
      status === "conformant" || status === "observations" ? "met" : status === "nonconformant" && !against.some((f) => f.severity === "major") ? "partly-met" : "not-met";
    return withReason({ ...common, kind: "clause", title: clause?.title ?? pair.target, status, state, findingIds: [...(clause?.findingIds ?? [])] });
  };

  const withReason = (e: CoverageElement): CoverageElement => (e.state === "met" ? e : { ...e, reason: reasonOf(e) });

  /** Why an ISO requirement is not met: "planned", "implemented, minor finding …", "excluded in the Statement of Applicability: "…"". */
  const reasonOf = (e: CoverageElement): string => {
    const against = blocking(e.findingIds);
    switch (e.status) {
      case "undecided":
        return "no applicability decision";
      case "not-applicable": {
        const justification = justificationOf(e);
        return justification ? `excluded in the Statement of Applicability: "${justification}"` : "excluded in the Statement of Applicability, without a justification";
      }
      case "implemented-without-evidence":
        return "implemented, no valid evidence";
      case "not-assessable":
        return "not assessable from the data";
      case "implemented":
      case "nonconformant":
        return against.length > 0 ? `${e.status}, ${against.map((f) => `${f.severity} finding ${f.id}`).join(", ")}` : e.status;
      default:
        return e.status.replace(/-/g, " ");
    }
  };

  /** "A.8.15 Logging (planned)", "clause 6.1.3 … (nonconformant, minor finding …)". */
  const describe = (e: CoverageElement): string => {
    const name = e.kind === "control" ? `${e.id} ${e.title}` : `clause ${e.id} ${e.title}`;
    return e.reason === undefined ? name : `${name} (${e.reason})`;
  };

  const justificationOf = (e: CoverageElement): string | undefined =>
    e.status === "not-applicable" ? isms.controls[records.get(e.id.slice(2)) ?? -1]?.justification?.trim() || undefined : undefined;

  /** What to do about open ISO requirements, one action per kind; findings shared by several requirements named once. */
  const todo = (open: readonly CoverageElement[]): string => {
    const byFinding = new Map<string, string[]>();
    const actions: string[] = [];
    for (const e of open) {
      const against = blocking(e.findingIds);
      if ((e.status === "implemented" || e.status === "nonconformant") && against.length > 0) {
        const key = against.map((f) => f.id).join(", ");
        const list = byFinding.get(key) ?? byFinding.set(key, []).get(key)!;
        list.push(e.kind === "control" ? e.id : `clause ${e.id}`);
      } else {
        actions.push(action(e));
      }
    }
    for (const [ids, on] of byFinding) actions.push(`resolve ${ids} (on ${on.join(", ")})`);
    return unique(actions).join("; ");
  };

  const action = (e: CoverageElement): string => {
    const name = e.kind === "control" ? e.id : `clause ${e.id}`;
    switch (e.status) {
      case "undecided":
        return `decide whether ${name} applies`;
      case "not-applicable":
        return `review the exclusion of ${name}`;
      case "not-implemented":
      case "planned":
        return `implement ${name}`;
      case "partially-implemented":
        return `complete ${name}`;
      case "implemented-without-evidence":
        return `record valid evidence for ${name}`;
      default:
        return `record what shows ${name} is met`;
    }
  };

  const refsOf = (elements: readonly CoverageElement[]): string[] => {
    const refs: string[] = [];
    const add = (ref: string) => {
      if (!refs.includes(ref)) refs.push(ref);
    };
    for (const e of elements) {
      if (e.kind === "control") {
        const index = records.get(e.id.slice(2));
        add(index === undefined ? "/controls" : `/controls/${index}`);
      } else {
        for (const f of blocking(e.findingIds)) for (const ref of f.refs) add(ref);
      }
    }
    return refs.length === 0 ? [""] : refs;
  };

  const finding = (
    frameworkId: string,
    label: string,
    requirement: FrameworkRequirement,
    status: RequirementCoverageStatus,
    elements: readonly CoverageElement[],
    reason: string | undefined,
  ): FrameworkCoverageFinding => {
    const subject = `${label} ${requirement.id} "${requirement.title}"`;
    const notMet = elements.filter((e) => e.state !== "met");
    const met = elements.filter((e) => e.state === "met");
    // An exclusion with a reason is a decision, not a gap: it weighs on a requirement only when nothing else covers any of it.
    const excluded = notMet.filter((e) => justificationOf(e) !== undefined);
    const open = status === "not-covered" ? notMet : notMet.filter((e) => justificationOf(e) === undefined);
    let severity: ConformitySeverity;
    let message: string;
    let hint: string;
    let concerned: readonly CoverageElement[];
    if (elements.length === 0) {
      severity = "minor";
      concerned = [];
      message = `${subject} is not addressed by ISO/IEC 27001${reason === undefined ? "." : `: ${reason}`}`;
      hint = "Show how it is met outside the ISO/IEC 27001 controls (a procedure, a record, a contract clause) and keep that evidence with the ISMS.";
    } else if (status === "not-covered" && open.every((e) => justificationOf(e) !== undefined)) {
      // Every ISO requirement it maps to is excluded, each with a reason: a documented decision to
      // confirm for this framework, not a gap found in the ISMS.
      severity = "minor";
      concerned = open;
      message = `${subject} is not covered by the ISMS: ${open.map(describe).join("; ")}.`;
      hint = `Confirm that the reason for the exclusion also holds for ${label} ${requirement.id} and record where it is met (a supplier's certification, say), or ${todo(open)}.`;
    } else if (status === "not-covered") {
      severity = "major";
      concerned = open;
      message = `${subject} is not covered: none of the ISO/IEC 27001 requirements it maps to is met — ${open.map(describe).join("; ")}.`;
      hint = `To cover it through the ISMS: ${todo(open)}. Or show how it is met without them.`;
    } else if (open.length > 0) {
      severity = "minor";
      concerned = open;
      const full = elements.some((e) => e.extent === "full");
      message = `${subject} is partly covered: ${met.length > 0 ? `met: ${met.map(describe).join("; ")}; ` : ""}still open: ${open.map(describe).join("; ")}.`;
      hint = `${capitalise(todo(open))}${full ? "" : `, and check what ${label} ${requirement.id} asks beyond them`}.`;
    } else {
      severity = "ofi";
      concerned = met;
      const notes = unique(elements.flatMap((e) => (e.note === undefined ? [] : [e.note])));
      const what = met.map((e) => e.id).join(", ");
      // None of them is a full one (that would cover the requirement).
      const why = `, but ${met.length === 1 ? "it shares" : "they share"} only part of what it asks (${unique(met.map((e) => e.relationship)).join(", ")})`;
      const also = excluded.length === 0 ? "" : `; ${excluded.map(describe).join("; ")}`;
      message = `${subject} is partly covered: ${what} ${met.length === 1 ? "is" : "are"} met${why}${also}.${notes.length > 0 ? ` ${notes.join(" ")}` : ""}`;
      hint = `Check what ${label} ${requirement.id} asks beyond ${what}${excluded.length === 0 ? "" : ` (and that the exclusion of ${excluded.map((e) => e.id).join(", ")} holds for it)`} and record how it is met.`;
    }
    const single = concerned.length === 1 ? concerned[0]! : undefined;
    const id = `${frameworkId}:${requirement.id}`;
    return {
      id,
      ruleId: id,
      severity,
      ...(single?.kind === "clause" ? { clause: single.id as ClauseId } : {}),
      ...(single?.kind === "control" ? { controlId: single.id.slice(2) } : {}),
      stage: concerned.length > 0 && concerned.every((e) => e.kind === "clause") ? 1 : 2,
      message,
      refs: refsOf(concerned),
      hint,
      frameworkId,
      requirementId: requirement.id,
    };
  };

  return { element, finding };
}

function groupsOf(framework: Framework, requirements: readonly RequirementCoverage[]): CoverageGroup[] {
  const parentOf = new Map(framework.requirements.map((r) => [r.id, r.parentId]));
  const counts = new Map<string, { covered: number; partly: number; notCovered: number; total: number }>();
  for (const requirement of requirements) {
    // The schema has checked that the tree has no cycle.
    for (let id = requirement.parentId; id !== undefined; id = parentOf.get(id)) {
      const entry = counts.get(id) ?? counts.set(id, { covered: 0, partly: 0, notCovered: 0, total: 0 }).get(id)!;
      entry.total++;
      if (requirement.status === "covered") entry.covered++;
      else if (requirement.status === "partly") entry.partly++;
      else entry.notCovered++;
    }
  }
  const byId = new Map(framework.requirements.map((r) => [r.id, r]));
  const leafIds = new Set(requirements.map((r) => r.id));
  const holdsOnlyHeadings = new Set(framework.requirements.filter((r) => r.parentId === undefined).map((r) => r.id));
  for (const r of framework.requirements) if (r.parentId !== undefined && leafIds.has(r.id)) holdsOnlyHeadings.delete(r.parentId);
  return framework.requirements.flatMap((r) => {
    const entry = counts.get(r.id);
    if (entry === undefined) return [];
    const parent = r.parentId === undefined ? undefined : byId.get(r.parentId);
    const overview = parent === undefined || (parent.parentId === undefined && holdsOnlyHeadings.has(parent.id));
    return [{ id: r.id, title: r.title, ...(r.parentId === undefined ? {} : { parentId: r.parentId }), overview, ...entry }];
  });
}

function openIsoRequirementsOf(requirements: readonly RequirementCoverage[]): OpenIsoRequirement[] {
  const open = new Map<string, { element: CoverageElement; requirementIds: string[]; first: number }>();
  requirements.forEach((requirement) => {
    if (requirement.status === "covered") return;
    for (const element of requirement.elements) {
      if (element.state === "met") continue;
      const entry = open.get(element.id) ?? open.set(element.id, { element, requirementIds: [], first: open.size }).get(element.id)!;
      entry.requirementIds.push(requirement.id);
    }
  });
  return [...open.values()]
    .sort((a, b) => b.requirementIds.length - a.requirementIds.length || a.first - b.first)
    .map(({ element: e, requirementIds }) => ({
      id: e.id,
      kind: e.kind,
      title: e.title,
      status: e.status,
      state: e.state as OpenIsoRequirement["state"],
      findingIds: e.findingIds,
      reason: e.reason ?? e.status,
      requirementIds,
    }));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
