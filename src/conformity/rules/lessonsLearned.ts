import { unlessApplicable } from "../_lib/applicability";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural } from "../_lib/text";

/** Annex A 5.27: lessons are learned from incidents. @category Conformity */
export const lessonsLearned = builtInRule({
  id: "A.5.27-lessons-learned",
  controlId: "5.27",
  title: "Lessons are learned from incidents",
  description: "When control 5.27 is applicable, each resolved or closed incident of medium severity or above records its lessons learned. An opportunity for improvement listing those that do not.",
  severity: "ofi",
  stage: 2,
  hint: "Hold a post-incident review and record what was learned (`lessonsLearned`).",
  check(isms, { index }) {
    const skip = unlessApplicable("5.27", index);
    if (skip) return skip;
    const done = isms.incidents.flatMap((x, i) =>
      (x.status === "resolved" || x.status === "closed") && x.severity !== "low" ? [{ x, ref: pointer("incidents", i) }] : [],
    );
    if (done.length === 0) return { notAssessable: "no resolved incident of medium severity or above" };
    const silent = done.filter(({ x }) => x.lessonsLearned === undefined || !/\S/.test(x.lessonsLearned));
    if (silent.length === 0) return [];
    return [
      {
        message: `${plural(silent.length, "incident")} ${silent.length === 1 ? "records" : "record"} no lessons learned: ${listForMessage(silent.map(({ x }) => x.id))}`,
        refs: silent.map(({ ref }) => ref),
      },
    ];
  },
});
