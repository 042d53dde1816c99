import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { gradeLapses, located, unlessRecords } from "../_lib/operations";
import { quote } from "../_lib/text";

/** Annex A 8.25: security is part of the development life cycle: every release is security-tested. @category Conformity */
export const releasesSecurityTested = builtInRule({
  id: "A.8.25-releases-security-tested",
  controlId: "8.25",
  title: "Every release goes through security testing",
  description: `When control 8.25 is applicable, every release to production records at least one security test (\`securityTests\`): the secure development life cycle shows in each release, not only in the policy. Minor for each release without, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the releases).`,
  severity: "minor",
  stage: 2,
  hint: "Run the security checks of your pipeline (static analysis, dependency scan …) on every release and record them (`securityTests`).",
  reads: ["releases"],
  check(isms, { asOf, index, gradingPolicy }) {
    const released = located(isms.releases, "releases", (r) => r.releasedOn <= asOf);
    const skip = unlessRecords("8.25", index, released, "no release is recorded");
    if (skip) return skip;
    const lapses = released.filter(({ value }) => value.securityTests.length === 0).map(({ value: r, pointer }) => ({ item: r, message: `release ${quote(r.version)} of ${quote(index.operations.systems.get(r.systemId)?.value.name ?? r.systemId)} (${r.releasedOn}) records no security test`, refs: [pointer] }));
    return gradeLapses(lapses, released.length, gradingPolicy, "releases record no security test", (r) => r.id);
  },
});
