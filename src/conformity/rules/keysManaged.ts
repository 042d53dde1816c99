import { builtInRule } from "../_lib/builtInRule";
import { shiftMonths } from "../_lib/dates";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { gradeLapses, located, unlessRecords } from "../_lib/operations";
import { describeParameter } from "../_lib/parameters";
import { quote } from "../_lib/text";

/** Annex A 8.24: cryptographic keys are rotated and retired within their cryptoperiod. @category Conformity */
export const keysManaged = builtInRule({
  id: "A.8.24-keys-managed",
  controlId: "8.24",
  title: "Cryptographic keys are rotated within their cryptoperiod",
  description: `When control 8.24 is applicable, every active key of the inventory was rotated (or created) within its own rotation interval when it is shorter, else the organisation's maximum (\`parameters.keyRotationMonths\`), and none is used past its expiry (\`expiresOn\`). Minor for each key, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the active keys).`,
  severity: "minor",
  stage: 2,
  hint: "Rotate the key (make a new version current, re-encrypt or re-issue what it protects) and record it (`lastRotatedOn`); retire expired keys.",
  reads: ["cryptographicKeys"],
  check(isms, { asOf, index, parameters, gradingPolicy }) {
    const active = located(isms.cryptographicKeys, "cryptographicKeys", (k) => k.status === "active");
    const skip = unlessRecords("8.24", index, active, "no active cryptographic key is recorded");
    if (skip) return skip;
    const max = parameters.keyRotationMonths;
    const lapses = active.flatMap(({ value: k, pointer }) => {
      if (k.expiresOn !== undefined && k.expiresOn < asOf) return [{ item: k, message: `key ${quote(k.name)} is still active after its expiry on ${k.expiresOn}`, refs: [`${pointer}/expiresOn`] }];
      const own = k.rotationIntervalMonths !== undefined && k.rotationIntervalMonths < max.value;
      const months = own ? k.rotationIntervalMonths! : max.value;
      const last = k.lastRotatedOn ?? k.createdOn;
      const due = shiftMonths(last, months);
      if (due >= asOf) return [];
      const every = own ? `${months} months (its own interval)` : describeParameter(max);
      return [{ item: k, message: `key ${quote(k.name)} was last ${k.lastRotatedOn ? "rotated" : "created"} on ${last}: due for rotation by ${due} (every ${every})`, refs: [pointer], ...(own ? {} : { parameters: [max] }) }];
    });
    return gradeLapses(lapses, active.length, gradingPolicy, "active keys are past their rotation or expiry", (k) => k.id);
  },
});
