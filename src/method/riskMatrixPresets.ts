import presets from "../../catalog/presets/risk-matrices.json" with { type: "json" };
import { defineRiskMatrix } from "./defineRiskMatrix";
import type { RiskMatrix } from "./RiskMatrix";
import type { RiskMatrixDefinition } from "./RiskMethodSchema";

/**
 * The name of a built-in risk matrix preset.
 *
 * @category Risk
 * @example
 * ```ts
 * const name: RiskMatrixPresetName = "nist-800-30";
 * ```
 */
export type RiskMatrixPresetName = "3x3" | "4x4" | "5x5" | "iso-27005-5x5" | "nist-800-30";

/**
 * Built-in risk methods, keyed by name: the data of `catalog/presets/risk-matrices.json`, each a
 * validated, deep-frozen {@link RiskMatrix} with default acceptance criteria; use one as is, or
 * spread it into {@link defineRiskMatrix} to adapt it.
 *
 * - `"3x3"`: unlikely/possible/likely × minor/moderate/major → low/medium/high; accepts up to low.
 * - `"4x4"`: unlikely … almost-certain × minor … severe → low/medium/high/critical; accepts up to low.
 * - `"5x5"`: rare … almost-certain × insignificant … severe → low/medium/high/critical; accepts up to low.
 * - `"iso-27005-5x5"`: rare … almost-certain × minor … catastrophic (consequence) → very-low … very-high,
 *   in the style of the ISO/IEC 27005:2022 Annex A examples; accepts up to low.
 * - `"nist-800-30"`: very-low/low/moderate/high/very-high on all three scales, semi-quantitative values
 *   0, 2, 5, 8, 10, grid of NIST SP 800-30 Rev. 1 Table I-2; accepts up to low.
 *
 * @category Risk
 * @example
 * ```ts
 * Object.keys(riskMatrixPresets)
 * //=> ["3x3", "4x4", "5x5", "iso-27005-5x5", "nist-800-30"]
 * riskMatrixPresets["5x5"].acceptance?.maxLevel
 * //=> "low"
 * ```
 */
export const riskMatrixPresets: Readonly<Record<RiskMatrixPresetName, RiskMatrix>> = /* @__PURE__ */ lazyPresets();

/**
 * The presets as an object of getters, each validating its matrix on first read and keeping it:
 * importing isms-kit validates no matrix that nobody uses (the import stays short).
 */
function lazyPresets(): Readonly<Record<RiskMatrixPresetName, RiskMatrix>> {
  const out = {} as Record<RiskMatrixPresetName, RiskMatrix>;
  for (const definition of presets as RiskMatrixDefinition[]) {
    let matrix: RiskMatrix | undefined;
    Object.defineProperty(out, definition.id, { enumerable: true, configurable: false, get: () => (matrix ??= defineRiskMatrix(definition)) });
  }
  return Object.freeze(out);
}
