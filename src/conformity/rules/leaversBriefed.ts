import { accessEventLapses } from "../_lib/accessEvents";
import { builtInRule } from "../_lib/builtInRule";

/** Annex A 6.5: leavers are reminded of the duties that outlast their employment. @category Conformity */
export const leaversBriefed = builtInRule({
  id: "A.6.5-leavers-briefed",
  controlId: "6.5",
  title: "Leavers are reminded of their continuing duties",
  description:
    "When control 6.5 is applicable, every leaver whose last day has come records an exit briefing on the duties that remain after leaving (`exitBriefingOn`: confidentiality, return of information). An opportunity for improvement for each leaver without: the duties are usually also in the employment contract, so the missing briefing alone does not show they were not communicated.",
  severity: "ofi",
  stage: 2,
  hint: "Remind leavers in writing of their continuing confidentiality duties, and record it (`exitBriefingOn`).",
  reads: ["accessEvents"],
  check: (isms, context) =>
    accessEventLapses(isms, context, "6.5", "leaver", (e) => (e.exitBriefingOn === undefined ? { what: "has no record of an exit briefing on the duties that continue" } : undefined), "leavers have no exit briefing on record", false),
});
