import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { gradeLapses, located, unlessRecords } from "../_lib/operations";
import { quote } from "../_lib/text";

/** Annex A 8.32: changes reach production only with an approval given before. @category Conformity */
export const releasesApproved = builtInRule({
  id: "A.8.32-releases-approved",
  controlId: "8.32",
  title: "Releases are approved before they reach production",
  description: `When control 8.32 is applicable, every release to production records who approved it (\`approvedById\`), and the approval was not given after the release (\`approvedOn\`). Minor for each release without an approval or approved afterwards, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the releases).`,
  severity: "minor",
  stage: 2,
  hint: "Require an approval (a change record, a protected branch with required reviewers, a deployment gate) before each release, and record it.",
  reads: ["releases"],
  check(isms, { asOf, index, gradingPolicy }) {
    const released = located(isms.releases, "releases", (r) => r.releasedOn <= asOf);
    const skip = unlessRecords("8.32", index, released, "no release is recorded");
    if (skip) return skip;
    const lapses = released.flatMap(({ value: r, pointer }) => {
      if (r.approvedById === undefined) return [{ item: r, message: `release ${quote(r.version)} (${r.releasedOn}) reached production without a recorded approval`, refs: [pointer] }];
      if (r.approvedOn !== undefined && r.approvedOn > r.releasedOn) return [{ item: r, message: `release ${quote(r.version)} was approved on ${r.approvedOn}, after it reached production on ${r.releasedOn}`, refs: [`${pointer}/approvedOn`] }];
      return [];
    });
    return gradeLapses(lapses, released.length, gradingPolicy, "releases reached production without a prior approval", (r) => r.id);
  },
});
