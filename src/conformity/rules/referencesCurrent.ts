import { formatJsonPath } from "../../core/jsonPointer";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { quote } from "../_lib/text";

/** 7.5.1 / 7.5.3: the ISMS refers to current documents, not retired ones. @category Conformity */
export const referencesCurrent = builtInRule({
  id: "7.5.1-references-current",
  clause: "7.5.1",
  title: "The ISMS refers to current documents",
  description:
    "Scope, context, risk method, roles, objectives, controls and communications refer to current documents, not retired ones. Minor for each reference to a retired document.",
  severity: "minor",
  stage: 2,
  hint: "Point the reference to the document that replaced the retired one.",
  check(isms, { index }) {
    const refs: { path: (string | number)[]; id: string }[] = [];
    if (isms.scope?.documentId !== undefined) refs.push({ path: ["scope", "documentId"], id: isms.scope.documentId });
    if (isms.context?.documentId !== undefined) refs.push({ path: ["context", "documentId"], id: isms.context.documentId });
    if (isms.riskMethod?.documentId !== undefined) refs.push({ path: ["riskMethod", "documentId"], id: isms.riskMethod.documentId });
    const lists = [
      ["roles", isms.roles],
      ["objectives", isms.objectives],
      ["controls", isms.controls],
      ["communications", isms.communications],
    ] as const;
    for (const [name, items] of lists) {
      items.forEach((item, i) => item.documentIds.forEach((id, j) => refs.push({ path: [name, i, "documentIds", j], id })));
    }
    return refs.flatMap(({ path, id }) => {
      const d = index.documents.get(id)?.value;
      return d?.status === "retired" ? [{ message: `${formatJsonPath(path)} refers to the retired document ${quote(d.title)}`, refs: [pointer(...path)] }] : [];
    });
  },
});
