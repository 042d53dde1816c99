import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { latestDay, shiftMonths } from "../_lib/dates";
import { pointer } from "../_lib/pointers";
import { quote } from "../_lib/text";

/** 9.1: results of monitoring and measurement are retained, at the planned frequency. @category Conformity */
export const measurementResults = builtInRule({
  id: "9.1-measurement-results",
  clause: "9.1",
  title: "Measurements have results, taken when planned",
  description:
    "Measurements have dated results. Major when no measurement has any; minor for a measurement without results, or two or more intervals behind; an opportunity for improvement when one interval behind.",
  severity: "major",
  stage: 2,
  hint: "Take the measurement and record its result (`measurements[].results`) at the planned interval.",
  check(isms, { asOf }) {
    if (isms.measurements.length === 0) return { notAssessable: "no measurement is defined" };
    const last = isms.measurements.map((m) => latestDay(m.results.filter((r) => r.date <= asOf).map((r) => r.date)));
    if (last.every((d) => d === undefined)) return [{ message: "no monitoring or measurement result has been recorded", refs: ["/measurements"] }];
    const out: ConformityRuleFinding[] = [];
    isms.measurements.forEach((m, i) => {
      const day = last[i];
      const ref = pointer("measurements", i);
      if (day === undefined) {
        out.push({ severity: "minor", message: `measurement ${quote(m.name)} has no result`, refs: [ref] });
      } else if (m.intervalMonths !== undefined && shiftMonths(day, m.intervalMonths) < asOf) {
        const behind = shiftMonths(day, 2 * m.intervalMonths) < asOf;
        out.push({
          severity: behind ? "minor" : "ofi",
          message: `measurement ${quote(m.name)} is taken every ${m.intervalMonths} month${m.intervalMonths === 1 ? "" : "s"} but its last result is from ${day}${behind ? " (two or more intervals missed)" : ""}`,
          refs: [`${ref}/results`],
        });
      }
    });
    return out;
  },
});
