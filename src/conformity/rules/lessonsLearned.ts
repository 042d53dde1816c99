import { hasText } from "../../core/collections";
import { unlessApplicable } from "../_lib/applicability";
import { builtInRule } from "../_lib/builtInRule";
import { isIncident } from "../_lib/operations";
import { pointer } from "../_lib/pointers";
import type { ConformityRuleFinding } from "../ConformityRule";
import { listForMessage, plural } from "../_lib/text";

/** Annex A 5.27: lessons are learned from incidents, and acted on. @category Conformity */
export const lessonsLearned = builtInRule({
  id: "A.5.27-lessons-learned",
  controlId: "5.27",
  title: "Lessons are learned from incidents",
  description:
    "When control 5.27 is applicable, each resolved or closed incident of medium severity or above records its lessons learned, and each high or critical one turns them into an improvement or a corrective action (`improvementIds`, `nonconformityIds`). An opportunity for improvement listing those that do not.",
  severity: "ofi",
  stage: 2,
  hint: "Hold a post-incident review, record what was learned (`lessonsLearned`), and raise the improvements it calls for (`improvementIds`).",
  reads: ["incidents", "improvements"],
  check(isms, { index }) {
    const skip = unlessApplicable("5.27", index);
    if (skip) return skip;
    const done = isms.incidents.flatMap((x, i) =>
      (x.status === "resolved" || x.status === "closed") && x.severity !== "low" && isIncident(x) ? [{ x, ref: pointer("incidents", i) }] : [],
    );
    if (done.length === 0) return { notAssessable: "no resolved incident of medium severity or above" };
    const out: ConformityRuleFinding[] = [];
    const silent = done.filter(({ x }) => !hasText(x.lessonsLearned));
    if (silent.length > 0) {
      out.push({
        message: `${plural(silent.length, "incident")} ${silent.length === 1 ? "records" : "record"} no lessons learned: ${listForMessage(silent.map(({ x }) => x.id))}`,
        refs: silent.map(({ ref }) => ref),
      });
    }
    const unused = done.filter(({ x }) => (x.severity === "high" || x.severity === "critical") && hasText(x.lessonsLearned) && x.improvementIds.length === 0 && x.nonconformityIds.length === 0);
    if (unused.length > 0) {
      out.push({
        message: `${plural(unused.length, "high or critical incident")} ${unused.length === 1 ? "records" : "record"} lessons but no improvement or corrective action raised from them: ${listForMessage(unused.map(({ x }) => x.id))}`,
        refs: unused.map(({ ref }) => ref),
      });
    }
    return out;
  },
});
