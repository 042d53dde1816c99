import { compareMoments } from "../../core/isoDateTime";
import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { gradeLapses, unlessRecords } from "../_lib/operations";
import { quote } from "../_lib/text";
import type { ForensicEvidence } from "../../model/IncidentSchema";

/** What breaks a piece of evidence's chain of custody, or undefined when it is whole. */
function brokenChain(e: ForensicEvidence): string | undefined {
  if (e.hash === undefined) return "has no digest taken when it was collected, so it cannot be shown unaltered";
  let holder = e.collectedById;
  let at = e.collectedAt;
  for (const [i, step] of e.custody.entries()) {
    if (compareMoments(step.at, at) < 0) return `has hand-over ${i + 1} (${step.at}) before the one before it (${at})`;
    if (step.fromId !== undefined && step.fromId !== holder) return `was handed over by ${step.fromId} at ${step.at} while ${holder} held it`;
    if (step.fromId === undefined && i === 0) return `records no one handing it over at ${step.at}, after ${holder} collected it`;
    holder = step.toId;
    at = step.at;
  }
  return undefined;
}

/** Annex A 5.28: evidence is collected and kept with its chain of custody. @category Conformity */
export const evidenceCustody = builtInRule({
  id: "A.5.28-evidence-custody",
  controlId: "5.28",
  title: "Forensic evidence keeps its chain of custody",
  description: `When control 5.28 is applicable, each piece of evidence kept from an incident (\`incidents[].forensicEvidence\`) has a digest taken when it was collected, and an unbroken chain of custody: each hand-over is from whoever held it last, in time order. Minor for each piece that does not, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the pieces of evidence). Evidence whose integrity cannot be shown may not stand in disciplinary or legal action.`,
  severity: "minor",
  stage: 2,
  hint: "Hash evidence when it is collected and record every hand-over (who to whom, when, why).",
  reads: ["incidents"],
  check(isms, { index, gradingPolicy }) {
    const pieces = isms.incidents.flatMap((x, i) => x.forensicEvidence.map((e, j) => ({ x, e, ref: `/incidents/${i}/forensicEvidence/${j}` })));
    const skip = unlessRecords("5.28", index, pieces, "no evidence from an incident is recorded");
    if (skip) return skip;
    const lapses = pieces.flatMap(({ x, e, ref }) => {
      const broken = brokenChain(e);
      return broken === undefined ? [] : [{ item: e, message: `evidence ${quote(e.description)} of the incident ${quote(x.title)} ${broken}`, refs: [ref] }];
    });
    return gradeLapses(lapses, pieces.length, gradingPolicy, "pieces of evidence have no digest or a broken chain of custody", (e) => e.id);
  },
});
