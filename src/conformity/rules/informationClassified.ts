import { unlessApplicable } from "../_lib/applicability";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural } from "../_lib/text";

/** Annex A 5.12: information is classified. @category Conformity */
export const informationClassified = builtInRule({
  id: "A.5.12-information-classified",
  controlId: "5.12",
  title: "Information assets are classified",
  description: "When control 5.12 is applicable, each information asset carries a classification. An opportunity for improvement listing those that do not.",
  severity: "ofi",
  stage: 2,
  hint: "Classify the information asset under your classification scheme (`assets[].classification`).",
  reads: ["assets"],
  check(isms, { index }) {
    const skip = unlessApplicable("5.12", index);
    if (skip) return skip;
    const info = isms.assets.flatMap((a, i) => (a.type === "information" ? [{ a, ref: pointer("assets", i) }] : []));
    if (info.length === 0) return { notAssessable: "no information asset is recorded" };
    const unclassified = info.filter(({ a }) => a.classification === undefined);
    if (unclassified.length === 0) return [];
    return [
      {
        message: `${plural(unclassified.length, "information asset")} ${unclassified.length === 1 ? "is" : "are"} not classified: ${listForMessage(unclassified.map(({ a }) => a.id))}`,
        refs: unclassified.map(({ ref }) => ref),
      },
    ];
  },
});
