import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { gradeLapses, located, unlessRecords } from "../_lib/operations";
import { quote } from "../_lib/text";

/** Annex A 8.29: releases do not ship past failed security tests. @category Conformity */
export const releasesPassSecurityTests = builtInRule({
  id: "A.8.29-releases-pass-security-tests",
  controlId: "8.29",
  title: "Releases do not ship past failed security tests",
  description: `When control 8.29 is applicable, no release went to production with a failed security test, or with critical or high findings left open outside an approved exception (a test passed with exceptions names the vulnerabilities it left open, each with an exception). Minor for each release that did, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the security-tested releases).`,
  severity: "minor",
  stage: 2,
  hint: "Fix the findings, or record each one left open as a vulnerability with an approved exception before the release ships.",
  reads: ["releases", "vulnerabilities"],
  check(isms, { asOf, index, gradingPolicy }) {
    const tested = located(isms.releases, "releases", (r) => r.releasedOn <= asOf && r.securityTests.length > 0);
    const skip = unlessRecords("8.29", index, tested, "no security-tested release is recorded");
    if (skip) return skip;
    const excepted = new Set(isms.vulnerabilities.filter((v) => v.exception !== undefined || v.status !== "open").map((v) => v.id));
    const lapses = tested.flatMap(({ value: r, pointer }) => {
      const problems = r.securityTests.flatMap((t, j) => {
        const serious = (t.openFindings?.critical ?? 0) + (t.openFindings?.high ?? 0);
        if (t.result === "fail") return [{ text: `a failed ${t.kind} test`, ref: `${pointer}/securityTests/${j}` }];
        if (serious === 0) return [];
        if (t.result === "pass-with-exceptions" && t.vulnerabilityIds.length > 0 && t.vulnerabilityIds.every((id) => excepted.has(id))) return [];
        return [{ text: `${serious} critical or high ${t.kind} findings open without an approved exception`, ref: `${pointer}/securityTests/${j}` }];
      });
      return problems.length === 0 ? [] : [{ item: r, message: `release ${quote(r.version)} shipped on ${r.releasedOn} with ${problems.map((p) => p.text).join(" and ")}`, refs: problems.map((p) => p.ref) }];
    });
    return gradeLapses(lapses, tested.length, gradingPolicy, "releases shipped past failed security tests", (r) => r.id);
  },
});
