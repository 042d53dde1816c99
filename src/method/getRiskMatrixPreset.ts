import type { RiskMatrix } from "./RiskMatrix";
import { riskMatrixPresets, type RiskMatrixPresetName } from "./riskMatrixPresets";

/**
 * Looks up a built-in risk matrix by name, for names that come from data (a document's
 * `riskMethod.preset`).
 *
 * @category Risk
 * @param name - A preset name such as `"5x5"` or `"nist-800-30"`.
 * @returns The preset, or `undefined` when there is no preset of that name.
 * @example
 * ```ts
 * getRiskMatrixPreset("nist-800-30")?.levels.length
 * //=> 5
 * getRiskMatrixPreset("6x6")
 * //=> undefined
 * ```
 */
export function getRiskMatrixPreset(name: RiskMatrixPresetName): RiskMatrix;
/**
 * Looks up a built-in risk matrix by a name that may not be a preset's.
 *
 * @category Risk
 * @param name - Any string, e.g. a document's `riskMethod.preset`.
 * @returns The preset, or `undefined` when there is no preset of that name.
 */
export function getRiskMatrixPreset(name: string): RiskMatrix | undefined;
export function getRiskMatrixPreset(name: string): RiskMatrix | undefined {
  return typeof name === "string" && Object.hasOwn(riskMatrixPresets, name) ? riskMatrixPresets[name as RiskMatrixPresetName] : undefined;
}

