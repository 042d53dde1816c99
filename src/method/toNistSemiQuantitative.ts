import { nistLevels, type NistLevel } from "./nistLevels";
import { nistSemiQuantitativeScale, type NistSemiQuantitativeValue } from "./nistSemiQuantitativeScale";
import { RiskMethodError } from "./RiskMethodError";
import { describeValue, listValues } from "../core/describeValue";
import { issue } from "../core/issue";

/**
 * Converts a NIST SP 800-30 qualitative value to its semi-quantitative value (0–10) and range (0–100).
 *
 * @category Risk
 * @param level - `"very-low"`, `"low"`, `"moderate"`, `"high"` or `"very-high"`.
 * @returns `{ level, value, min, max }`.
 * @throws {RiskMethodError} When `level` is not one of the five values.
 * @example
 * ```ts
 * toNistSemiQuantitative("high")
 * //=> { level: "high", value: 8, min: 80, max: 95 }
 * ```
 */
export function toNistSemiQuantitative(level: NistLevel): NistSemiQuantitativeValue {
  const row = nistSemiQuantitativeScale.find((r) => r.level === level);
  if (row === undefined) {
    throw new RiskMethodError("Invalid NIST SP 800-30 value", [issue([], "unknown_level", `${describeValue(level)} is not a NIST SP 800-30 qualitative value (expected one of ${listValues(nistLevels)})`)]);
  }
  return row;
}
