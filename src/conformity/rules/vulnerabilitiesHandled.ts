import { daysBetween } from "../../core/calendar";
import { unlessApplicable } from "../_lib/applicability";
import { builtInRule } from "../_lib/builtInRule";
import { describeParameter } from "../_lib/parameters";
import { pointer } from "../_lib/pointers";
import { quote } from "../_lib/text";

/** Annex A 8.8: technical vulnerabilities are dealt with in time. @category Conformity */
export const vulnerabilitiesHandled = builtInRule({
  id: "A.8.8-vulnerabilities-handled",
  controlId: "8.8",
  title: "Vulnerabilities are remediated within their targets",
  description:
    "When control 8.8 is applicable, no vulnerability with a severity is open longer after it was identified than the organisation's remediation target for that severity (`parameters.vulnerabilityRemediationDays`). Minor for each.",
  severity: "minor",
  stage: 2,
  hint: "Fix or mitigate the vulnerability, or accept it formally (`status: \"accepted\"`) with the risk owner.",
  check(isms, { asOf, index, parameters }) {
    const skip = unlessApplicable("8.8", index);
    if (skip) return skip;
    if (isms.vulnerabilities.length === 0) return { notAssessable: "no vulnerability is recorded" };
    return isms.vulnerabilities.flatMap((v, i) => {
      if (v.status !== "open" || v.identifiedOn === undefined || v.severity === undefined) return [];
      const target = parameters[`vulnerabilityRemediationDays.${v.severity}`];
      const age = daysBetween(v.identifiedOn, asOf);
      return age > target.value
        ? [{ message: `the ${v.severity} vulnerability ${quote(v.name)} has been open since ${v.identifiedOn} (${age} days; remediation target ${describeParameter(target)})`, refs: [pointer("vulnerabilities", i)], parameters: [target] }]
        : [];
    });
  },
});
