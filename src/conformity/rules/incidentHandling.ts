import { daysBetween } from "../../core/calendar";
import { unlessApplicable } from "../_lib/applicability";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { quote } from "../_lib/text";

const LIMIT_DAYS = { critical: 30, high: 30, medium: 90, low: 90 } as const;

/** Annex A 5.24–5.26: incidents are handled to closure. @category Conformity */
export const incidentHandling = builtInRule({
  id: "A.5.24-incident-handling",
  controlId: "5.24",
  title: "Incidents are resolved in reasonable time",
  description: "When control 5.24 is applicable, no incident is still open or only contained more than 30 days (high, critical) or 90 days (low, medium) after it was detected. Minor for each.",
  severity: "minor",
  stage: 2,
  hint: "Resolve the incident or record why it stays open, and escalate long-running incidents.",
  check(isms, { asOf, index }) {
    const skip = unlessApplicable("5.24", index);
    if (skip) return skip;
    const detected = isms.incidents.flatMap((x, i) => (x.detectedOn <= asOf ? [{ x, ref: pointer("incidents", i) }] : []));
    if (detected.length === 0) return { notAssessable: "no incident has been recorded" };
    return detected
      .filter(({ x }) => (x.status === "open" || x.status === "contained") && daysBetween(x.detectedOn, asOf) > LIMIT_DAYS[x.severity])
      .map(({ x, ref }) => ({ message: `the ${x.severity} incident ${quote(x.title)} detected on ${x.detectedOn} is still ${x.status}`, refs: [ref] }));
  },
});
