import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { heldReviews } from "../_lib/selectors";

/** 9.3.1: top management reviews the ISMS. @category Conformity */
export const managementReviewHeld = builtInRule({
  id: "9.3.1-management-review-held",
  clause: "9.3.1",
  title: "A management review has been held",
  description: "Top management has held at least one management review. Major when none has: a certification body expects one before certification.",
  severity: "major",
  stage: 1,
  hint: "Hold a management review covering inputs a–g of 9.3.2 and record it in `managementReviews` with `heldOn`.",
  check(isms, { asOf }) {
    if (heldReviews(isms, asOf).length > 0) return [];
    const next = isms.managementReviews
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r.heldOn === undefined && r.plannedOn !== undefined && r.plannedOn >= asOf)
      .sort((a, b) => (a.r.plannedOn! < b.r.plannedOn! ? -1 : a.r.plannedOn! > b.r.plannedOn! ? 1 : a.i - b.i))[0];
    return [
      {
        message: next ? `no management review has been held (the first is planned on ${next.r.plannedOn!})` : "no management review has been held",
        refs: ["/managementReviews", ...(next ? [pointer("managementReviews", next.i)] : [])],
      },
    ];
  },
});
