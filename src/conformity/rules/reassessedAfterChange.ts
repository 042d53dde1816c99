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
    "An implemented change names the risks it affects or records when its risks were assessed (`riskAssessedOn`) — minor for each that does neither; an open risk linked to an implemented change was assessed on or after the change (minor for each that was not); one linked to a high or critical incident was assessed on or after the incident was detected (an opportunity for improvement listing those that were not).",
  severity: "minor",
  stage: 2,
  hint: "Assess the risks a change or incident touches: link them (`changes[].riskIds`) and record `lastAssessedOn`, or record when the change's risks were assessed (`riskAssessedOn`).",
  check(isms, { asOf, index }) {
    const implemented = isms.changes.flatMap((c, i) => (c.status === "implemented" && (c.implementedOn === undefined || c.implementedOn <= asOf) ? [{ c, i }] : []));
    const changes = implemented.map(({ c }) => c).filter((c) => c.implementedOn !== undefined && c.riskIds.length > 0);
    const incidents = isms.incidents.filter((x) => (x.severity === "high" || x.severity === "critical") && x.detectedOn <= asOf && x.riskIds.length > 0);
    if (implemented.length === 0 && incidents.length === 0) return { notAssessable: "no change has been implemented and no serious incident is linked to a risk" };
    const assessedOn = (id: string) => {
      const found = index.risks.get(id);
      return found && found.value.status === "open" ? { found, on: found.value.lastAssessedOn ?? found.value.identifiedOn } : undefined;
    };
    const out: ConformityRuleFinding[] = implemented
      .filter(({ c }) => c.riskIds.length === 0 && c.riskAssessedOn === undefined)
      .map(({ c, i }) => ({ message: `change ${quote(c.title)} was implemented with no record that its risks were assessed: it names no risk and no \`riskAssessedOn\``, refs: [pointer("changes", i)] }));
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
      const risk = index.risks.get(id)!;
      out.push({ message: `risk ${quote(risk.value.title)} has not been reassessed since change ${listForMessage(changeIds)} was implemented`, refs: [risk.pointer] });
    }
    const afterIncident = new Map<string, string>();
    for (const incident of incidents) {
      for (const id of incident.riskIds) {
        const found = assessedOn(id);
        if (found && (found.on === undefined || found.on < incident.detectedOn)) afterIncident.set(id, found.found.pointer);
      }
    }
    if (afterIncident.size > 0) {
      out.push({
        severity: "ofi",
        message: `${plural(afterIncident.size, "risk")} linked to a serious incident ${afterIncident.size === 1 ? "has" : "have"} not been reassessed since: ${listForMessage([...afterIncident.keys()])}`,
        refs: [...afterIncident.values()],
      });
    }
    return out;
  },
});
