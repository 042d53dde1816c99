import { builtInRule } from "../_lib/builtInRule";

/** 7.1: the resources the ISMS needs are determined and provided. @category Conformity */
export const resourcesDetermined = builtInRule({
  id: "7.1-resources-determined",
  clause: "7.1",
  title: "The resources the ISMS needs are determined",
  description:
    "The data shows resources being determined: an objective or an action records the resources it needs, or a management review decided on resources. Minor when nothing does.",
  severity: "minor",
  stage: 2,
  hint: "Record `resources` on objectives and actions, and management-review decisions of kind \"resources\".",
  check(isms) {
    const has = (s: string | undefined) => s !== undefined && /\S/.test(s);
    const actions = [...isms.treatmentPlans.flatMap((p) => p.actions), ...isms.managementReviews.flatMap((m) => m.actions), ...isms.nonconformities.flatMap((n) => n.correctiveActions)];
    if (
      isms.objectives.some((o) => has(o.resources)) ||
      actions.some((a) => has(a.resources)) ||
      isms.managementReviews.some((m) => m.decisions.some((d) => d.kind === "resources"))
    ) {
      return [];
    }
    return [{ message: "no objective, action or management-review decision records the resources the ISMS needs", refs: ["/objectives", "/managementReviews"] }];
  },
});
