import type { Evidence } from "../../model/EvidenceSchema";
import type { IndexedEntity } from "../ConformityContext";
import { builtInRule } from "../_lib/builtInRule";
import { evidenceStatesByControl, EXPIRED, FUTURE, VALID } from "../_lib/createConformityContext";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { comparePointers } from "../_lib/pointers";
import { describeParameter } from "../_lib/parameters";
import { listForMessage, quote } from "../_lib/text";

/** 8.1: evidence for implemented controls is within its validity. @category Conformity */
export const evidenceCurrent = builtInRule({
  id: "8.1-evidence-current",
  clause: "8.1",
  title: "Evidence for implemented controls is current",
  description: `Evidence past its \`validUntil\` — or, when it states none, older than the organisation's maximum age for its kind (\`parameters.evidenceMaxAgeMonths\`) — is reported when an implemented control cites it in the Statement of Applicability or has no other current evidence. Minor for each such record; ${SYSTEMIC_RULE} (of the evidence records for implemented controls).`,
  severity: "minor",
  stage: 2,
  hint: "Collect fresh evidence (repeat the test, review or export) and cite it from the control instead of the expired record.",
  check(isms, { asOf, index, parameters, gradingPolicy }) {
    const maxAge = (e: Evidence) => parameters[`evidenceMaxAgeMonths.${e.kind}`];
    const lapsed = new Map<string, { e: IndexedEntity<Evidence>; controls: { id: string; ref: string; alone: boolean }[] }>();
    // The state of each record, worked out once however many controls cite it (and shared with the
    // report); the population is the records already collected (not dated after asOf) that support
    // an implemented control, each counted once.
    const statesOf = evidenceStatesByControl(index, { asOf, parameters });
    const counted = new Uint8Array(isms.evidence.length);
    let population = 0;
    isms.controls.forEach((c, i) => {
      if (c.applicable !== true || c.implementationStatus !== "implemented") return;
      const known = statesOf.get(c.id);
      if (known === undefined) return;
      const { states, positions } = known;
      let hasValid = false;
      for (let k = 0; k < states.length; k++) {
        const state = states[k]!;
        if (state === VALID) hasValid = true;
        if (state !== FUTURE && counted[positions[k]!] === 0) {
          counted[positions[k]!] = 1;
          population++;
        }
      }
      let cited: Set<string> | undefined;
      for (let k = 0; k < states.length; k++) {
        if (states[k] !== EXPIRED) continue;
        // A lapsed record beside a current one is reported only when the control cites it: the id
        // read first, the record located only when it is reported.
        if (hasValid && !(cited ??= new Set(c.evidenceIds)).has(known.idAt(k))) continue;
        const e = known.at(k);
        const entry = lapsed.get(e.value.id) ?? { e, controls: [] };
        entry.controls.push({ id: c.id, ref: `/controls/${i}`, alone: !hasValid });
        lapsed.set(e.value.id, entry);
      }
    });
    if (population === 0) return { notAssessable: "no implemented control has evidence" };
    const items = [...lapsed.values()].sort((a, b) => comparePointers(a.e.pointer, b.e.pointer));
    return gradeItems(
      items,
      population,
      gradingPolicy,
      ({ e, controls }) => {
        const alone = controls.filter((c) => c.alone).map((c) => c.id);
        const age = maxAge(e.value);
        const lapsed =
          e.value.validUntil !== undefined
            ? `expired on ${e.value.validUntil}`
            : `was collected on ${e.value.collectedOn} and is older than the ${describeParameter(age)} allowed for evidence of kind ${e.value.kind}`;
        return {
          message: `evidence ${quote(e.value.title)} ${lapsed}; it supports implemented control${controls.length === 1 ? "" : "s"} ${listForMessage(controls.map((c) => c.id))}${alone.length > 0 ? `, and ${listForMessage(alone)} ${alone.length === 1 ? "has" : "have"} no other current evidence` : ""}`,
          refs: [e.pointer, ...controls.map((c) => c.ref)],
          ...(controls.length === 1 ? { controlId: controls[0]!.id } : {}),
          ...(e.value.validUntil === undefined ? { parameters: [age] } : {}),
        };
      },
      (all) => ({
        message: `${all.length} of ${population} evidence records for implemented controls have expired: ${listForMessage(all.map(({ e }) => e.value.id))}`,
        refs: all.map(({ e }) => e.pointer),
      }),
    );
  },
});
