import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage } from "../_lib/text";

/** 6.1.3 d / 4.2 c: controls that address requirements are not excluded. @category Conformity */
export const soaAgreesWithRequirements = builtInRule({
  id: "6.1.3-soa-agrees-with-requirements",
  clause: "6.1.3",
  title: "Controls that meet requirements are not excluded",
  description: "A control named by a requirement the ISMS addresses (`interestedParties[].requirements[].controlIds`) is not excluded from the Statement of Applicability. Minor for each one that is.",
  severity: "minor",
  stage: 1,
  hint: "Make the control applicable, or record another way the requirement is met.",
  check(isms, { index }) {
    const byControl = new Map<string, { id: string; ref: string }[]>();
    isms.interestedParties.forEach((party, p) =>
      party.requirements.forEach((r, i) => {
        if (!party.relevant || !r.addressedThroughIsms) return;
        for (const controlId of new Set(r.controlIds)) {
          const list = byControl.get(controlId) ?? [];
          list.push({ id: r.id, ref: pointer("interestedParties", p, "requirements", i, "controlIds") });
          byControl.set(controlId, list);
        }
      }),
    );
    return [...byControl].flatMap(([controlId, requirements]) => {
      const record = index.controls.get(controlId);
      if (record?.value.applicable !== false) return [];
      return [
        {
          message: `control ${controlId} is excluded from the Statement of Applicability but addresses ${listForMessage(requirements.map((r) => r.id))}`,
          refs: [record.pointer, ...requirements.map((r) => r.ref)],
          controlId,
        },
      ];
    });
  },
});
