import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE } from "../_lib/grading";
import { latestCoverage, shareOf } from "../_lib/endpointCoverage";
import { unlessRecords } from "../_lib/operations";
import type { ConformityRuleFinding } from "../ConformityRule";
import { quote } from "../_lib/text";

/** Annex A 8.1: user endpoint devices are encrypted and managed. @category Conformity */
export const endpointsProtected = builtInRule({
  id: "A.8.1-endpoints-protected",
  controlId: "8.1",
  title: "Endpoint devices are encrypted and managed",
  description:
    `When control 8.1 is applicable, the latest coverage report of each population of devices (\`endpointCoverage\`) that counts them shows every device with encrypted storage (\`encrypted\`) and enrolled in device management (\`managed\`). Minor for each population that falls short, ${ISOLATED_LAPSE}; how old the report may be is A.8.7's concern.`,
  severity: "minor",
  stage: 2,
  hint: "Encrypt and enrol the devices listed (or retire them), then report coverage again.",
  reads: ["endpointCoverage"],
  check(isms, { asOf, index }) {
    const latest = latestCoverage(isms, asOf).filter(({ value }) => value.encrypted !== undefined || value.managed !== undefined);
    const skip = unlessRecords("8.1", index, latest, "no endpoint coverage report counts encrypted or managed devices");
    if (skip) return skip;
    const out: ConformityRuleFinding[] = [];
    for (const { value: c, pointer } of latest) {
      if (c.encrypted !== undefined && c.encrypted < c.devices) out.push({ message: `${shareOf(c.devices - c.encrypted, c.devices)} of ${quote(c.scope)} are not encrypted (report of ${c.checkedOn})`, refs: [`${pointer}/encrypted`] });
      if (c.managed !== undefined && c.managed < c.devices) out.push({ message: `${shareOf(c.devices - c.managed, c.devices)} of ${quote(c.scope)} are not under device management (report of ${c.checkedOn})`, refs: [`${pointer}/managed`] });
    }
    return out;
  },
});
