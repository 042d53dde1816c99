// fastest-levenshtein is copied into the build (tsup.config.ts): a devDependency, not one users install.
import { distance } from "fastest-levenshtein";

/**
 * The candidate a mistyped `word` most likely meant, for a "did you mean …?" hint: the same word in
 * another case, else the closest by edit distance (Levenshtein) when it is close enough to be a typo —
 * at most a third of the word's length, at least one edit. Ties go to the earlier candidate.
 * `undefined` when nothing is close, or when `word` is itself a candidate. Candidates that differ from
 * `word` only in digits (`t-1` for `t-9`, `5.1` for `5.10`) are never suggested: a close number names
 * another thing, not a typo.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate === word) return undefined;
    if (candidate.toLowerCase() === lower) return candidate;
    if (Math.abs(candidate.length - word.length) > limit) continue;
    if (/\d/.test(word) && candidate.replace(/\d+/g, "#") === word.replace(/\d+/g, "#")) continue;
    const d = distance(lower, candidate.toLowerCase());
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** ` (did you mean "x"?)`, or nothing when no candidate is close. */
export function didYouMeanHint(word: string, candidates: Iterable<string>, quote = (s: string) => JSON.stringify(s)): string {
  const match = didYouMean(word, candidates);
  return match === undefined ? "" : ` (did you mean ${quote(match)}?)`;
}
