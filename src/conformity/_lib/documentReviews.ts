import type { IsmsDocument } from "../../model/DocumentSchema";
import type { IsmsParameter } from "../../model/resolveIsmsParameters";
import type { ConformityRuleFinding } from "../ConformityRule";
import type { GradingPolicy } from "../GradingPolicySchema";
import { shiftMonths } from "./dates";
import { gradeItems } from "./grading";
import { describeParameter } from "./parameters";
import { listForMessage, plural, quote } from "./text";

/**
 * Judges whether approved documents were reviewed within their own interval, else the
 * organisation's (`fallback`): minor for each overdue document, one major when overdue documents
 * are a pattern, and — when the organisation set no interval at all — an opportunity for improvement
 * listing those without one that are not overdue.
 */
export function reviewFindings(
  documents: readonly { d: IsmsDocument; ref: string }[],
  fallback: IsmsParameter,
  asOf: string,
  policy: GradingPolicy,
  [noun, nouns]: readonly [string, string],
): ConformityRuleFinding[] {
  const judged = documents.map(({ d, ref }) => {
    const last = d.lastReviewedOn ?? d.approval?.approvedOn ?? d.publishedOn;
    const months = d.reviewIntervalMonths ?? fallback.value;
    const due = last === undefined ? undefined : shiftMonths(last, months);
    return { d, ref, last, due, overdue: due === undefined || due < asOf, own: d.reviewIntervalMonths !== undefined };
  });
  const every = (own: boolean) => (own ? "its own interval" : `every ${describeParameter(fallback)}`);
  const out = gradeItems(
    judged.filter((j) => j.overdue),
    judged.length,
    policy,
    ({ d, ref, last, due, own }) => ({
      message: due === undefined ? `${noun} ${quote(d.title)} has no record of a review or approval date` : `${noun} ${quote(d.title)} was due for review on ${due} (last reviewed ${last!}; ${every(own)})`,
      refs: [ref],
      ...(own ? {} : { parameters: [fallback] }),
    }),
    (all) => ({
      message: `${all.length} of ${judged.length} approved ${nouns} are overdue for review: ${listForMessage(all.map(({ d }) => d.id))}`,
      refs: all.map(({ ref }) => ref),
      ...(all.some((j) => !j.own) ? { parameters: [fallback] } : {}),
    }),
  );
  const unplanned = fallback.source === "default" ? judged.filter((j) => !j.own && !j.overdue) : [];
  if (unplanned.length > 0) {
    out.push({
      severity: "ofi",
      message: `${plural(unplanned.length, `approved ${noun}`, `approved ${nouns}`)} ${unplanned.length === 1 ? "has" : "have"} no planned review interval (judged by the ${describeParameter(fallback)} interval): ${listForMessage(unplanned.map(({ d }) => d.id))}`,
      refs: unplanned.map(({ ref }) => ref),
      parameters: [fallback],
      hint: "Set a `reviewIntervalMonths` on the document, or the organisation's interval in `parameters`.",
    });
  }
  return out;
}
