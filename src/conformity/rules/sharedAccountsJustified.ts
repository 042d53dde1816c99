import { hasText } from "../../core/collections";
import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE } from "../_lib/grading";
import { activeAccounts, unlessRecords } from "../_lib/operations";
import { quote } from "../_lib/text";

/** Annex A 5.16: identities are individual; shared accounts are exceptions, justified and approved. @category Conformity */
export const sharedAccountsJustified = builtInRule({
  id: "A.5.16-shared-accounts-justified",
  controlId: "5.16",
  title: "Shared accounts are justified and approved",
  description:
    `When control 5.16 is applicable, every active shared account states why it is needed (\`justification\`) and who approved it (\`approvedById\`): shared identities are the exception the control allows only when necessary, since actions cannot be traced to one person. Minor for each one without both, ${ISOLATED_LAPSE}.`,
  severity: "minor",
  stage: 2,
  hint: "Replace the shared account with personal ones, or record why it is needed and who approved it.",
  reads: ["accounts"],
  check(isms, { index }) {
    const shared = activeAccounts(isms, (value) => value.type === "shared");
    const skip = unlessRecords("5.16", index, shared, "no active shared account is recorded");
    if (skip) return skip;
    return shared.flatMap(({ value: a, pointer }) => {
      const missing = [hasText(a.justification) ? undefined : "no justification", a.approvedById === undefined ? "no approval" : undefined].filter((x) => x !== undefined);
      return missing.length === 0 ? [] : [{ message: `the shared account ${quote(a.username)} has ${missing.join(" and ")} on record`, refs: [pointer] }];
    });
  },
});
