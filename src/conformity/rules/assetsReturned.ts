import { accessEventLapses } from "../_lib/accessEvents";
import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";

/** Annex A 5.11: leavers return the organisation's assets. @category Conformity */
export const assetsReturned = builtInRule({
  id: "A.5.11-assets-returned",
  controlId: "5.11",
  title: "Leavers return the organisation's assets",
  description: `When control 5.11 is applicable, every leaver whose last day has come records that the organisation's assets were returned (\`assetsReturnedOn\`). Minor for each leaver without, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the leavers). An auditor samples leavers and asks for the return of laptops, tokens and badges.`,
  severity: "minor",
  stage: 2,
  hint: "Collect the assets (laptop, tokens, badge, documents) or record that they were returned (`assetsReturnedOn`).",
  reads: ["accessEvents"],
  check: (isms, context) =>
    accessEventLapses(isms, context, "5.11", "leaver", (e) => (e.assetsReturnedOn === undefined ? { what: "has no record of returning the organisation's assets" } : undefined), "leavers have no record of returning assets"),
});
