import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { activeAccounts, gradeLapses, unlessRecords } from "../_lib/operations";
import { quote } from "../_lib/text";

/** Annex A 5.15: every account is someone's, so access can be controlled. @category Conformity */
export const accountsAttributed = builtInRule({
  id: "A.5.15-accounts-attributed",
  controlId: "5.15",
  title: "Every account belongs to someone",
  description: `When control 5.15 is applicable, every active account can be tied to whoever answers for it: a personal account to the person using it (\`personId\`), a service, shared or break-glass account to an owner (\`ownerId\`). Minor for each orphan account, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the active accounts). An account no one answers for escapes the access control rules.`,
  severity: "minor",
  stage: 2,
  hint: "Find who uses or owns the account and record it, or disable the account.",
  reads: ["accounts"],
  check(isms, { index, gradingPolicy }) {
    const active = activeAccounts(isms);
    const skip = unlessRecords("5.15", index, active, "no active account is recorded");
    if (skip) return skip;
    const system = (id: string) => quote(index.operations.systems.get(id)?.value.name ?? id);
    const lapses = active
      .filter(({ value: a }) => (a.type === "personal" ? a.personId === undefined : a.ownerId === undefined))
      .map(({ value: a, pointer }) => ({
        item: a,
        message: `the ${a.type} account ${quote(a.username)} on ${system(a.systemId)} has no ${a.type === "personal" ? "person using it" : "owner"}`,
        refs: [pointer],
      }));
    return gradeLapses(lapses, active.length, gradingPolicy, "active accounts belong to no one", (a) => a.id);
  },
});
