import { builtInRule } from "../_lib/builtInRule";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { pointer } from "../_lib/pointers";
import { isActivePerson } from "../_lib/selectors";
import { listForMessage, quote } from "../_lib/text";

/** 6.1.2 c 2: every risk has an owner. @category Conformity */
export const riskOwners = builtInRule({
  id: "6.1.2-risk-owners",
  clause: "6.1.2",
  title: "Every risk has an active owner",
  description: `Each open risk names a risk owner who is still with the organisation. Minor for each risk without one; ${SYSTEMIC_RULE} (of the open risks).`,
  severity: "minor",
  stage: 1,
  hint: "Name a risk owner (`risks[].ownerId`): the person accountable for the risk and with the authority to manage it.",
  check(isms, { index, gradingPolicy }) {
    // One pass: the open risks counted, a pointer and a reason built only for those without an active owner.
    let open = 0;
    const items: { r: (typeof isms.risks)[number]; ref: string; why: string }[] = [];
    isms.risks.forEach((r, i) => {
      if (r.status !== "open") return;
      open++;
      if (r.ownerId === undefined) items.push({ r, ref: pointer("risks", i), why: "has no owner" });
      else if (!isActivePerson(index.people.get(r.ownerId)?.value)) items.push({ r, ref: pointer("risks", i, "ownerId"), why: `is owned by "${r.ownerId}", who has left` });
    });
    if (open === 0) return { notAssessable: "no open risk has been recorded" };
    return gradeItems(
      items,
      open,
      gradingPolicy,
      (item) => ({ message: `risk ${quote(item.r.title)} ${item.why}`, refs: [item.ref] }),
      (all) => ({
        message: `${all.length} of ${open} open risks have no active owner: ${listForMessage(all.map((a) => a.r.id))}`,
        refs: all.map((a) => a.ref),
      }),
    );
  },
});
