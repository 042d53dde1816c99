import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage } from "../_lib/text";

/** 6.1.3 d / 4.2 c: controls that address requirements are not excluded. @category Conformity */
export const soaAgreesWithRequirements = builtInRule({
  id: "6.1.3-soa-agrees-with-requirements",
  clause: "6.1.3",
  title: "Controls that meet requirements are not excluded",
  description:
    "A control that a requirement calls for — one its record lists (`controls[].requirementIds`), or one a relevant interested party's requirement addressed through the ISMS names (`interestedParties[].requirements[].controlIds`) — is not excluded from the Statement of Applicability (its `excluded-but-selected` problem). Minor for each one that is.",
  severity: "minor",
  stage: 1,
  hint: "Make the control applicable, or record another way the requirement is met.",
  check(isms, { statementOfApplicability }) {
    const excluded = statementOfApplicability.rows.filter((row) => row.applicable === false && row.selectingRequirementIds.length > 0);
    if (excluded.length === 0) return [];
    const requirementRefs = new Map<string, string>();
    isms.interestedParties.forEach((party, p) =>
      party.requirements.forEach((r, i) => requirementRefs.set(r.id, pointer("interestedParties", p, "requirements", i, "controlIds"))),
    );
    return excluded.map((row) => {
      const own = new Set(isms.controls.find((c) => c.id === row.controlId)?.requirementIds ?? []);
      return {
        message: `control ${row.controlId} is excluded from the Statement of Applicability but addresses ${listForMessage(row.selectingRequirementIds)}`,
        refs: [row.pointer!, ...row.selectingRequirementIds.map((id) => (own.has(id) ? `${row.pointer!}/requirementIds` : requirementRefs.get(id)!))],
        controlId: row.controlId,
      };
    });
  },
});
