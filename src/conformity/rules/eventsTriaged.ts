import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { gradeLapses, located, unlessRecords } from "../_lib/operations";
import { quote } from "../_lib/text";

/** Annex A 5.25: every event is assessed and decided on. @category Conformity */
export const eventsTriaged = builtInRule({
  id: "A.5.25-events-triaged",
  controlId: "5.25",
  title: "Events are assessed and decided on",
  description: `When control 5.25 is applicable, every recorded incident or event detected before the day of the check carries the triage decision: whether it is an incident, its category and severity, and who decided when (\`triage\`). Minor for each one without, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the recorded incidents and events). An auditor samples incidents and asks who classified them and on what grounds; a record without the decision cannot show it.`,
  severity: "minor",
  stage: 2,
  hint: "Record the triage decision (`triage`: decidedAt, decidedById, classification, and the notification duties it found) for each incident.",
  reads: ["incidents"],
  check(isms, { asOf, index, gradingPolicy }) {
    const recorded = located(isms.incidents, "incidents", (x) => x.detectedOn < asOf);
    const skip = unlessRecords("5.25", index, recorded, "no incident or event has been recorded");
    if (skip) return skip;
    const lapses = recorded
      .filter(({ value }) => value.triage === undefined)
      .map(({ value, pointer }) => ({ item: value, message: `the ${value.severity} incident ${quote(value.title)} detected on ${value.detectedOn} records no triage decision (whether it is an incident, its severity, who decided)`, refs: [pointer] }));
    return gradeLapses(lapses, recorded.length, gradingPolicy, "recorded incidents record no triage decision", (x) => x.id);
  },
});
