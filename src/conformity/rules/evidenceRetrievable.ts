import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural } from "../_lib/text";

/** 7.5.3: evidence can be retrieved and its integrity shown. @category Conformity */
export const evidenceRetrievable = builtInRule({
  id: "7.5.3-evidence-retrievable",
  clause: "7.5.3",
  title: "Evidence can be found and trusted",
  description: "Each evidence record says where the evidence is (`location`) or carries a hash of it. An opportunity for improvement listing those with neither.",
  severity: "ofi",
  stage: 2,
  hint: "Record the `location` of the evidence, or its `hash`.",
  check(isms) {
    if (isms.evidence.length === 0) return { notAssessable: "no evidence is recorded" };
    // A loop, not flatMap: nothing allocated for each of the (many) records that can be found.
    const lost: { id: string; ref: string }[] = [];
    for (let i = 0; i < isms.evidence.length; i++) {
      const e = isms.evidence[i]!;
      if (e.location === undefined && e.hash === undefined) lost.push({ id: e.id, ref: pointer("evidence", i) });
    }
    if (lost.length === 0) return [];
    return [
      {
        message: `${plural(lost.length, "evidence record")} ${lost.length === 1 ? "has" : "have"} neither a location nor a hash: ${listForMessage(lost.map((l) => l.id))}`,
        refs: lost.map((l) => l.ref),
      },
    ];
  },
});
