import type { NistLevel } from "./nistLevels";

/**
 * One row of the NIST SP 800-30 Rev. 1 semi-quantitative scale: the qualitative value, its
 * representative value on the 0–10 scale, and its range on the 0–100 scale (both ends included).
 *
 * @category Risk
 * @example
 * ```ts
 * const row: NistSemiQuantitativeValue = { level: "moderate", value: 5, min: 21, max: 79 };
 * ```
 */
export interface NistSemiQuantitativeValue {
  readonly level: NistLevel;
  readonly value: 0 | 2 | 5 | 8 | 10;
  readonly min: number;
  readonly max: number;
}

/**
 * The semi-quantitative values shared by the NIST SP 800-30 Rev. 1 assessment scales (Tables G-2,
 * G-3, G-4, H-3, I-2/I-3 and others), lowest first: 0–4 very low (0), 5–20 low (2), 21–79 moderate
 * (5), 80–95 high (8), 96–100 very high (10).
 *
 * @category Risk
 * @example
 * ```ts
 * nistSemiQuantitativeScale.map((row) => `${row.min}–${row.max}`)
 * //=> ["0–4", "5–20", "21–79", "80–95", "96–100"]
 * ```
 */
export const nistSemiQuantitativeScale: readonly NistSemiQuantitativeValue[] = Object.freeze([
  Object.freeze({ level: "very-low", value: 0, min: 0, max: 4 }),
  Object.freeze({ level: "low", value: 2, min: 5, max: 20 }),
  Object.freeze({ level: "moderate", value: 5, min: 21, max: 79 }),
  Object.freeze({ level: "high", value: 8, min: 80, max: 95 }),
  Object.freeze({ level: "very-high", value: 10, min: 96, max: 100 }),
] as const);
