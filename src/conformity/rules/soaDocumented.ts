import { documentClauseIds } from "../../model/documentClauseIds";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, quote } from "../_lib/text";

/** 6.1.3: the risk treatment process and the SoA are documented. @category Conformity */
export const soaDocumented = builtInRule({
  id: "6.1.3-soa-documented",
  clause: "6.1.3",
  title: "The risk treatment process and the SoA are documented and approved",
  description:
    "At least one current document serves clause 6.1.3 (the risk treatment process and the Statement of Applicability) — by `clauseIds` or by its type `statement-of-applicability` or `risk-treatment-plan` — and it is approved. Minor when none exists or none is approved.",
  severity: "minor",
  stage: 1,
  hint: "Keep the Statement of Applicability and the risk treatment process as documents listing clause \"6.1.3\" in `clauseIds`, and approve them.",
  check(isms) {
    const docs = isms.documents.flatMap((d, i) => (d.status !== "retired" && documentClauseIds(d).includes("6.1.3") ? [{ d, ref: pointer("documents", i) }] : []));
    if (docs.length === 0) return [{ message: "no document holds the risk treatment process or the Statement of Applicability (none serves clause 6.1.3)", refs: ["/documents"] }];
    if (docs.some(({ d }) => d.status === "approved")) return [];
    return [{ message: `no document serving clause 6.1.3 is approved: ${listForMessage(docs.map(({ d }) => `${quote(d.title)} (${d.status})`))}`, refs: docs.map(({ ref }) => ref) }];
  },
});
