import * as z from "zod";
import { lazyShape } from "../core/lazyShape";

const finite = () => z.number().finite();

/** The most events a year a scenario may expect: a million (about two a minute). */
export const MAX_EVENTS_PER_YEAR = 1_000_000;

/** The largest amount of money a loss may have: 10^15 (more than the world's yearly output). */
export const MAX_LOSS = 1e15;

/** The most a lognormal's p95 may exceed its p05: a factor of 10^12. */
const MAX_LOGNORMAL_SPREAD = 1e12;

/** A PERT distribution of values from `minimum` (−`maximum` when left out) to `maximum`, named `what` in messages. */
function pertSchema(minimum: number | undefined, maximum: number, what: string) {
  const bounded = finite().max(maximum, { error: `expected at most ${what}` });
  const bound = minimum === undefined ? bounded.min(-maximum, { error: `expected at least -${what}` }) : bounded.min(minimum);
  return z
    .strictObject(lazyShape(() => ({
      min: bound,
      mode: bound,
      max: bound,
      gamma: finite().positive().max(1_000, { error: "expected a weight of at most 1,000" }).optional().register(z.globalRegistry, { description: "Weight of the mode; default 4 (classic PERT)." }),
    })))
    .superRefine((pert, ctx) => {
      if (!(pert.min <= pert.mode && pert.mode <= pert.max)) {
        ctx.addIssue({
          code: "custom",
          path: ["mode"],
          message: `expected min ≤ mode ≤ max; found min ${pert.min}, mode ${pert.mode}, max ${pert.max}`,
        });
      }
    });
}

/**
 * A Beta-PERT distribution: minimum, most likely value and maximum, with `gamma` (default 4) the
 * weight of the mode. Its mean is `(min + gamma·mode + max) / (gamma + 2)`.
 *
 * @category Risk
 * @example
 * ```ts
 * PertSchema.safeParse({ min: 1, mode: 2, max: 10 }).success
 * //=> true
 * PertSchema.safeParse({ min: 5, mode: 2, max: 10 }).success
 * //=> false
 * ```
 */
export const PertSchema = pertSchema(undefined, MAX_LOSS, "10^15");
/**
 * A Beta-PERT distribution: `{ min, mode, max, gamma? }`.
 *
 * @category Risk
 * @example
 * ```ts
 * const pert: Pert = { min: 1_000, mode: 5_000, max: 50_000 };
 * PertSchema.safeParse(pert).success
 * //=> true
 * ```
 */
export type Pert = z.infer<typeof PertSchema>;

/**
 * How often the loss event happens in a year (loss event frequency):
 *
 * - `{ poisson: { rate } }`: the number of events is Poisson with mean `rate` per year.
 * - `{ pert: { min, mode, max, gamma? } }`: the expected number of events per year is drawn from a
 *   Beta-PERT; the year then has `floor(f)` events plus one more with probability `f − floor(f)`, so
 *   the mean number of events is the PERT mean.
 *
 * @category Risk
 * @example
 * ```ts
 * LossEventFrequencySchema.safeParse({ poisson: { rate: 0.1 } }).success
 * //=> true
 * ```
 */
export const LossEventFrequencySchema = z.union(
  [
    z.strictObject(lazyShape(() => ({
      poisson: z.strictObject(lazyShape(() => ({
        rate: finite()
          .min(0)
          .max(MAX_EVENTS_PER_YEAR, { error: "expected at most 1,000,000 events a year" })
          .register(z.globalRegistry, { description: "Expected events per year." }),
      }))),
    }))),
    z.strictObject(lazyShape(() => ({ pert: pertSchema(0, MAX_EVENTS_PER_YEAR, "1,000,000 events a year").register(z.globalRegistry, { description: "Events per year." }) }))),
  ],
  { error: "expected { poisson: { rate } } or { pert: { min, mode, max, gamma? } }" },
);
/**
 * Loss event frequency: `{ poisson: { rate } }` or `{ pert: { min, mode, max, gamma? } }` events per year.
 *
 * @category Risk
 * @example
 * ```ts
 * const frequency: LossEventFrequency = { pert: { min: 0.5, mode: 2, max: 6 } };
 * LossEventFrequencySchema.safeParse(frequency).success
 * //=> true
 * ```
 */
export type LossEventFrequency = z.infer<typeof LossEventFrequencySchema>;

/**
 * The loss of one event (loss magnitude), in a currency unit:
 *
 * - `{ lognormal: { p05, p95 } }`: a lognormal fitted to the 90% interval: 5% of events cost less
 *   than `p05`, 5% more than `p95` (`mu = (ln p05 + ln p95) / 2`,
 *   `sigma = (ln p95 − ln p05) / (2 × 1.6448536269514722)`).
 * - `{ pert: { min, mode, max, gamma? } }`: a Beta-PERT with `min ≥ 0`.
 *
 * @category Risk
 * @example
 * ```ts
 * LossMagnitudeSchema.safeParse({ lognormal: { p05: 100_000, p95: 1_000_000 } }).success
 * //=> true
 * ```
 */
export const LossMagnitudeSchema = z.union(
  [
    z.strictObject(lazyShape(() => ({
      lognormal: z
        .strictObject(lazyShape(() => ({
          p05: finite().positive().max(MAX_LOSS, { error: "expected an amount of at most 10^15" }),
          p95: finite().positive().max(MAX_LOSS, { error: "expected an amount of at most 10^15" }),
        })))
        .superRefine((ln, ctx) => {
          if (!(ln.p05 < ln.p95)) {
            ctx.addIssue({ code: "custom", path: ["p95"], message: `expected p05 < p95; found p05 ${ln.p05}, p95 ${ln.p95}` });
          } else if (ln.p05 > 0 && ln.p95 <= MAX_LOSS && ln.p95 > ln.p05 * MAX_LOGNORMAL_SPREAD) {
            ctx.addIssue({
              code: "custom",
              path: ["p95"],
              message: `expected p95 at most 10^12 times p05 (a wider spread overflows); found p05 ${ln.p05}, p95 ${ln.p95}`,
              params: { code: "too_big" },
            });
          }
        }),
    }))),
    z.strictObject(lazyShape(() => ({ pert: pertSchema(0, MAX_LOSS, "an amount of 10^15") }))),
  ],
  { error: "expected { lognormal: { p05, p95 } } or { pert: { min, mode, max, gamma? } }" },
);
/**
 * Loss magnitude of one event: `{ lognormal: { p05, p95 } }` or `{ pert: { min, mode, max, gamma? } }`.
 *
 * @category Risk
 * @example
 * ```ts
 * const magnitude: LossMagnitude = { lognormal: { p05: 100_000, p95: 1_000_000 } };
 * LossMagnitudeSchema.safeParse(magnitude).success
 * //=> true
 * ```
 */
export type LossMagnitude = z.infer<typeof LossMagnitudeSchema>;

/**
 * A loss scenario for quantitative (FAIR-style) analysis: loss event frequency × loss magnitude.
 *
 * @category Risk
 * @example
 * ```ts
 * const scenario: LossScenario = LossScenarioSchema.parse({
 *   id: "ransomware",
 *   frequency: { poisson: { rate: 0.1 } },
 *   magnitude: { lognormal: { p05: 100_000, p95: 1_000_000 } },
 * });
 * scenario.id
 * //=> "ransomware"
 * ```
 */
export const LossScenarioSchema = z.strictObject(lazyShape(() => ({
  id: z.string().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  frequency: LossEventFrequencySchema,
  magnitude: LossMagnitudeSchema,
})));
/**
 * A loss scenario for quantitative analysis: `{ id?, name?, description?, frequency, magnitude }`.
 *
 * @category Risk
 * @example
 * ```ts
 * const scenario: LossScenario = {
 *   id: "laptop-theft",
 *   frequency: { pert: { min: 1, mode: 3, max: 8 } },
 *   magnitude: { pert: { min: 500, mode: 2_000, max: 20_000 } },
 * };
 * LossScenarioSchema.safeParse(scenario).success
 * //=> true
 * ```
 */
export type LossScenario = z.infer<typeof LossScenarioSchema>;
