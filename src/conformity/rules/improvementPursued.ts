import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural } from "../_lib/text";

/** 10.1: the ISMS is continually improved. @category Conformity */
export const improvementPursued = builtInRule({
  id: "10.1-improvement-pursued",
  clause: "10.1",
  title: "Continual improvement is pursued",
  description:
    "The data shows improvement: improvements, corrective actions or management-review decisions on improvement (minor when there are none); improvements approved or under way have an owner (an opportunity for improvement listing those without).",
  severity: "minor",
  stage: 2,
  hint: "Record improvement opportunities and what becomes of them in `improvements`, each with an owner.",
  check(isms) {
    const decided = isms.managementReviews.some((m) => m.decisions.some((d) => d.kind === "improvement"));
    if (isms.improvements.length === 0 && isms.nonconformities.length === 0 && !decided) {
      return [{ message: "nothing in the document shows continual improvement: no improvement, corrective action or improvement decision", refs: ["/improvements"] }];
    }
    const out: ConformityRuleFinding[] = [];
    const ownerless = isms.improvements.flatMap((x, i) => ((x.status === "approved" || x.status === "in-progress") && x.ownerId === undefined ? [{ id: x.id, ref: pointer("improvements", i) }] : []));
    if (ownerless.length > 0) {
      out.push({
        severity: "ofi",
        message: `${plural(ownerless.length, "improvement")} under way ${ownerless.length === 1 ? "has" : "have"} no owner: ${listForMessage(ownerless.map((o) => o.id))}`,
        refs: ownerless.map((o) => o.ref),
      });
    }
    return out;
  },
});
