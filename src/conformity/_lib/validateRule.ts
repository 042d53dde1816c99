import { isAnnexAControlId } from "../../core/annexAControlIds";
import { isClauseId } from "../../core/clauseIds";
import { conformitySeverities } from "../ConformitySeverity";
import { describeValue } from "../../core/describeValue";
import { issue } from "../../core/issue";
import type { ConformityRuleIssue } from "../ConformityRuleError";

/** A well-formed rule id: letters, digits, `.`, `_`, `:` and `-`, starting and ending with a letter or digit. */
export const RULE_ID_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._:-]{0,98}[A-Za-z0-9])?$/;

const KNOWN_KEYS = new Set(["id", "clause", "controlId", "title", "description", "severity", "stage", "hint", "reads", "check"]);

/** Every problem with a rule definition (empty when it is valid). Uniqueness is checked by the caller. */
export function ruleIssues(rule: unknown): ConformityRuleIssue[] {
  if (rule === null || typeof rule !== "object" || Array.isArray(rule)) {
    return [issue([], "invalid_type", `expected a rule object; found ${describeValue(rule)}`)];
  }
  const r = rule as Record<string, unknown>;
  const issues: ConformityRuleIssue[] = [];
  const add = (key: string, code: string, message: string) => issues.push(issue([key], code, message));

  if (typeof r.id !== "string" || !RULE_ID_PATTERN.test(r.id)) {
    add("id", "invalid_id", `expected 1 to 100 letters, digits, ".", "_", ":" or "-", starting and ending with a letter or digit; found ${describeValue(r.id)}`);
  }
  const hasClause = r.clause !== undefined;
  const hasControl = r.controlId !== undefined;
  if (hasClause === hasControl) {
    add(
      hasClause ? "controlId" : "clause",
      "clause_or_control",
      hasClause ? "expected either a clause or a controlId, not both" : 'expected a clause ("4.1" … "10.2") or an Annex A controlId ("5.1" … "8.34")',
    );
  }
  if (hasClause && !isClauseId(r.clause)) add("clause", "unknown_clause", `expected an ISO/IEC 27001:2022 clause id ("4.1" … "10.2"); found ${describeValue(r.clause)}`);
  if (hasControl && !isAnnexAControlId(r.controlId)) {
    add("controlId", "unknown_control", `expected an ISO/IEC 27001:2022 Annex A control id ("5.1" … "8.34"); found ${describeValue(r.controlId)}`);
  }
  for (const key of ["title", "description", "hint"] as const) {
    if (typeof r[key] !== "string" || !/\S/.test(r[key] as string)) add(key, "invalid_text", `expected a non-empty text; found ${describeValue(r[key])}`);
  }
  if (!(conformitySeverities as readonly unknown[]).includes(r.severity)) {
    add("severity", "invalid_severity", `expected one of ${conformitySeverities.map((s) => JSON.stringify(s)).join(", ")}; found ${describeValue(r.severity)}`);
  }
  if (r.stage !== 1 && r.stage !== 2) add("stage", "invalid_stage", `expected 1 (the documented ISMS) or 2 (its implementation); found ${describeValue(r.stage)}`);
  if (r.reads !== undefined && (!Array.isArray(r.reads) || r.reads.length === 0 || r.reads.length > 50 || !r.reads.every((x) => typeof x === "string" && /^[A-Za-z][A-Za-z0-9]*$/.test(x)))) {
    add("reads", "invalid_reads", `expected a list of 1 to 50 top-level field names of the document (such as "incidents"); found ${describeValue(r.reads)}`);
  }
  if (typeof r.check !== "function") add("check", "invalid_check", `expected a function (isms, context) => findings; found ${describeValue(r.check)}`);
  for (const key of Object.keys(r).sort()) {
    if (!KNOWN_KEYS.has(key)) add(key, "unknown_field", `unknown field ${JSON.stringify(key)} (expected ${[...KNOWN_KEYS].join(", ")})`);
  }
  return issues;
}
