/**
 * The grades of a conformity finding, as a certification body grades audit findings (ISO/IEC 17021-1),
 * most serious first: `major` (a requirement not met at all, or a breakdown that puts the ISMS's
 * effectiveness in doubt), `minor` (an isolated lapse), `ofi` (an opportunity for improvement: good
 * practice the standard does not strictly require).
 *
 * @category Conformity
 * @example
 * ```ts
 * conformitySeverities
 * //=> ["major", "minor", "ofi"]
 * ```
 */
export const conformitySeverities = Object.freeze(["major", "minor", "ofi"] as const);

/**
 * The grade of a conformity finding: `"major"`, `"minor"` or `"ofi"`.
 *
 * @category Conformity
 * @example
 * ```ts
 * const severity: ConformitySeverity = "minor";
 * conformitySeverities.includes(severity)
 * //=> true
 * ```
 */
export type ConformitySeverity = (typeof conformitySeverities)[number];
