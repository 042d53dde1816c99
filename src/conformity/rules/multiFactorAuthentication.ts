import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { activeAccounts, gradeLapses, unlessRecords } from "../_lib/operations";
import { quote } from "../_lib/text";

/** Annex A 8.5: privileged access, and systems that require it, use multi-factor authentication. @category Conformity */
export const multiFactorAuthentication = builtInRule({
  id: "A.8.5-multi-factor-authentication",
  controlId: "8.5",
  title: "Privileged accounts, and systems that require it, use MFA",
  description: `When control 8.5 is applicable, every active account a person signs in with (personal, shared or break-glass; service accounts use keys) has multi-factor authentication (\`mfa\`) when it is privileged, or when its system requires it (\`systems[].mfaRequired\`). Minor for each account without, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the accounts that need it). Strong authentication of privileged access is what 8.5 asks for first.`,
  severity: "minor",
  stage: 2,
  hint: "Enrol the account in multi-factor authentication (or enforce it in the identity provider) and record it (`mfa: true`).",
  reads: ["accounts", "systems"],
  check(isms, { index, gradingPolicy }) {
    const { systems } = index.operations;
    const needing = activeAccounts(isms, (a) => a.type !== "service" && (a.privilege === "privileged" || systems.get(a.systemId)?.value.mfaRequired === true));
    const skip = unlessRecords("8.5", index, needing, "no active account needs multi-factor authentication (none is privileged, no system requires it)");
    if (skip) return skip;
    const lapses = needing
      .filter(({ value }) => value.mfa !== true)
      .map(({ value: a, pointer }) => ({
        item: a,
        message: `the ${a.privilege === "privileged" ? "privileged " : ""}account ${quote(a.username)} on ${quote(systems.get(a.systemId)?.value.name ?? a.systemId)} signs in without multi-factor authentication${a.privilege === "privileged" ? "" : " although the system requires it"}`,
        refs: [pointer],
      }));
    return gradeLapses(lapses, needing.length, gradingPolicy, "accounts that need multi-factor authentication do not use it", (a) => a.id);
  },
});
