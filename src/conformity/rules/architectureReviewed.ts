import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE } from "../_lib/grading";
import { shiftMonths } from "../_lib/dates";
import { located, unlessRecords } from "../_lib/operations";
import { describeParameter } from "../_lib/parameters";
import { quote } from "../_lib/text";

/** Annex A 8.27: the security architecture of in-house systems is reviewed. @category Conformity */
export const architectureReviewed = builtInRule({
  id: "A.8.27-architecture-reviewed",
  controlId: "8.27",
  title: "In-house systems' security architecture is reviewed",
  description:
    `When control 8.27 is applicable, every active system developed in-house had its security architecture or threat model reviewed (\`architectureReviewedOn\`) within the organisation's interval for documented information (\`parameters.documentReviewIntervalMonths\`). Minor for each system never reviewed or overdue, ${ISOLATED_LAPSE}.`,
  severity: "minor",
  stage: 2,
  hint: "Review the system's architecture against the organisation's secure engineering principles (threat model, trust boundaries, data flows) and record when.",
  reads: ["systems"],
  check(isms, { asOf, index, parameters }) {
    const inHouse = located(isms.systems, "systems", (s) => s.status === "active" && s.developedInHouse);
    const skip = unlessRecords("8.27", index, inHouse, "no active system is developed in-house");
    if (skip) return skip;
    const interval = parameters.documentReviewIntervalMonths;
    return inHouse.flatMap(({ value: s, pointer }) => {
      if (s.architectureReviewedOn === undefined) return [{ message: `in-house system ${quote(s.name)} has no security architecture review or threat model on record`, refs: [pointer] }];
      const due = shiftMonths(s.architectureReviewedOn, interval.value);
      return due >= asOf ? [] : [{ message: `the security architecture of ${quote(s.name)} was last reviewed on ${s.architectureReviewedOn} (every ${describeParameter(interval)})`, refs: [`${pointer}/architectureReviewedOn`], parameters: [interval] }];
    });
  },
});
