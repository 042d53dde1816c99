import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { gradeLapses, located, unlessRecords } from "../_lib/operations";
import { quote } from "../_lib/text";

/** Annex A 8.28: code is reviewed and checked automatically before release. @category Conformity */
export const secureCoding = builtInRule({
  id: "A.8.28-secure-coding",
  controlId: "8.28",
  title: "Code is peer-reviewed and checked before release",
  description: `When control 8.28 is applicable, every release records that its changes were peer-reviewed (\`codeReviewed\`) and checked by static analysis or a dependency scan (\`securityTests\` of kind sast or sca). Minor for each release without either, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the releases). Which tools to run is the organisation's choice; running none is not.`,
  severity: "minor",
  stage: 2,
  hint: "Require a reviewer's approval on every change, and add static analysis or dependency scanning to the pipeline.",
  reads: ["releases"],
  check(isms, { asOf, index, gradingPolicy }) {
    const released = located(isms.releases, "releases", (r) => r.releasedOn <= asOf);
    const skip = unlessRecords("8.28", index, released, "no release is recorded");
    if (skip) return skip;
    const lapses = released.flatMap(({ value: r, pointer }) => {
      const missing = [r.codeReviewed === true ? undefined : "no peer review", r.securityTests.some((t) => t.kind === "sast" || t.kind === "sca") ? undefined : "no static analysis or dependency scan"].filter((x) => x !== undefined);
      return missing.length === 0 ? [] : [{ item: r, message: `release ${quote(r.version)} (${r.releasedOn}) records ${missing.join(" and ")}`, refs: [pointer] }];
    });
    return gradeLapses(lapses, released.length, gradingPolicy, "releases lack a peer review or automated code checks", (r) => r.id);
  },
});
