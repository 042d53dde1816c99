import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { quote } from "../_lib/text";

/** 4.2 b: the relevant requirements of interested parties are determined. @category Conformity */
export const requirementsDetermined = builtInRule({
  id: "4.2-requirements-determined",
  clause: "4.2",
  title: "Requirements of interested parties are determined",
  description:
    "The relevant interested parties' requirements are recorded. Minor when no relevant party has any; an opportunity for improvement for each relevant party without requirements.",
  severity: "minor",
  stage: 1,
  hint: "Record each party's legal, regulatory, contractual and other requirements in `interestedParties[].requirements`.",
  check(isms) {
    const relevant = isms.interestedParties.flatMap((p, i) => (p.relevant ? [{ p, ref: pointer("interestedParties", i) }] : []));
    if (relevant.length === 0) return { notAssessable: "no relevant interested party has been recorded" };
    const without = relevant.filter(({ p }) => p.requirements.length === 0);
    if (without.length === relevant.length) {
      return [{ message: "no requirement of any relevant interested party has been determined", refs: ["/interestedParties"] }];
    }
    return without.map(({ p, ref }) => ({
      severity: "ofi" as const,
      message: `interested party ${quote(p.name)} is relevant but none of its requirements is recorded`,
      refs: [ref],
    }));
  },
});
