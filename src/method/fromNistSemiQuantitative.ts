import type { NistLevel } from "./nistLevels";
import { nistSemiQuantitativeScale } from "./nistSemiQuantitativeScale";
import { RiskMethodError } from "./RiskMethodError";
import { describeValue } from "../core/describeValue";
import { issue } from "../core/issue";
import { argumentError, readOptions } from "../core/arguments";

/**
 * Options of {@link fromNistSemiQuantitative}.
 *
 * @category Risk
 * @example
 * ```ts
 * const options: FromNistSemiQuantitativeOptions = { scale: "0-10" };
 * ```
 */
export interface FromNistSemiQuantitativeOptions {
  /**
   * `"0-100"` (default): the ranges 0–4, 5–20, 21–79, 80–95, 96–100. `"0-10"`: the representative
   * values 0, 2, 5, 8, 10; a value in between falls in the range of ten times the value.
   */
  readonly scale?: "0-100" | "0-10";
}

/**
 * Converts a NIST SP 800-30 semi-quantitative value to its qualitative value.
 *
 * On the 0–100 scale the ranges are 0–4 very low, 5–20 low, 21–79 moderate, 80–95 high and 96–100
 * very high. A fractional value between two ranges belongs to the higher one from its lower bound up
 * (4.5 is very low, 20.5 is low, 21 is moderate): the bands are `[0, 5)`, `[5, 21)`, `[21, 80)`,
 * `[80, 96)`, `[96, 100]`.
 *
 * @category Risk
 * @param score - The value to convert.
 * @param options - `{ scale: "0-10" }` for the 0–10 values.
 * @returns The qualitative value, `"very-low"` … `"very-high"`.
 * @throws {RiskMethodError} When the value is not a number or is outside the scale.
 * @example
 * ```ts
 * fromNistSemiQuantitative(85)
 * //=> "high"
 * fromNistSemiQuantitative(5, { scale: "0-10" })
 * //=> "moderate"
 * ```
 */
export function fromNistSemiQuantitative(score: number, options?: FromNistSemiQuantitativeOptions): NistLevel {
  const scale = readOptions(options, "fromNistSemiQuantitative").scale ?? "0-100";
  if (scale !== "0-100" && scale !== "0-10") {
    throw argumentError("fromNistSemiQuantitative", ["options", "scale"], "invalid_value", `expected "0-100" or "0-10"; found ${describeValue(scale)}`);
  }
  const top = scale === "0-10" ? 10 : 100;
  if (typeof score !== "number" || !Number.isFinite(score)) {
    throw new RiskMethodError("Invalid NIST SP 800-30 semi-quantitative value", [issue([], "invalid_type", `expected a number from 0 to ${top}; found ${describeValue(score)}`)]);
  }
  if (score < 0 || score > top) {
    throw new RiskMethodError("Invalid NIST SP 800-30 semi-quantitative value", [issue([], "out_of_range", `expected a number from 0 to ${top}; found ${describeValue(score)}`)]);
  }
  const percent = scale === "0-10" ? score * 10 : score;
  let level: NistLevel = "very-low";
  for (const row of nistSemiQuantitativeScale) if (percent >= row.min) level = row.level;
  return level;
}
