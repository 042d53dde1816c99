import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { activeAccounts, gradeLapses, unlessRecords } from "../_lib/operations";
import { quote } from "../_lib/text";

/** Annex A 8.2: privileged access is authorised, and personal. @category Conformity */
export const privilegedAccountsControlled = builtInRule({
  id: "A.8.2-privileged-accounts-controlled",
  controlId: "8.2",
  title: "Privileged access is authorised and personal",
  description: `When control 8.2 is applicable, every active privileged account was granted through an authorisation (\`approvedById\`), and none is a shared account (privileged actions must trace to one person; a break-glass account is the controlled exception). Minor for each, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the active privileged accounts).`,
  severity: "minor",
  stage: 2,
  hint: "Record who authorised the privileged access, and replace shared privileged accounts with personal ones (or a controlled break-glass account).",
  reads: ["accounts"],
  check(isms, { index, gradingPolicy }) {
    const privileged = activeAccounts(isms, (value) => value.privilege === "privileged");
    const skip = unlessRecords("8.2", index, privileged, "no active privileged account is recorded");
    if (skip) return skip;
    const lapses = privileged.flatMap(({ value: a, pointer }) => {
      const problems = [a.type === "shared" ? "is shared by several people" : undefined, a.approvedById === undefined ? "records no authorisation" : undefined].filter((x) => x !== undefined);
      return problems.length === 0 ? [] : [{ item: a, message: `the privileged account ${quote(a.username)} ${problems.join(" and ")}`, refs: [pointer] }];
    });
    return gradeLapses(lapses, privileged.length, gradingPolicy, "privileged accounts are shared or not authorised", (a) => a.id);
  },
});
