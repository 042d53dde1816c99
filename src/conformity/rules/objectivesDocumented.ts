import { documentClauseIds } from "../../model/documentClauseIds";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural } from "../_lib/text";

/** 6.2 g: the objectives are available as documented information. @category Conformity */
export const objectivesDocumented = builtInRule({
  id: "6.2-objectives-documented",
  clause: "6.2",
  title: "Objectives are kept as documented information",
  description:
    "The information security objectives are documented: a current document serves clause 6.2, or each objective names the documents that hold it (`documentIds`). Minor listing the objectives held in no document.",
  severity: "minor",
  stage: 1,
  hint: "Keep the objectives in a document (the policy, an objectives register) and link it: `documents[].clauseIds` with \"6.2\", or `objectives[].documentIds`.",
  check(isms) {
    const live = isms.objectives.flatMap((o, i) => (o.status !== "cancelled" ? [{ o, ref: pointer("objectives", i) }] : []));
    if (live.length === 0) return { notAssessable: "no objective has been established" };
    const current = new Set(isms.documents.filter((d) => d.status !== "retired").map((d) => d.id));
    if (isms.documents.some((d) => d.status !== "retired" && documentClauseIds(d).includes("6.2"))) return [];
    const undocumented = live.filter(({ o }) => !o.documentIds.some((id) => current.has(id)));
    if (undocumented.length === 0) return [];
    return [
      {
        message: `${plural(undocumented.length, "objective")} ${undocumented.length === 1 ? "is" : "are"} held in no current document: ${listForMessage(undocumented.map(({ o }) => o.id))}`,
        refs: undocumented.map(({ ref }) => ref),
      },
    ];
  },
});
