import { describeValue, listValues } from "../core/describeValue";
import type { RiskAcceptanceCriteria } from "./RiskMethodSchema";

/**
 * What is wrong with the level ids of risk acceptance criteria: `maxLevel` and each authority's
 * `level` must be levels of the matrix, and no level may have two authorities. Paths are relative to
 * the criteria; `matrixId` names the matrix in the messages. Shared by the matrix check, the method resolver and `parseIsms`.
 */
export function acceptanceLevelIssues(
  acceptance: Readonly<RiskAcceptanceCriteria> | undefined,
  levelIds: readonly string[],
  matrixId?: string,
): { path: (string | number)[]; message: string }[] {
  if (acceptance === undefined) return [];
  const known = new Set(levelIds);
  const expected = listValues(levelIds);
  const what = matrixId === undefined ? "a level id" : `a level of risk matrix ${JSON.stringify(matrixId)}`;
  const out: { path: (string | number)[]; message: string }[] = [];
  if (typeof acceptance.maxLevel === "string" && !known.has(acceptance.maxLevel)) {
    out.push({ path: ["maxLevel"], message: `${describeValue(acceptance.maxLevel)} is not ${what} (expected one of ${expected})` });
  }
  const seen = new Map<string, number>();
  // parseIsms runs this on the document as given, before its shape is known to be right: anything
  // but a list of authorities has no level to check here (the schema reports it).
  const authorities: readonly unknown[] = Array.isArray(acceptance.authorities) ? acceptance.authorities : [];
  authorities.forEach((item, i) => {
    const authority = item as { level?: unknown } | null | undefined;
    if (typeof authority?.level !== "string") return;
    if (!known.has(authority.level)) out.push({ path: ["authorities", i, "level"], message: `${describeValue(authority.level)} is not ${what} (expected one of ${expected})` });
    const first = seen.get(authority.level);
    if (first !== undefined) out.push({ path: ["authorities", i, "level"], message: `level ${describeValue(authority.level)} already has an authority (authorities[${first}])` });
    else seen.set(authority.level, i);
  });
  return out;
}
