import type { ClauseId } from "../core/clauseIds";
import type { ConformitySeverity } from "./ConformitySeverity";

/**
 * One finding of {@link checkConformity}: what a conformity rule found wrong or improvable in the
 * document, graded as a certification body would grade it, with JSON Pointers to the data concerned
 * and a hint on how to resolve it.
 *
 * @category Conformity
 * @example
 * ```ts
 * const report = checkConformity(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }), { asOf: "2026-06-30" });
 * const finding: ConformityFinding = report.findings.find((f) => f.ruleId === "4.3-scope-defined")!;
 * [finding.id, finding.severity, finding.clause, finding.refs]
 * //=> ["4.3-scope-defined", "major", "4.3", [""]]
 * ```
 */
export interface ConformityFinding {
  /** Stable id: the rule id, then `@` and the first ref unless that is the whole document (`"6.1.2-risk-owners@/risks/3"`); `#2`, `#3` … when repeated. */
  readonly id: string;
  /** The id of the rule that raised it. */
  readonly ruleId: string;
  readonly severity: ConformitySeverity;
  /** The clause the finding is raised against (for rules on clauses 4 to 10). */
  readonly clause?: ClauseId;
  /** The control the finding is about (Annex A or the organisation's own), when there is one. */
  readonly controlId?: string;
  /** The audit stage at which an auditor would first examine it: 1 (documented ISMS) or 2 (implementation). */
  readonly stage: 1 | 2;
  /** What was found, in plain words, naming the entities concerned. */
  readonly message: string;
  /** RFC 6901 JSON Pointers into the document to the data concerned; `""` is the whole document. */
  readonly refs: readonly string[];
  /** How to resolve it. */
  readonly hint: string;
}
