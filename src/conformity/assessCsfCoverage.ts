import type { ConformityReport } from "./ConformityReport";
import type { StatementOfApplicability } from "../treatment/StatementOfApplicability";
import { argumentError } from "../core/arguments";
import { getFramework } from "../mappings/getFramework";
import { getFrameworkMapping } from "../mappings/getFrameworkMapping";
import { isStatementOfApplicability } from "../treatment/isStatementOfApplicability";

/**
 * How far one CSF 2.0 Subcategory is covered, in a {@link CsfCoverage}.
 *
 * @category Conformity
 * @example
 * ```ts
 * const entry: CsfSubcategoryCoverage = {
 *   id: "PR.DS-11",
 *   title: "Backups of data are created, protected, maintained, and tested",
 *   covered: true,
 *   controlIds: ["8.13"],
 *   clauseIds: [],
 *   mappedControlIds: ["8.13"],
 *   mappedClauseIds: [],
 * };
 * ```
 */
export interface CsfSubcategoryCoverage {
  readonly id: string;
  readonly title: string;
  /** Whether at least one mapped control or clause is met. */
  readonly covered: boolean;
  /** The mapped Annex A controls that are met. */
  readonly controlIds: readonly string[];
  /** The mapped clauses that are met (only a conformity report judges clauses). */
  readonly clauseIds: readonly string[];
  /** Every Annex A control NIST maps the Subcategory to. */
  readonly mappedControlIds: readonly string[];
  /** Every clause NIST maps the Subcategory to. */
  readonly mappedClauseIds: readonly string[];
}

/**
 * How much of the NIST Cybersecurity Framework 2.0 an ISMS covers, as {@link assessCsfCoverage}
 * works it out: the count and share of covered Subcategories, the open ones, per-Function totals and
 * the detail of each Subcategory.
 *
 * @category Conformity
 * @example
 * ```ts
 * const isms = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, controls: [{ id: "8.13", applicable: true, implementationStatus: "implemented" }] });
 * const coverage: CsfCoverage = assessCsfCoverage(buildStatementOfApplicability(isms));
 * [coverage.covered, coverage.total]
 * //=> [4, 106]
 * ```
 */
export interface CsfCoverage {
  /** What the coverage was worked out from. */
  readonly basis: "statement-of-applicability" | "conformity-report";
  readonly covered: number;
  readonly total: number;
  /** `covered / total`, from 0 to 1. */
  readonly ratio: number;
  /** The ids of the Subcategories not covered, in CSF order. */
  readonly open: readonly string[];
  /** Covered and total Subcategories per Function (`GV`, `ID`, `PR`, `DE`, `RS`, `RC`). */
  readonly byFunction: Readonly<Record<string, { readonly covered: number; readonly total: number }>>;
  /** Every Subcategory, in CSF order. */
  readonly subcategories: readonly CsfSubcategoryCoverage[];
}

/**
 * Works out how much of the NIST Cybersecurity Framework 2.0 an ISMS covers, through NIST's CSF 2.0
 * informative references to ISO/IEC 27001:2022 (the `nist-csf-2.0` → `iso27001-2022` mapping of `isms-kit/mappings`). A Subcategory is
 * **covered** when at least one ISO/IEC 27001:2022 element NIST maps it to is met:
 *
 * - from a **Statement of Applicability**, an Annex A control is met when it is applicable and
 *   `implemented` (partially implemented or planned is not enough). An SoA says nothing about
 *   clauses 4 to 10, so Subcategories NIST maps only to clauses (such as GV.OC-01) stay open;
 * - from a **conformity report**, an Annex A control is met when it is applicable, `implemented`
 *   (with valid evidence) and no major or minor finding concerns it; a clause is met when it is
 *   conformant (observations allowed) and no major or minor finding is raised against it.
 *
 * NIST's references mean "these address related outcomes" (relationship `intersect`), not
 * "implementing this satisfies the Subcategory": read the result as where the ISMS already
 * touches each outcome, and the open list as the Subcategories to look at first.
 *
 * @param input - a Statement of Applicability ({@link buildStatementOfApplicability}) or a
 *   conformity report (`checkConformity`)
 * @returns the coverage, with the open Subcategories and the detail of each
 * @throws {@link ArgumentError} when `input` is neither
 * @category Conformity
 * @example
 * ```ts
 * const isms = parseIsms({
 *   schemaVersion: "1.0",
 *   organization: { name: "Acme" },
 *   controls: [
 *     { id: "8.13", applicable: true, implementationStatus: "implemented" },
 *     { id: "5.9", applicable: true, implementationStatus: "planned" },
 *   ],
 * });
 * const coverage = assessCsfCoverage(buildStatementOfApplicability(isms));
 * coverage.subcategories.filter((s) => s.covered).map((s) => s.id)
 * //=> ["PR.DS-01", "PR.DS-11", "RC.RP-03", "RC.RP-06"]
 * coverage.open.includes("ID.AM-01")
 * //=> true
 * coverage.byFunction.RC
 * //=> { covered: 2, total: 8 }
 * ```
 */
export function assessCsfCoverage(input: StatementOfApplicability | ConformityReport): CsfCoverage {
  const isSoa = isStatementOfApplicability(input);
  if (!isSoa && !isConformityReport(input)) {
    throw argumentError("assessCsfCoverage", ["input"], "invalid_type", "expected a Statement of Applicability (with rows) or a conformity report (with findings, clauses and controls)");
  }

  const metControls = new Set<string>();
  const metClauses = new Set<string>();
  if (isSoa) {
    for (const row of input.rows) {
      if (row.source === "annex-a" && row.applicable === true && row.implementationStatus === "implemented") metControls.add(row.controlId);
    }
  } else {
    const report = input as ConformityReport;
    const severity = new Map(report.findings.map((finding) => [finding.id, finding.severity]));
    const blocked = (ids: readonly string[]) => ids.some((id) => severity.get(id) === "major" || severity.get(id) === "minor");
    for (const control of report.controls) {
      if (!control.custom && control.applicable === true && control.status === "implemented" && !blocked(control.findingIds)) metControls.add(control.controlId);
    }
    for (const clause of report.clauses) {
      if ((clause.status === "conformant" || clause.status === "observations") && !blocked(clause.findingIds)) metClauses.add(clause.clause);
    }
  }

  const mapped = new Map<string, { controls: string[]; clauses: string[] }>();
  for (const pair of getFrameworkMapping("nist-csf-2.0", "iso27001-2022")!.pairs) {
    if (pair.relationship === "no-relationship") continue;
    const entry = mapped.get(pair.source) ?? mapped.set(pair.source, { controls: [], clauses: [] }).get(pair.source)!;
    const isControl = pair.target.startsWith("A.");
    const list = isControl ? entry.controls : entry.clauses;
    const id = isControl ? pair.target.slice(2) : pair.target;
    if (!list.includes(id)) list.push(id);
  }

  const csf = getFramework("nist-csf-2.0")!.requirements;
  const byFunction: Record<string, { covered: number; total: number }> = Object.fromEntries(csf.filter((r) => r.kind === "function").map((fn) => [fn.id, { covered: 0, total: 0 }]));
  const subcategories = csf.filter((r) => r.kind === "subcategory").map((subcategory): CsfSubcategoryCoverage => {
    const entry = mapped.get(subcategory.id) ?? { controls: [], clauses: [] };
    const controlIds = entry.controls.filter((id) => metControls.has(id));
    const clauseIds = entry.clauses.filter((id) => metClauses.has(id));
    const covered = controlIds.length > 0 || clauseIds.length > 0;
    const totals = byFunction[subcategory.id.slice(0, 2)];
    if (totals !== undefined) {
      totals.total++;
      if (covered) totals.covered++;
    }
    return {
      id: subcategory.id,
      title: subcategory.title,
      covered,
      controlIds,
      clauseIds,
      mappedControlIds: entry.controls,
      mappedClauseIds: entry.clauses,
    };
  });
  const covered = subcategories.filter((s) => s.covered).length;
  return {
    basis: isSoa ? "statement-of-applicability" : "conformity-report",
    covered,
    total: subcategories.length,
    ratio: subcategories.length === 0 ? 0 : covered / subcategories.length,
    open: subcategories.filter((s) => !s.covered).map((s) => s.id),
    byFunction,
    subcategories,
  };
}

function isConformityReport(input: unknown): input is ConformityReport {
  if (typeof input !== "object" || input === null) return false;
  const report = input as Partial<Record<"findings" | "clauses" | "controls", unknown>>;
  return Array.isArray(report.findings) && Array.isArray(report.clauses) && Array.isArray(report.controls);
}
