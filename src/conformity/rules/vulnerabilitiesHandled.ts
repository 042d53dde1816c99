import { daysBetween } from "../../core/calendar";
import { vulnerabilityDueDates } from "../../model/getVulnerabilityDueDate";
import { vulnerabilitySeverity } from "../../model/getVulnerabilitySeverity";
import { builtInRule } from "../_lib/builtInRule";
import { SYSTEMIC_RULE } from "../_lib/grading";
import { gradeLapses, unlessRecords } from "../_lib/operations";
import { describeParameter } from "../_lib/parameters";
import { pointer } from "../_lib/pointers";
import { quote } from "../_lib/text";

/** Annex A 8.8: technical vulnerabilities are dealt with in time. @category Conformity */
export const vulnerabilitiesHandled = builtInRule({
  id: "A.8.8-vulnerabilities-handled",
  controlId: "8.8",
  title: "Vulnerabilities are remediated within their targets",
  description: `When control 8.8 is applicable, no open vulnerability is past its due date — its own \`dueOn\`, else the day it was discovered plus the organisation's remediation target for its severity (\`parameters.vulnerabilityRemediationDays\`; the severity is its own, else the CVSS rating of its score) — unless an approved exception covers the day of the check (whether the exception itself holds is A.8.8-vulnerability-exceptions' concern). Minor for each; ${SYSTEMIC_RULE} (of the open vulnerabilities with a due date).`,
  severity: "minor",
  stage: 2,
  hint: "Fix or mitigate the vulnerability, or approve a time-limited exception (owner, approver, expiry, compensating controls); accept it as a risk (`status: \"accepted\"`) only with its risk owner.",
  reads: ["vulnerabilities"],
  check(isms, { asOf, index, parameters, gradingPolicy }) {
    const skip = unlessRecords("8.8", index, isms.vulnerabilities, "no vulnerability is recorded");
    if (skip) return skip;
    const dueDateOf = vulnerabilityDueDates(parameters);
    const dated = isms.vulnerabilities.flatMap((v, i) => {
      if (v.status !== "open") return [];
      const due = dueDateOf(v);
      return due === undefined ? [] : [{ v, i, due }];
    });
    const lapses = dated.flatMap(({ v, i, due }) => {
      if (due.dueOn >= asOf) return [];
      if (v.exception !== undefined && v.exception.approvedOn <= asOf && v.exception.expiresOn >= asOf) return [];
      const severity = vulnerabilitySeverity(v);
      const since = v.identifiedOn !== undefined ? `has been open since ${v.identifiedOn} (${daysBetween(v.identifiedOn, asOf)} days; ` : `is still open (`;
      const target = due.parameter !== undefined ? `remediation target ${describeParameter(due.parameter)})` : `due ${due.dueOn}, its own due date)`;
      return [{ item: v, message: `the ${severity ?? "unrated"} vulnerability ${quote(v.name)} ${since}${target}`, refs: [pointer("vulnerabilities", i)], ...(due.parameter ? { parameters: [due.parameter] } : {}) }];
    });
    return gradeLapses(lapses, dated.length, gradingPolicy, "open vulnerabilities are past their due date", (v) => v.id);
  },
});
