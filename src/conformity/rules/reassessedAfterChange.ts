import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural, quote } from "../_lib/text";

/** 8.2: risks are reassessed when significant changes or incidents occur. @category Conformity */
export const reassessedAfterChange = builtInRule({
  id: "8.2-reassessed-after-change",
  clause: "8.2",
  title: "Risks are reassessed after changes and serious incidents",
  description:
    "An open risk linked to an implemented change was assessed on or after the change (minor for each that was not); one linked to a high or critical incident was assessed on or after the incident was detected (an opportunity for improvement listing those that were not).",
  severity: "minor",
  stage: 2,
  hint: "Reassess the risks a change or incident touches and record `lastAssessedOn`.",
  check(isms, { asOf }) {
    const risks = new Map(isms.risks.map((r, i) => [r.id, { r, i }]));
    const changes = isms.changes.filter((c) => c.status === "implemented" && c.implementedOn !== undefined && c.implementedOn <= asOf && c.riskIds.length > 0);
    const incidents = isms.incidents.filter((x) => (x.severity === "high" || x.severity === "critical") && x.detectedOn <= asOf && x.riskIds.length > 0);
    if (changes.length === 0 && incidents.length === 0) return { notAssessable: "no implemented change or serious incident is linked to a risk" };
    const assessedOn = (id: string) => {
      const found = risks.get(id);
      return found && found.r.status === "open" ? { ...found, on: found.r.lastAssessedOn ?? found.r.identifiedOn } : undefined;
    };
    const out: ConformityRuleFinding[] = [];
    const stale = new Map<string, string[]>();
    for (const change of changes) {
      for (const id of new Set(change.riskIds)) {
        const found = assessedOn(id);
        if (found && (found.on === undefined || found.on < change.implementedOn!)) {
          const list = stale.get(id);
          if (list) list.push(change.id);
          else stale.set(id, [change.id]);
        }
      }
    }
    for (const [id, changeIds] of stale) {
      const { r, i } = risks.get(id)!;
      out.push({ message: `risk ${quote(r.title)} has not been reassessed since change ${listForMessage(changeIds)} was implemented`, refs: [pointer("risks", i)] });
    }
    const afterIncident = new Map<string, number>();
    for (const incident of incidents) {
      for (const id of incident.riskIds) {
        const found = assessedOn(id);
        if (found && (found.on === undefined || found.on < incident.detectedOn)) afterIncident.set(id, found.i);
      }
    }
    if (afterIncident.size > 0) {
      out.push({
        severity: "ofi",
        message: `${plural(afterIncident.size, "risk")} linked to a serious incident ${afterIncident.size === 1 ? "has" : "have"} not been reassessed since: ${listForMessage([...afterIncident.keys()])}`,
        refs: [...afterIncident.values()].map((i) => pointer("risks", i)),
      });
    }
    return out;
  },
});
