import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE } from "../_lib/grading";
import { hasText } from "../../core/collections";
import { isIncident, located, unlessRecords } from "../_lib/operations";
import { quote } from "../_lib/text";

/** Annex A 5.34: every personal data breach is assessed for notification, and the decision recorded. @category Conformity */
export const breachesAssessed = builtInRule({
  id: "A.5.34-breaches-assessed",
  controlId: "5.34",
  title: "Personal data breaches are assessed for notification",
  description:
    `When control 5.34 is applicable, every incident recorded as a personal data breach carries a triage decision that either names the GDPR notifications it requires (\`triage.regimes\`: gdpr-authority, gdpr-data-subjects or gdpr-controller) or says why none is needed (\`triage.rationale\`: the breach is unlikely to result in a risk to people). GDPR Art. 33(5) requires every breach to be documented with this reasoning. Minor for each breach without it, ${ISOLATED_LAPSE}; whether the notifications were then sent in time is A.5.26's concern.`,
  severity: "minor",
  stage: 2,
  hint: "Assess the breach (risk to the people concerned) and record the decision: the GDPR notifications it requires, or the rationale for none.",
  reads: ["incidents"],
  check(isms, { asOf, index }) {
    const breaches = located(isms.incidents, "incidents", (x) => x.personalDataBreach && isIncident(x) && x.detectedOn <= asOf);
    const skip = unlessRecords("5.34", index, breaches, "no personal data breach has been recorded");
    if (skip) return skip;
    return breaches.flatMap(({ value: x, pointer }) => {
      const gdpr = x.triage?.regimes.some((r) => r.startsWith("gdpr-")) ?? false;
      if (gdpr || hasText(x.triage?.rationale)) return [];
      return [{ message: `the personal data breach ${quote(x.title)} detected on ${x.detectedOn} records no decision on notifying the authority or the people concerned`, refs: [x.triage ? `${pointer}/triage` : pointer] }];
    });
  },
});
