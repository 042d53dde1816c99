import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, quote } from "../_lib/text";

/** 7.5.3: people who have left are not recorded as active. @category Conformity */
export const leaversRecorded = builtInRule({
  id: "7.5.3-leavers-recorded",
  clause: "7.5.3",
  title: "People who have left are not recorded as active",
  description:
    "A person whose `leftOn` is on or before `asOf` but whose `status` is still `active` is counted as holding roles, attending reviews and being aware, though gone. Minor when the person still holds an ISMS role (clause 5.3 rests on it), an opportunity for improvement otherwise; one finding per person.",
  severity: "minor",
  stage: 2,
  hint: "Set the person's `status` to \"left\", and hand the roles they held to someone who is still there.",
  check(isms, { asOf }) {
    if (isms.people.length === 0) return { notAssessable: "no person is recorded" };
    return isms.people
      .flatMap((person, i) => (person.status === "active" && person.leftOn !== undefined && person.leftOn <= asOf ? [{ person, i }] : []))
      .map(({ person, i }) => {
        const roles = isms.roles.flatMap((role, r) => (role.holderIds.includes(person.id) ? [{ role, r }] : []));
        return {
          message: `${quote(person.name)} (${person.id}) left on ${person.leftOn!} but is recorded as active${roles.length > 0 ? `, and still holds ${roles.length === 1 ? "the role" : "the roles"} ${listForMessage(roles.map(({ role }) => quote(role.name)))}` : ""}`,
          refs: [pointer("people", i, "status"), ...roles.map(({ r }) => pointer("roles", r, "holderIds"))],
          ...(roles.length === 0 ? { severity: "ofi" as const } : {}),
        };
      });
  },
});
