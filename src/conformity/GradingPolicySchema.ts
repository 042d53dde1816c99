import * as z from "zod";
import { deepFreeze } from "../core/deepFreeze";
import { lazyShape } from "../core/lazyShape";

const Escalation = z.enum(["major", "minor"]);

/**
 * How {@link checkConformity} grades findings, as data: the thresholds and escalations a
 * certification body applies under ISO/IEC 17021-1 practice. {@link defaultGradingPolicy} follows
 * that practice; pass an override to grade more strictly or more leniently, and the report records
 * the policy it used.
 *
 * - `systemic`: where a rule checks many items of one kind, affected items are one pattern — a
 *   single major finding — when they are more than `share` of the population **and** at least
 *   `minimumAffected` (the absolute floor, so one item of a dozen is never a pattern).
 * - `minorsPerRequirement`: minor findings of this many different rules against one requirement (a
 *   clause, or an Annex A control) are a breakdown of the requirement; each is raised to major.
 * - `repeatedNonconformity`: a minor finding against a requirement on which a certification body
 *   raised a nonconformity in the current cycle is a repeat; graded this.
 * - `uncorrectedCertificationNonconformity`: a nonconformity a certification body raised that was
 *   still not corrected when its next audit took place; graded this.
 * - `requiredActivityAbsent`: no management review or internal audit within its interval (and the
 *   slack the parameters allow); graded this.
 *
 * @category Conformity
 * @example
 * ```ts
 * const strict: GradingPolicy = GradingPolicySchema.parse({ ...defaultGradingPolicy, minorsPerRequirement: 2 });
 * strict.systemic
 * //=> { share: 0.25, minimumAffected: 3 }
 * GradingPolicySchema.safeParse({ ...defaultGradingPolicy, minorsPerRequirement: 1 }).success
 * //=> false
 * ```
 */
export const GradingPolicySchema = z
  .strictObject(lazyShape(() => ({
    systemic: z
      .strictObject(lazyShape(() => ({
        share: z.number().min(0).max(1).register(z.globalRegistry, { description: "The share of a population above which affected items are a pattern." }),
        minimumAffected: z.int().min(2).max(1000).register(z.globalRegistry, { description: "The fewest affected items that can make a pattern." }),
      })))
      .register(z.globalRegistry, { description: "When many lapses of one kind are one major finding." }),
    minorsPerRequirement: z.int().min(2).max(100).register(z.globalRegistry, { description: "Minor findings of this many different rules against one clause or control make each of them major." }),
    repeatedNonconformity: Escalation.describe("The grade of a minor finding that repeats a certification body's nonconformity of the current cycle."),
    uncorrectedCertificationNonconformity: Escalation.describe("The grade of a certification body's nonconformity not corrected by its next audit."),
    requiredActivityAbsent: Escalation.describe("The grade when no management review or internal audit was held within its interval."),
  })))
  .register(z.globalRegistry, { description: "How findings are graded: ISO/IEC 17021-1 practice by default." });

/**
 * A grading policy, inferred from {@link GradingPolicySchema}.
 *
 * @category Conformity
 * @example
 * ```ts
 * const policy: GradingPolicy = { ...defaultGradingPolicy, repeatedNonconformity: "minor" };
 * GradingPolicySchema.safeParse(policy).success
 * //=> true
 * ```
 */
export type GradingPolicy = z.infer<typeof GradingPolicySchema>;

/**
 * The grading policy {@link checkConformity} applies unless given another, following ISO/IEC 17021-1
 * practice: a pattern is more than a quarter of the items and at least three; minors of three
 * different rules against one requirement, a repeated nonconformity, a certification body's
 * nonconformity not corrected by its next audit, and a management review or internal audit not held
 * within its period are all major. Deeply frozen.
 *
 * @category Conformity
 * @example
 * ```ts
 * defaultGradingPolicy.minorsPerRequirement
 * //=> 3
 * defaultGradingPolicy.requiredActivityAbsent
 * //=> "major"
 * ```
 */
export const defaultGradingPolicy: GradingPolicy = deepFreeze({
  systemic: { share: 0.25, minimumAffected: 3 },
  minorsPerRequirement: 3,
  repeatedNonconformity: "major",
  uncorrectedCertificationNonconformity: "major",
  requiredActivityAbsent: "major",
});
