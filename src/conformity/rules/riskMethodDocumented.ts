import { documentClauseIds } from "../../model/documentClauseIds";
import { builtInRule } from "../_lib/builtInRule";
import { quote } from "../_lib/text";

/** 6.1.2: the risk assessment process is documented. @category Conformity */
export const riskMethodDocumented = builtInRule({
  id: "6.1.2-risk-method-documented",
  clause: "6.1.2",
  title: "The risk assessment process is documented and approved",
  description:
    "The risk assessment process is kept as documented information (`riskMethod.documentId`, or a document serving clause 6.1.2 — by `clauseIds` or by its type `risk-methodology`) that has been approved. Minor when there is none or it is not approved.",
  severity: "minor",
  stage: 1,
  hint: "Point `riskMethod.documentId` to the approved risk methodology.",
  check(isms, { index }) {
    const method = isms.riskMethod;
    if (method === undefined) return { notAssessable: "no risk method is defined" };
    const declared = method.documentId === undefined ? undefined : index.documents.get(method.documentId);
    const found =
      declared ?? isms.documents.flatMap((d, i) => (d.status !== "retired" && documentClauseIds(d).includes("6.1.2") ? [{ value: d, pointer: `/documents/${i}` }] : []))[0];
    if (found === undefined) return [{ message: "the risk assessment process is not kept as documented information", refs: ["/riskMethod"] }];
    if (found.value.status !== "approved") {
      return [{ message: `the risk methodology ${quote(found.value.title)} is ${found.value.status}, not approved`, refs: [found.pointer] }];
    }
    return [];
  },
});
