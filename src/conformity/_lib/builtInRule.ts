import type { ConformityRule } from "../ConformityRule";

/**
 * Freezes one of isms-kit's own rules. Their shape is checked by the registry's test
 * (test/conformity/conformityRules.test.ts runs `ruleIssues` on every one, and checks their ids are
 * unique) rather than at every import.
 */
export function builtInRule<const R extends ConformityRule>(rule: R): R {
  if (rule.reads !== undefined) Object.freeze(rule.reads);
  return Object.freeze(rule);
}
