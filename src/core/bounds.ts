import * as z from "zod";

/**
 * The bounds of the numbers a document may hold: what makes sense for an ISMS, so that whatever
 * `parseIsms` accepts can be computed with, drawn and exported (docs/modelling.md lists them).
 */

/** The longest interval, in months, between assessments, reviews or measurements: ten years. */
export const MAX_INTERVAL_MONTHS = 120;

/** The longest period, in days, an organisation may set as a target or limit (remediation, closure …): ten years. */
export const MAX_PERIOD_DAYS = 3650;

/** The most steps a likelihood or impact scale, and the most levels a risk matrix may have. */
export const MAX_SCALE_STEPS = 20;

/** The largest number of people an organisation may state (the largest employers have about 2 million). */
export const MAX_EMPLOYEES = 10_000_000;

/** The largest magnitude of a measured or scale value, and of an amount of money: 10^15. */
export const MAX_MAGNITUDE = 1e15;

/** An interval in whole months, from 1 to {@link MAX_INTERVAL_MONTHS}. */
export function intervalMonthsSchema() {
  return z
    .int({ error: "expected a whole number of months" })
    .min(1, { error: "expected at least 1 month" })
    .max(MAX_INTERVAL_MONTHS, { error: `expected at most ${MAX_INTERVAL_MONTHS} months (ten years)` });
}

/** A finite number from −10^15 to 10^15. */
export function boundedNumberSchema() {
  return z
    .number()
    .finite()
    .min(-MAX_MAGNITUDE, { error: "expected a number of at least -10^15" })
    .max(MAX_MAGNITUDE, { error: "expected a number of at most 10^15" });
}
