import { builtInRule } from "../_lib/builtInRule";
import { located, unlessRecords } from "../_lib/operations";

const GROUPS = new Set(["isac", "special-interest-group"]);

/** Annex A 5.6: the organisation keeps contact with special interest groups. @category Conformity */
export const specialInterestGroups = builtInRule({
  id: "A.5.6-special-interest-groups",
  controlId: "5.6",
  title: "Contact with special interest groups is kept",
  description:
    "When control 5.6 is applicable and the organisation records the threat-intelligence sources it follows, at least one active source is a special interest group, an information sharing and analysis centre or a professional forum (`threatIntelSources[].kind`: isac, special-interest-group). Minor when none is: the contact the control asks for is not shown, though the organisation does follow other sources.",
  severity: "minor",
  stage: 2,
  hint: "Join a sector ISAC, a national security forum or a professional association, and record it as a source.",
  reads: ["threatIntelSources"],
  check(isms, { index }) {
    const active = located(isms.threatIntelSources, "threatIntelSources", (s) => s.status === "active");
    const skip = unlessRecords("5.6", index, active, "no active threat-intelligence source is recorded");
    if (skip) return skip;
    if (active.some(({ value }) => GROUPS.has(value.kind))) return [];
    return [{ message: `none of the ${active.length} active threat-intelligence sources is a special interest group or forum (${active.map(({ value }) => value.kind).join(", ")})`, refs: ["/threatIntelSources"] }];
  },
});
