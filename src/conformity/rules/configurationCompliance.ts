import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE } from "../_lib/grading";
import { shiftDays } from "../_lib/dates";
import { latestOn, located, unlessRecords } from "../_lib/operations";
import { describeParameter } from "../_lib/parameters";
import type { ConformityRuleFinding } from "../ConformityRule";
import { quote } from "../_lib/text";

/** Annex A 8.9: configurations are checked against their baselines, and comply. @category Conformity */
export const configurationCompliance = builtInRule({
  id: "A.8.9-configuration-compliance",
  controlId: "8.9",
  title: "Configurations are checked against their baselines, and comply",
  description:
    `When control 8.9 is applicable, every active configuration baseline was checked within the organisation's interval (\`parameters.complianceCheckIntervalDays\`), and its latest check meets its compliance target (\`targetCompliancePercent\`, else every item). Minor for each baseline not checked in time, never checked, or below its target, ${ISOLATED_LAPSE}.`,
  severity: "minor",
  stage: 2,
  hint: "Run the compliance scan against the baseline; fix the deviations or record approved exceptions, and scan again.",
  reads: ["configurationBaselines"],
  check(isms, { asOf, index, parameters }) {
    const active = located(isms.configurationBaselines, "configurationBaselines", (b) => b.status === "active");
    const skip = unlessRecords("8.9", index, active, "no active configuration baseline is recorded");
    if (skip) return skip;
    const interval = parameters.complianceCheckIntervalDays;
    const since = shiftDays(asOf, -interval.value);
    const out: ConformityRuleFinding[] = [];
    for (const { value: b, pointer } of active) {
      const last = latestOn(b.results, (r) => r.checkedOn, asOf);
      if (last === undefined) {
        out.push({ message: `configuration baseline ${quote(b.name)} has never been checked (every ${describeParameter(interval)})`, refs: [pointer], parameters: [interval] });
        continue;
      }
      const at = `${pointer}/results/${b.results.indexOf(last.item)}`;
      if (last.day < since) out.push({ message: `configuration baseline ${quote(b.name)} was last checked on ${last.day} (every ${describeParameter(interval)})`, refs: [at], parameters: [interval] });
      const target = b.targetCompliancePercent ?? 100;
      const share = last.item.checked === 0 ? 100 : (last.item.compliant / last.item.checked) * 100;
      if (share < target) {
        out.push({ message: `configuration baseline ${quote(b.name)}: ${last.item.compliant} of ${last.item.checked} items complied on ${last.day} (${Math.round(share * 10) / 10} %, target ${target} %)`, refs: [at] });
      }
    }
    return out;
  },
});
