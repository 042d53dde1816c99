import type { ConformityIndex } from "../ConformityContext";
import type { ConformityNotAssessable } from "../ConformityRule";

/** Why a control rule does not apply (the control is excluded or undecided), or undefined when the control is applicable. */
export function unlessApplicable(controlId: string, index: ConformityIndex): ConformityNotAssessable | undefined {
  const record = index.controls.get(controlId)?.value;
  if (record?.applicable === true) return undefined;
  return { notAssessable: record?.applicable === false ? `control ${controlId} is excluded from the Statement of Applicability` : `control ${controlId} has no applicability decision` };
}
