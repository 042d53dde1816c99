import { builtInRule } from "../_lib/builtInRule";
import { doneEvents } from "../_lib/datedRecords";
import { comparePointers } from "../_lib/pointers";
import { listForMessage, plural } from "../_lib/text";

/** 7.5.3: records do not say that something happened after the day of the check. @category Conformity */
export const recordsNotPostdated = builtInRule({
  id: "7.5.3-records-not-postdated",
  clause: "7.5.3",
  title: "Records are not dated after the day of the check",
  description: "A record that says an audit was performed, evidence collected, a control implemented, an action completed or a review held on a day after `asOf` cannot be evidence of it on `asOf`: the date is a slip, or the record was written ahead of the event. One finding lists them all: an opportunity for improvement for an isolated slip (fewer dates than the grading policy's smallest pattern, by default 3), a minor nonconformity for more (the records are not kept accurate).",
  severity: "minor",
  stage: 2,
  hint: "Correct the dates to the days things happened, or record them as planned (status and planned dates) until they have.",
  check(isms, { asOf, gradingPolicy }) {
    const events = doneEvents(isms);
    if (events.length === 0) return { notAssessable: "no record says when something was done" };
    const postdated = events.filter((event) => event.day > asOf).sort((a, b) => comparePointers(a.ref, b.ref));
    if (postdated.length === 0) return [];
    const isolated = postdated.length < gradingPolicy.systemic.minimumAffected;
    return [
      {
        message: `${plural(postdated.length, "record says", "records say")} something happened after ${asOf}, the day of the check: ${listForMessage(postdated.map((event) => `${event.what} on ${event.day}`), 6)}${isolated ? " (an isolated slip)" : ""}`,
        refs: postdated.map((event) => event.ref),
        ...(isolated ? { severity: "ofi" as const } : {}),
      },
    ];
  },
});
