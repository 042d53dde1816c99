import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { gradeLapses, located, unlessRecords } from "../_lib/operations";
import { quote } from "../_lib/text";

/** Annex A 5.34: processors of personal data are bound by a data-processing agreement. @category Conformity */
export const processorAgreements = builtInRule({
  id: "A.5.34-processor-agreements",
  controlId: "5.34",
  title: "Processors of personal data have a data-processing agreement",
  description: `When control 5.34 is applicable, every active or onboarding supplier that processes personal data on the organisation's behalf (\`processesPersonalData\`) has a signed data-processing agreement (\`dataProcessingAgreement\`, GDPR Art. 28(3)). Minor for each one without, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the processors).`,
  severity: "minor",
  stage: 2,
  hint: "Sign a data-processing agreement with the supplier and record it (`dataProcessingAgreement`: signedOn, documentId).",
  reads: ["suppliers"],
  check(isms, { index, gradingPolicy }) {
    const processors = located(isms.suppliers, "suppliers", (s) => s.status !== "offboarded" && s.processesPersonalData);
    const skip = unlessRecords("5.34", index, processors, "no supplier is recorded as processing personal data");
    if (skip) return skip;
    const lapses = processors
      .filter(({ value }) => value.dataProcessingAgreement === undefined)
      .map(({ value, pointer }) => ({ item: value, message: `supplier ${quote(value.name)} processes personal data without a data-processing agreement on record`, refs: [pointer] }));
    return gradeLapses(lapses, processors.length, gradingPolicy, "processors of personal data have no data-processing agreement", (s) => s.id);
  },
});
