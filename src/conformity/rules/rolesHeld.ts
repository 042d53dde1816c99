import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { isActivePerson } from "../_lib/selectors";
import { listForMessage, quote } from "../_lib/text";

/** 5.3: roles are assigned to people. @category Conformity */
export const rolesHeld = builtInRule({
  id: "5.3-roles-held",
  clause: "5.3",
  title: "Every role is held by an active person",
  description:
    "Each role has at least one active holder. Minor for each role nobody active holds; an opportunity for improvement when a role still lists people who have left.",
  severity: "minor",
  stage: 2,
  hint: "Assign the role to an active person (`roles[].holderIds`) and remove people who have left.",
  check(isms, { index }) {
    if (isms.roles.length === 0) return { notAssessable: "no role has been defined" };
    const out: ConformityRuleFinding[] = [];
    isms.roles.forEach((role, i) => {
      const left = role.holderIds.filter((id) => !isActivePerson(index.people.get(id)?.value));
      if (left.length === role.holderIds.length) {
        out.push({ message: `role ${quote(role.name)} is held by no active person`, refs: [pointer("roles", i)] });
      } else if (left.length > 0) {
        out.push({ severity: "ofi", message: `role ${quote(role.name)} still lists people who have left: ${listForMessage(left)}`, refs: [pointer("roles", i, "holderIds")] });
      }
    });
    return out;
  },
});
