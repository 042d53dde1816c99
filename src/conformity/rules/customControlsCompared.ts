import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural } from "../_lib/text";

/** 6.1.3 c: the organisation's own controls are compared with Annex A. @category Conformity */
export const customControlsCompared = builtInRule({
  id: "6.1.3-custom-controls-compared",
  clause: "6.1.3",
  title: "Own controls are compared with Annex A",
  description: "Each of the organisation's own controls names the Annex A controls it relates to (`custom.relatedAnnexAIds`), showing the comparison with Annex A. An opportunity for improvement listing those that do not.",
  severity: "ofi",
  stage: 1,
  hint: "List the related Annex A controls in `custom.relatedAnnexAIds`.",
  check(isms) {
    const custom = isms.controls.flatMap((c, i) => (c.custom !== undefined ? [{ c, ref: pointer("controls", i) }] : []));
    if (custom.length === 0) return { notAssessable: "the organisation has no controls of its own" };
    const unmapped = custom.filter(({ c }) => c.custom!.relatedAnnexAIds.length === 0);
    if (unmapped.length === 0) return [];
    return [
      {
        message: `${plural(unmapped.length, "own control")} ${unmapped.length === 1 ? "is" : "are"} not related to any Annex A control: ${listForMessage(unmapped.map((u) => u.c.id))}`,
        refs: unmapped.map((u) => u.ref),
      },
    ];
  },
});
