import type { ConformityRuleFinding } from "../ConformityRule";

/** The share of a population above which affected items are a pattern, not an isolated lapse. */
export const SYSTEMIC_SHARE = 0.25;
/** The fewest affected items that can make a pattern. */
export const SYSTEMIC_MINIMUM = 3;
/** How the threshold reads in a rule's description. */
export const SYSTEMIC_RULE = "raised to one major finding when more than a quarter of them (and at least 3) are affected — a pattern, not an isolated lapse";

/** Whether `affected` of `population` items make a systemic pattern. */
export function isSystemic(affected: number, population: number): boolean {
  return affected >= SYSTEMIC_MINIMUM && affected > population * SYSTEMIC_SHARE;
}

/**
 * One finding per affected item (the rule's default severity), or a single major finding listing
 * them all when they are systemic.
 */
export function gradeItems<T>(
  items: readonly T[],
  population: number,
  perItem: (item: T) => ConformityRuleFinding,
  systemic: (items: readonly T[]) => Omit<ConformityRuleFinding, "severity">,
): ConformityRuleFinding[] {
  if (items.length === 0) return [];
  if (isSystemic(items.length, population)) return [{ ...systemic(items), severity: "major" }];
  return items.map(perItem);
}
