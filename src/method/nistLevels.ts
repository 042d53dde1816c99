/**
 * The five qualitative values of NIST SP 800-30 Rev. 1 assessment scales, lowest first. The same ids
 * are used for likelihood, impact and level of risk in the `nist-800-30` preset.
 *
 * @category Risk
 * @example
 * ```ts
 * nistLevels
 * //=> ["very-low", "low", "moderate", "high", "very-high"]
 * ```
 */
export const nistLevels = Object.freeze(["very-low", "low", "moderate", "high", "very-high"] as const);

/**
 * One of the five NIST SP 800-30 qualitative values: `"very-low"` … `"very-high"`.
 *
 * @category Risk
 * @example
 * ```ts
 * const level: NistLevel = "moderate";
 * ```
 */
export type NistLevel = (typeof nistLevels)[number];
