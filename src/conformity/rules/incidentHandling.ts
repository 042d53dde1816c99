import { daysBetween } from "../../core/calendar";
import type { ConformityRuleFinding } from "../ConformityRule";
import { unlessApplicable } from "../_lib/applicability";
import { builtInRule } from "../_lib/builtInRule";
import { describeParameter } from "../_lib/parameters";
import { pointer } from "../_lib/pointers";
import { quote } from "../_lib/text";

/** Annex A 5.24–5.26: incidents are responded to and resolved within the organisation's targets. @category Conformity */
export const incidentHandling = builtInRule({
  id: "A.5.24-incident-handling",
  controlId: "5.24",
  title: "Incidents are responded to and resolved within their targets",
  description:
    "When control 5.24 is applicable, no incident is still open (not yet contained) after the organisation's response target for its severity (`parameters.incidentResponseHours`, judged in whole days since detection), and none is still open or only contained after its closure target (`parameters.incidentClosureDays`). Minor for each.",
  severity: "minor",
  stage: 2,
  hint: "Contain and resolve the incident, or record why it stays open, and escalate long-running incidents.",
  reads: ["incidents"],
  check(isms, { asOf, index, parameters }) {
    const skip = unlessApplicable("5.24", index);
    if (skip) return skip;
    const detected = isms.incidents.flatMap((x, i) => (x.detectedOn <= asOf ? [{ x, ref: pointer("incidents", i) }] : []));
    if (detected.length === 0) return { notAssessable: "no incident has been recorded" };
    const out: ConformityRuleFinding[] = [];
    for (const { x, ref } of detected) {
      if (x.status !== "open" && x.status !== "contained") continue;
      const days = daysBetween(x.detectedOn, asOf);
      const closure = parameters[`incidentClosureDays.${x.severity}`];
      const response = parameters[`incidentResponseHours.${x.severity}`];
      if (days > closure.value) {
        out.push({ message: `the ${x.severity} incident ${quote(x.title)} detected on ${x.detectedOn} is still ${x.status} after ${days} days (closure target ${describeParameter(closure)})`, refs: [ref], parameters: [closure] });
      } else if (x.status === "open" && days * 24 > response.value) {
        out.push({ message: `the ${x.severity} incident ${quote(x.title)} detected on ${x.detectedOn} is still open, not contained, after ${days} days (response target ${describeParameter(response)})`, refs: [ref], parameters: [response] });
      }
    }
    return out;
  },
});
