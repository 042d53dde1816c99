import type { StyleName } from "./style";

/**
 * The colour of a risk level by its rank on the method's scale: the lowest third green, the middle
 * yellow, the top red (the highest level in bold red). Levels with their own colours in the matrix
 * keep those in the heat map; a terminal has only a few.
 */
export function levelStyle(levelIndex: number, levelCount: number): StyleName[] {
  if (levelCount <= 1) return [];
  const rank = levelIndex / (levelCount - 1);
  if (rank >= 1) return ["bold", "red"];
  if (rank > 2 / 3) return ["red"];
  if (rank > 1 / 3) return ["yellow"];
  return ["green"];
}
