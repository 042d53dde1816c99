import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE } from "../_lib/grading";
import { located, unlessRecords } from "../_lib/operations";
import { quote } from "../_lib/text";

/** Annex A 5.23: the use of important cloud services includes a way out. @category Conformity */
export const cloudExitPlans = builtInRule({
  id: "A.5.23-cloud-exit-plans",
  controlId: "5.23",
  title: "Important cloud services have an exit plan",
  description:
    `When control 5.23 is applicable, every active cloud supplier (\`type\`: cloud) rated high or critical has a documented exit plan (\`exitPlanDocumentId\`): how the organisation would leave the service and take its data. Minor for each one without, ${ISOLATED_LAPSE}.`,
  severity: "minor",
  stage: 2,
  hint: "Write down how you would leave the service (data export, alternative, time needed) and record it (`exitPlanDocumentId`).",
  reads: ["suppliers"],
  check(isms, { index }) {
    const cloud = located(isms.suppliers, "suppliers", (s) => s.status === "active" && s.type === "cloud" && (s.criticality === "high" || s.criticality === "critical"));
    const skip = unlessRecords("5.23", index, cloud, "no active cloud supplier rated high or critical is recorded");
    if (skip) return skip;
    return cloud.flatMap(({ value, pointer }) =>
      value.exitPlanDocumentId === undefined ? [{ message: `${value.criticality} cloud service ${quote(value.name)} has no exit plan on record`, refs: [pointer] }] : [],
    );
  },
});
