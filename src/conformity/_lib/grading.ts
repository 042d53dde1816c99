import type { ConformityFinding } from "../ConformityFinding";
import type { ConformityRuleFinding } from "../ConformityRule";
import type { GradingPolicy } from "../GradingPolicySchema";
import { listForMessage, plural } from "./text";

/** How the systemic threshold reads in a rule's description. */
export const SYSTEMIC_RULE =
  "raised to one major finding when they form a pattern under the grading policy (by default more than a quarter of them, and at least 3) rather than an isolated lapse";

/** How a rule's description grades a single lapse, the default minor. */
export const ISOLATED_LAPSE = "an isolated lapse of a control that otherwise operates, as ISO/IEC 17021-1 grades it";

/** Whether `affected` of `population` items make a systemic pattern under the policy. */
export function isSystemic(affected: number, population: number, policy: GradingPolicy): boolean {
  return affected >= policy.systemic.minimumAffected && affected > population * policy.systemic.share;
}

/**
 * One finding per affected item (the rule's default severity), or a single major finding listing
 * them all when they are systemic under the policy.
 */
export function gradeItems<T>(
  items: readonly T[],
  population: number,
  policy: GradingPolicy,
  perItem: (item: T) => ConformityRuleFinding,
  systemic: (items: readonly T[]) => Omit<ConformityRuleFinding, "severity">,
): ConformityRuleFinding[] {
  if (items.length === 0) return [];
  if (isSystemic(items.length, population, policy)) return [{ ...systemic(items), severity: "major" }];
  return items.map(perItem);
}

/** The requirement a finding is raised against: its clause, else `A.` and its control. */
export function requirementOf(finding: Pick<ConformityFinding, "clause" | "controlId">): string {
  return finding.clause ?? `A.${finding.controlId ?? ""}`;
}

/** A certification body's nonconformity finding of the current cycle, by the requirements it names. */
export interface CertificationFinding {
  readonly requirements: readonly string[];
  readonly label: string;
  readonly pointer: string;
}

/** The ids of the first finding of each rule but `ruleId`, in the order the rules first appear. */
function otherRulesFirst(firstByRule: ReadonlyMap<string, string>, ruleId: string): string[] {
  const ids: string[] = [];
  for (const [rule, id] of firstByRule) if (rule !== ruleId) ids.push(id);
  return ids;
}

/**
 * Applies the grading policy's escalations across findings (the rules apply the others themselves):
 * minor findings of `minorsPerRequirement` different rules against one requirement are each raised to
 * major, and a minor finding against a requirement on which a certification body raised a
 * nonconformity in the cycle is a repeat, graded `repeatedNonconformity`. Returns new findings.
 */
export function applyGradingPolicy(
  findings: readonly ConformityFinding[],
  policy: GradingPolicy,
  certificationFindings: readonly CertificationFinding[],
): ConformityFinding[] {
  const minorsByRequirement = new Map<string, ConformityFinding[]>();
  for (const f of findings) {
    if (f.severity !== "minor") continue;
    const key = requirementOf(f);
    const list = minorsByRequirement.get(key);
    if (list) list.push(f);
    else minorsByRequirement.set(key, [f]);
  }
  // Per requirement raised: the reason, and the first finding of each rule in the group. An escalated
  // finding names the first finding of each other rule, not every other finding: a group of
  // thousands (one rule's finding per risk) would otherwise give each of them thousands of ids.
  const raisedByCount = new Map<string, { reason: string; firstByRule: ReadonlyMap<string, string> }>();
  for (const [requirement, group] of minorsByRequirement) {
    const firstByRule = new Map<string, string>();
    for (const f of group) if (!firstByRule.has(f.ruleId)) firstByRule.set(f.ruleId, f.id);
    if (firstByRule.size < policy.minorsPerRequirement) continue;
    raisedByCount.set(requirement, {
      reason: `minor findings of ${firstByRule.size} different rules against ${requirement}: a breakdown of the requirement, not an isolated lapse`,
      firstByRule,
    });
  }
  const cbByRequirement = new Map<string, CertificationFinding[]>();
  for (const cb of certificationFindings) {
    for (const requirement of new Set(cb.requirements)) {
      const list = cbByRequirement.get(requirement);
      if (list) list.push(cb);
      else cbByRequirement.set(requirement, [cb]);
    }
  }
  return findings.map((f) => {
    if (f.severity !== "minor") return f;
    const requirement = requirementOf(f);
    const byCount = raisedByCount.get(requirement);
    if (byCount !== undefined) {
      return {
        ...f,
        severity: "major",
        escalation: { from: "minor", policy: "minorsPerRequirement", reason: byCount.reason, findingIds: otherRulesFirst(byCount.firstByRule, f.ruleId), refs: [] },
      };
    }
    const repeated = cbByRequirement.get(requirement);
    if (repeated !== undefined && policy.repeatedNonconformity !== "minor") {
      return {
        ...f,
        severity: policy.repeatedNonconformity,
        escalation: {
          from: "minor",
          policy: "repeatedNonconformity",
          reason: `${requirement} had ${plural(repeated.length, "nonconformity", "nonconformities")} from the certification body in this cycle (${listForMessage(repeated.map((r) => r.label))}): a repeated nonconformity`,
          findingIds: [],
          refs: repeated.map((r) => r.pointer),
        },
      };
    }
    return f;
  });
}
