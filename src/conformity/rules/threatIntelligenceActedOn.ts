import { builtInRule } from "../_lib/builtInRule";
import { shiftDays } from "../_lib/dates";
import { SYSTEMIC_RULE } from "../_lib/grading";
import { gradeLapses, located, unlessRecords } from "../_lib/operations";
import { describeParameter } from "../_lib/parameters";
import { quote } from "../_lib/text";

/** Annex A 5.7: threat intelligence is assessed and acted on. @category Conformity */
export const threatIntelligenceActedOn = builtInRule({
  id: "A.5.7-threat-intelligence-acted-on",
  controlId: "5.7",
  title: "Threat intelligence is assessed and acted on",
  description: `When control 5.7 is applicable, threat intelligence is collected from at least one active source, and every report received longer ago than the organisation's response time (\`parameters.threatIntelligenceResponseDays\`) was judged for relevance and, when relevant, acted on (an action with \`takenOn\`). Minor when no source is active while reports are recorded, and for each report (an isolated lapse, as ISO/IEC 17021-1 grades it) left undetermined or relevant without an action; ${SYSTEMIC_RULE} (of the reports due).`,
  severity: "minor",
  stage: 2,
  hint: "Assess the report's relevance and record what was done (patch, new detection, risk reassessed), or why nothing was needed.",
  reads: ["threatIntelSources", "threatIntelReports"],
  check(isms, { asOf, index, parameters, gradingPolicy }) {
    const skip = unlessRecords("5.7", index, [...isms.threatIntelSources, ...isms.threatIntelReports], "no threat-intelligence source or report is recorded");
    if (skip) return skip;
    const days = parameters.threatIntelligenceResponseDays;
    const before = shiftDays(asOf, -days.value);
    const noSource = isms.threatIntelSources.every((s) => s.status !== "active")
      ? [{ message: "no threat-intelligence source is active: intelligence is not being collected", refs: [isms.threatIntelSources.length > 0 ? "/threatIntelSources" : "/threatIntelReports"] }]
      : [];
    const due = located(isms.threatIntelReports, "threatIntelReports", (r) => r.receivedOn < before && r.relevance !== "not-relevant");
    const all = located(isms.threatIntelReports, "threatIntelReports", (r) => r.receivedOn < before);
    const lapses = due.flatMap(({ value: r, pointer }) => {
      if (r.relevance === "relevant" && r.actions.some((a) => a.takenOn !== undefined && a.takenOn <= asOf)) return [];
      const what = r.relevance === "undetermined" ? "has not been assessed for relevance" : "was judged relevant but no action on it is recorded as taken";
      return [{ item: r, message: `the threat report ${quote(r.title)} received on ${r.receivedOn} ${what} (response within ${describeParameter(days)})`, refs: [pointer], parameters: [days] }];
    });
    return [...noSource, ...gradeLapses(lapses, all.length, gradingPolicy, "threat reports were not assessed or acted on", (r) => r.id)];
  },
});
