import { daysBetween } from "../../core/calendar";
import { unlessApplicable } from "../_lib/applicability";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { quote } from "../_lib/text";

const LIMIT_DAYS = { critical: 30, high: 90 } as const;

/** Annex A 8.8: technical vulnerabilities are dealt with in time. @category Conformity */
export const vulnerabilitiesHandled = builtInRule({
  id: "A.8.8-vulnerabilities-handled",
  controlId: "8.8",
  title: "Serious vulnerabilities are dealt with in time",
  description: "When control 8.8 is applicable, no critical vulnerability is open more than 30 days after it was identified, and no high one more than 90 days. Minor for each.",
  severity: "minor",
  stage: 2,
  hint: "Fix or mitigate the vulnerability, or accept it formally (`status: \"accepted\"`) with the risk owner.",
  check(isms, { asOf, index }) {
    const skip = unlessApplicable("8.8", index);
    if (skip) return skip;
    if (isms.vulnerabilities.length === 0) return { notAssessable: "no vulnerability is recorded" };
    return isms.vulnerabilities.flatMap((v, i) => {
      if (v.status !== "open" || v.identifiedOn === undefined || (v.severity !== "critical" && v.severity !== "high")) return [];
      const age = daysBetween(v.identifiedOn, asOf);
      return age > LIMIT_DAYS[v.severity] ? [{ message: `the ${v.severity} vulnerability ${quote(v.name)} has been open since ${v.identifiedOn} (${age} days)`, refs: [pointer("vulnerabilities", i)] }] : [];
    });
  },
});
