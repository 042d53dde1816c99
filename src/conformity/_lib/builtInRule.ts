import type { ConformityRule } from "../ConformityRule";
import { ConformityRuleError } from "../ConformityRuleError";
import { ruleIssues } from "./validateRule";

/** Validates and freezes one of isms-kit's own rules (uniqueness is checked by the registry's test). */
export function builtInRule<const R extends ConformityRule>(rule: R): R {
  const issues = ruleIssues(rule);
  if (issues.length > 0) throw new ConformityRuleError(`Invalid conformity rule ${JSON.stringify(rule.id)}`, issues);
  if (rule.reads !== undefined) Object.freeze(rule.reads);
  return Object.freeze(rule);
}
