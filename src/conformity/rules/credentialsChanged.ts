import { builtInRule } from "../_lib/builtInRule";
import { shiftMonths } from "../_lib/dates";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { activeAccounts, gradeLapses, unlessRecords } from "../_lib/operations";
import { describeParameter } from "../_lib/parameters";
import { quote } from "../_lib/text";

/** Annex A 5.17: secrets of accounts that are not personal are changed at the organisation's interval. @category Conformity */
export const credentialsChanged = builtInRule({
  id: "A.5.17-credentials-changed",
  controlId: "5.17",
  title: "Shared, service and break-glass credentials are changed",
  description: `When control 5.17 is applicable, the password or secret of every active shared, service or break-glass account was changed (\`credentialsChangedOn\`, else created) within the organisation's interval (\`parameters.credentialRotationMonths\`): such secrets are known to several people or systems, and outlive the people who knew them. Minor for each one not changed, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of those accounts).`,
  severity: "minor",
  stage: 2,
  hint: "Change the secret (rotate the key), store it in the vault, and record when (`credentialsChangedOn`).",
  reads: ["accounts"],
  check(isms, { asOf, index, parameters, gradingPolicy }) {
    const nonPersonal = activeAccounts(isms, (value) => value.type !== "personal");
    const skip = unlessRecords("5.17", index, nonPersonal, "no active shared, service or break-glass account is recorded");
    if (skip) return skip;
    const interval = parameters.credentialRotationMonths;
    const since = shiftMonths(asOf, -interval.value);
    const lapses = nonPersonal.flatMap(({ value: a, pointer }) => {
      const last = a.credentialsChangedOn ?? a.createdOn;
      if (last !== undefined && last >= since) return [];
      return [
        {
          item: a,
          message:
            last === undefined
              ? `the ${a.type} account ${quote(a.username)} records no change of its secret (every ${describeParameter(interval)})`
              : `the secret of the ${a.type} account ${quote(a.username)} was last changed on ${last} (every ${describeParameter(interval)})`,
          refs: [pointer],
          parameters: [interval],
        },
      ];
    });
    return gradeLapses(lapses, nonPersonal.length, gradingPolicy, "shared, service or break-glass accounts have old secrets", (a) => a.id);
  },
});
