import { documentClauseIds } from "../../model/documentClauseIds";
import { builtInRule } from "../_lib/builtInRule";
import { quote } from "../_lib/text";

/** 4.3: the scope is available as documented information. @category Conformity */
export const scopeDocumented = builtInRule({
  id: "4.3-scope-documented",
  clause: "4.3",
  title: "The scope is documented and approved",
  description:
    "The scope is kept as documented information (`scope.documentId`, or a document serving clause 4.3 — by `clauseIds` or by its type `isms-scope`) that has been approved. Minor when there is no such document or it is not approved.",
  severity: "minor",
  stage: 1,
  hint: "Point `scope.documentId` to the scope document and have it approved.",
  check(isms, { index }) {
    const scope = isms.scope;
    if (scope === undefined) return { notAssessable: "the document has no scope" };
    const declared = scope.documentId === undefined ? undefined : index.documents.get(scope.documentId);
    const found =
      declared ??
      isms.documents.flatMap((d, i) => (d.status !== "retired" && documentClauseIds(d).includes("4.3") ? [{ value: d, pointer: `/documents/${i}` }] : []))[0];
    if (found === undefined) return [{ message: "the scope is not kept as documented information", refs: ["/scope"] }];
    if (found.value.status !== "approved") {
      return [{ message: `the scope document ${quote(found.value.title)} is ${found.value.status}, not approved`, refs: [found.pointer] }];
    }
    return [];
  },
});
