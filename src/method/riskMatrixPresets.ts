import { defineRiskMatrix } from "./defineRiskMatrix";
import type { RiskMatrix } from "./RiskMatrix";

const GREEN = "#1a9850";
const LIGHT_GREEN = "#91cf60";
const YELLOW = "#fee08b";
const ORANGE = "#fc8d59";
const RED = "#d73027";

const preset3x3 = /* @__PURE__ */ defineRiskMatrix({
  id: "3x3",
  name: "3×3 qualitative matrix",
  description: "A simple three-level method for small organisations.",
  likelihood: [
    { id: "unlikely", label: "Unlikely", description: "Not expected to happen in the next three years.", value: 1 },
    { id: "possible", label: "Possible", description: "Could happen in the next three years.", value: 2 },
    { id: "likely", label: "Likely", description: "Expected to happen within a year.", value: 3 },
  ],
  impact: [
    { id: "minor", label: "Minor", description: "Noticeable, handled in normal operations.", value: 1 },
    { id: "moderate", label: "Moderate", description: "Disrupts a service or breaches an obligation; recoverable within days.", value: 2 },
    { id: "major", label: "Major", description: "Threatens key services, customers, legal standing or finances.", value: 3 },
  ],
  levels: [
    { id: "low", label: "Low", description: "Acceptable; monitor.", color: GREEN },
    { id: "medium", label: "Medium", description: "Treat where cost-effective, or accept with the risk owner's approval.", color: YELLOW },
    { id: "high", label: "High", description: "Treat; top management is informed.", color: RED },
  ],
  grid: [
    [0, 0, 1],
    [0, 1, 2],
    [1, 2, 2],
  ],
  acceptance: { maxLevel: "low", description: "Low risks may be retained by the risk owner without further treatment." },
});

const preset4x4 = /* @__PURE__ */ defineRiskMatrix({
  id: "4x4",
  name: "4×4 qualitative matrix",
  description: "Four steps of likelihood and impact; levels follow the product of the ranks (1–2 low, 3–4 medium, 6–9 high, 12–16 critical).",
  likelihood: [
    { id: "unlikely", label: "Unlikely", description: "Less than once in five years.", value: 1 },
    { id: "possible", label: "Possible", description: "Once in one to five years.", value: 2 },
    { id: "likely", label: "Likely", description: "Once or a few times a year.", value: 3 },
    { id: "almost-certain", label: "Almost certain", description: "Many times a year, or already happening.", value: 4 },
  ],
  impact: [
    { id: "minor", label: "Minor", description: "Little effect; handled in normal operations.", value: 1 },
    { id: "moderate", label: "Moderate", description: "Limited disruption or exposure; recoverable within days.", value: 2 },
    { id: "major", label: "Major", description: "Serious disruption, data breach or legal consequences.", value: 3 },
    { id: "severe", label: "Severe", description: "Threatens the organisation's continuity or licence to operate.", value: 4 },
  ],
  levels: [
    { id: "low", label: "Low", description: "Acceptable; monitor.", color: GREEN },
    { id: "medium", label: "Medium", description: "Treat where cost-effective, or accept with the risk owner's approval.", color: YELLOW },
    { id: "high", label: "High", description: "Treat with a plan and a deadline.", color: ORANGE },
    { id: "critical", label: "Critical", description: "Treat at once; top management decides.", color: RED },
  ],
  grid: [
    [0, 0, 1, 1],
    [0, 1, 2, 2],
    [1, 2, 2, 3],
    [1, 2, 3, 3],
  ],
  acceptance: { maxLevel: "low", description: "Low risks may be retained by the risk owner without further treatment." },
});

const preset5x5 = /* @__PURE__ */ defineRiskMatrix({
  id: "5x5",
  name: "5×5 qualitative matrix",
  description: "Five steps of likelihood and impact; levels follow the product of the ranks (1–3 low, 4–6 medium, 8–12 high, 15–25 critical).",
  likelihood: [
    { id: "rare", label: "Rare", description: "Less than once in ten years.", value: 1 },
    { id: "unlikely", label: "Unlikely", description: "Once in three to ten years.", value: 2 },
    { id: "possible", label: "Possible", description: "Once in one to three years.", value: 3 },
    { id: "likely", label: "Likely", description: "Once or a few times a year.", value: 4 },
    { id: "almost-certain", label: "Almost certain", description: "Monthly or more often, or already happening.", value: 5 },
  ],
  impact: [
    { id: "insignificant", label: "Insignificant", description: "No noticeable effect.", value: 1 },
    { id: "minor", label: "Minor", description: "Small, local effect; handled in normal operations.", value: 2 },
    { id: "moderate", label: "Moderate", description: "Disrupts a service or exposes limited data; recoverable within days.", value: 3 },
    { id: "major", label: "Major", description: "Serious disruption, breach of personal data or of a contract, regulator involved.", value: 4 },
    { id: "severe", label: "Severe", description: "Threatens the organisation's continuity, finances or licence to operate.", value: 5 },
  ],
  levels: [
    { id: "low", label: "Low", description: "Acceptable; monitor.", color: GREEN },
    { id: "medium", label: "Medium", description: "Treat where cost-effective, or accept with the risk owner's approval.", color: YELLOW },
    { id: "high", label: "High", description: "Treat with a plan and a deadline.", color: ORANGE },
    { id: "critical", label: "Critical", description: "Treat at once; top management decides.", color: RED },
  ],
  grid: [
    [0, 0, 0, 1, 1],
    [0, 1, 1, 2, 2],
    [0, 1, 2, 2, 3],
    [1, 2, 2, 3, 3],
    [1, 2, 3, 3, 3],
  ],
  acceptance: { maxLevel: "low", description: "Low risks may be retained by the risk owner without further treatment." },
});

const presetIso27005 = /* @__PURE__ */ defineRiskMatrix({
  id: "iso-27005-5x5",
  name: "5×5 matrix in the style of ISO/IEC 27005:2022 Annex A",
  description:
    "Likelihood and consequence scales of five steps as in the examples of ISO/IEC 27005:2022 Annex A; levels follow the sum of the ranks. Labels and descriptions are isms-kit's own.",
  likelihood: [
    { id: "rare", label: "Rare", description: "Not expected to occur; no known occurrence here or at comparable organisations.", value: 1 },
    { id: "unlikely", label: "Unlikely", description: "Could occur at some time; has occurred elsewhere.", value: 2 },
    { id: "possible", label: "Possible", description: "Might well occur; has occurred here or often elsewhere.", value: 3 },
    { id: "likely", label: "Likely", description: "Will probably occur; occurs here from time to time.", value: 4 },
    { id: "almost-certain", label: "Almost certain", description: "Expected to occur, or occurring regularly.", value: 5 },
  ],
  impact: [
    { id: "minor", label: "Minor", description: "Barely noticeable consequences, absorbed by normal operations.", value: 1 },
    { id: "significant", label: "Significant", description: "Noticeable consequences for a service, a customer or an obligation; quickly remedied.", value: 2 },
    { id: "serious", label: "Serious", description: "Consequences that need management attention and extra resources to remedy.", value: 3 },
    { id: "critical", label: "Critical", description: "Lasting harm to key activities, to interested parties or to compliance.", value: 4 },
    { id: "catastrophic", label: "Catastrophic", description: "Consequences the organisation may not survive.", value: 5 },
  ],
  levels: [
    { id: "very-low", label: "Very low", description: "Acceptable.", color: GREEN },
    { id: "low", label: "Low", description: "Acceptable with the risk owner's approval; monitor.", color: LIGHT_GREEN },
    { id: "medium", label: "Medium", description: "Treat where cost-effective.", color: YELLOW },
    { id: "high", label: "High", description: "Treat with a plan and a deadline.", color: ORANGE },
    { id: "very-high", label: "Very high", description: "Treat at once; top management decides.", color: RED },
  ],
  grid: [
    [0, 0, 1, 1, 2],
    [0, 1, 1, 2, 3],
    [1, 1, 2, 3, 3],
    [1, 2, 3, 3, 4],
    [2, 3, 3, 4, 4],
  ],
  acceptance: { maxLevel: "low", description: "Very low and low risks may be retained by the risk owner." },
});

const presetNist = /* @__PURE__ */ defineRiskMatrix({
  id: "nist-800-30",
  name: "NIST SP 800-30 Rev. 1",
  description:
    "Level of risk from overall likelihood and level of impact, NIST SP 800-30 Rev. 1 Table I-2. Scale values are the semi-quantitative values 0, 2, 5, 8, 10.",
  likelihood: [
    { id: "very-low", label: "Very Low", description: "The threat event is highly unlikely to occur and cause adverse impacts.", value: 0 },
    { id: "low", label: "Low", description: "The threat event is unlikely to occur and cause adverse impacts.", value: 2 },
    { id: "moderate", label: "Moderate", description: "The threat event is somewhat likely to occur and cause adverse impacts.", value: 5 },
    { id: "high", label: "High", description: "The threat event is highly likely to occur and cause adverse impacts.", value: 8 },
    { id: "very-high", label: "Very High", description: "The threat event is almost certain to occur and cause adverse impacts.", value: 10 },
  ],
  impact: [
    { id: "very-low", label: "Very Low", description: "Negligible adverse effect on operations, assets, individuals, other organisations or the Nation.", value: 0 },
    { id: "low", label: "Low", description: "Limited adverse effect: noticeably reduced effectiveness, minor damage, minor financial loss or minor harm.", value: 2 },
    { id: "moderate", label: "Moderate", description: "Serious adverse effect: significantly reduced effectiveness, significant damage, loss or harm.", value: 5 },
    { id: "high", label: "High", description: "Severe or catastrophic adverse effect: loss of primary functions, major damage or loss, serious harm.", value: 8 },
    { id: "very-high", label: "Very High", description: "Multiple severe or catastrophic adverse effects.", value: 10 },
  ],
  levels: [
    { id: "very-low", label: "Very Low", description: "A threat event could be expected to have a negligible adverse effect.", value: 0, color: GREEN },
    { id: "low", label: "Low", description: "A threat event could be expected to have a limited adverse effect.", value: 2, color: LIGHT_GREEN },
    { id: "moderate", label: "Moderate", description: "A threat event could be expected to have a serious adverse effect.", value: 5, color: YELLOW },
    { id: "high", label: "High", description: "A threat event could be expected to have a severe or catastrophic adverse effect.", value: 8, color: ORANGE },
    { id: "very-high", label: "Very High", description: "A threat event could be expected to have multiple severe or catastrophic adverse effects.", value: 10, color: RED },
  ],
  grid: [
    [0, 0, 0, 1, 1], // very low likelihood
    [0, 1, 1, 1, 2], // low
    [0, 1, 2, 2, 3], // moderate
    [0, 1, 2, 3, 4], // high
    [0, 1, 2, 3, 4], // very high
  ],
  acceptance: { maxLevel: "low", description: "Very low and low risks may be accepted by the authorising official." },
});

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
 * Built-in risk methods, keyed by name. Each is a validated, deep-frozen {@link RiskMatrix} with
 * default acceptance criteria; use one as is, or spread it into {@link defineRiskMatrix} to adapt it.
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
export const riskMatrixPresets: Readonly<Record<RiskMatrixPresetName, RiskMatrix>> = /* @__PURE__ */ Object.freeze({
  "3x3": preset3x3,
  "4x4": preset4x4,
  "5x5": preset5x5,
  "iso-27005-5x5": presetIso27005,
  "nist-800-30": presetNist,
});
