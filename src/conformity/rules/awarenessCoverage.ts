import { builtInRule } from "../_lib/builtInRule";
import { shiftDays, shiftMonths } from "../_lib/dates";
import { describeParameter } from "../_lib/parameters";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural } from "../_lib/text";

/** 7.3: everyone working under the organisation's control is made aware. @category Conformity */
export const awarenessCoverage = builtInRule({
  id: "7.3-awareness-coverage",
  clause: "7.3",
  title: "Everyone attends awareness activities",
  description:
    "Every active, internal person attended an awareness activity within the awareness interval (`parameters.awarenessIntervalMonths`); people who joined within `newStarterAwarenessDays` are not counted yet. Minor when more than a quarter have not; an opportunity for improvement when a few have not.",
  severity: "minor",
  stage: 2,
  hint: "Bring the people listed to an awareness session (or onboarding) and record their attendance (`trainings[].attendeeIds`).",
  check(isms, { asOf, parameters }) {
    const interval = parameters.awarenessIntervalMonths;
    const newStarter = parameters.newStarterAwarenessDays;
    const since = shiftMonths(asOf, -interval.value);
    const recent = isms.trainings.filter((t) => t.kind === "awareness" && t.deliveredOn !== undefined && t.deliveredOn <= asOf && t.deliveredOn >= since);
    if (recent.length === 0) return { notAssessable: `no awareness activity was delivered within the awareness interval (${describeParameter(interval)})` };
    const attended = new Set(recent.flatMap((t) => t.attendeeIds));
    const joinedBefore = shiftDays(asOf, -newStarter.value);
    const staff = isms.people.flatMap((p, i) =>
      p.status === "active" && !p.external && (p.startedOn === undefined || p.startedOn <= joinedBefore) ? [{ p, ref: pointer("people", i) }] : [],
    );
    if (staff.length === 0) return { notAssessable: "no active internal person is recorded" };
    const missed = staff.filter(({ p }) => !attended.has(p.id));
    if (missed.length === 0) return [];
    return [
      {
        severity: missed.length * 4 > staff.length ? "minor" : "ofi",
        message: `${plural(missed.length, "person", "people")} of ${staff.length} attended no awareness activity within the awareness interval (${describeParameter(interval)}): ${listForMessage(missed.map(({ p }) => p.id))}`,
        refs: ["/trainings", ...missed.map(({ ref }) => ref)],
        parameters: [interval, newStarter],
      },
    ];
  },
});
