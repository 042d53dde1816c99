import { issue } from "../core/issue";
import type { ConformityRule } from "./ConformityRule";
import { ConformityRuleError } from "./ConformityRuleError";
import { conformityRules } from "./conformityRules";
import { ruleIssues } from "./_lib/validateRule";

/**
 * Validates a conformity rule of one's own and returns it frozen, ready to run beside the built-in
 * rules: `checkConformity(isms, { asOf, rules: [...conformityRules, rule] })`.
 *
 * The rule needs a well-formed id (letters, digits, `.`, `_`, `:`, `-`; a namespace such as
 * `"acme:"` keeps it apart from isms-kit's ids) not used by a built-in rule; exactly one of `clause`
 * (an ISO/IEC 27001:2022 clause id) or `controlId` (an Annex A control id); a `title`, a
 * `description` and a `hint`; a default `severity` (`"major"`, `"minor"` or `"ofi"`); the audit
 * `stage` (1 for the documented ISMS, 2 for its implementation); and a `check(isms, context)` that
 * returns findings (`{ message, refs }`) or `{ notAssessable: reason }`.
 *
 * @param rule - the rule
 * @returns the same rule, frozen
 * @throws {@link ConformityRuleError} listing every problem with the definition
 * @category Conformity
 * @example
 * ```ts
 * const mfaForAdmins = defineConformityRule({
 *   id: "acme:mfa-evidence",
 *   controlId: "8.5",
 *   title: "MFA evidence is attached",
 *   description: "Control 8.5 cites at least one evidence record.",
 *   severity: "minor",
 *   stage: 2,
 *   hint: "Attach the identity provider's MFA export.",
 *   check: (isms) => {
 *     const index = isms.controls.findIndex((c) => c.id === "8.5");
 *     return index >= 0 && isms.controls[index]!.evidenceIds.length === 0
 *       ? [{ message: "control 8.5 cites no evidence", refs: [`/controls/${index}`] }]
 *       : [];
 *   },
 * });
 * const isms = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, controls: [{ id: "8.5", applicable: true }] });
 * const report = checkConformity(isms, { asOf: "2026-06-30", rules: [...conformityRules, mfaForAdmins] });
 * report.findings.filter((f) => f.ruleId === "acme:mfa-evidence").map((f) => [f.id, f.severity, f.controlId])
 * //=> [["acme:mfa-evidence@/controls/0", "minor", "8.5"]]
 * defineConformityRule({ ...mfaForAdmins, id: "4.3-scope-defined" })
 * //=> throws ConformityRuleError: "already used by a built-in rule"
 * ```
 */
export function defineConformityRule(rule: ConformityRule): ConformityRule {
  const issues = ruleIssues(rule);
  const id = (rule as { id?: unknown } | null)?.id;
  if (typeof id === "string" && conformityRules.some((r) => r.id === id)) {
    issues.unshift(issue(["id"], "duplicate_id", `${JSON.stringify(id)} is already used by a built-in rule; choose another (a namespace such as "acme:" helps)`));
  }
  if (issues.length > 0) {
    throw new ConformityRuleError(`Invalid conformity rule${typeof id === "string" ? ` ${JSON.stringify(id)}` : ""}`, issues);
  }
  return Object.freeze({ ...rule, ...(rule.reads === undefined ? {} : { reads: Object.freeze([...rule.reads]) }) });
}
