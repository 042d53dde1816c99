import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural, quote } from "../_lib/text";

/** 5.3: top management assigns the ISMS roles. @category Conformity */
export const rolesAssignedByTopManagement = builtInRule({
  id: "5.3-roles-assigned-by-top-management",
  clause: "5.3",
  title: "Top management assigns the ISMS roles",
  description:
    "Roles with ISMS duties record that a member of top management assigned them (`assignedById`). An opportunity for improvement listing those that do not.",
  severity: "ofi",
  stage: 1,
  hint: "Record who in top management assigned the role and when (`assignedById`, `assignedOn`).",
  check(isms, { index }) {
    const duty = isms.roles.flatMap((r, i) => (r.ismsDuties.length > 0 ? [{ r, ref: pointer("roles", i) }] : []));
    if (duty.length === 0) return { notAssessable: "no role carries an ISMS duty" };
    const unassigned = duty.filter(({ r }) => r.assignedById === undefined || index.people.get(r.assignedById)?.value.topManagement !== true);
    if (unassigned.length === 0) return [];
    return [
      {
        message: `${plural(unassigned.length, "role")} with ISMS duties ${unassigned.length === 1 ? "has" : "have"} no record of assignment by top management: ${listForMessage(unassigned.map(({ r }) => quote(r.name)))}`,
        refs: unassigned.map((u) => u.ref),
      },
    ];
  },
});
