import type { ClauseId } from "../core/clauseIds";
import type { IsmsDocument } from "./DocumentSchema";

/** The clause a document of a named type serves without saying so. */
const CLAUSE_OF_TYPE: Partial<Record<IsmsDocument["type"], ClauseId>> = {
  "information-security-policy": "5.2",
  "isms-scope": "4.3",
  "risk-methodology": "6.1.2",
  "statement-of-applicability": "6.1.3",
  "risk-treatment-plan": "6.1.3",
};

/**
 * The clauses a document serves as documented information: those its `clauseIds` list, and the one
 * its `type` stands for — `information-security-policy` 5.2, `isms-scope` 4.3, `risk-methodology`
 * 6.1.2, `statement-of-applicability` and `risk-treatment-plan` 6.1.3. Each once, in that order.
 *
 * @param document - a document of the ISMS
 * @returns the clause ids, a new array
 * @category Model
 * @example
 * ```ts
 * documentClauseIds(DocumentSchema.parse({ id: "doc-scope", title: "ISMS scope", type: "isms-scope" }))
 * //=> ["4.3"]
 * documentClauseIds(DocumentSchema.parse({ id: "doc-soa", title: "SoA", type: "statement-of-applicability", clauseIds: ["6.1.3", "8.3"] }))
 * //=> ["6.1.3", "8.3"]
 * ```
 */
export function documentClauseIds(document: Pick<IsmsDocument, "type" | "clauseIds">): ClauseId[] {
  const implied = CLAUSE_OF_TYPE[document.type];
  const out = [...document.clauseIds];
  if (implied !== undefined && !out.includes(implied)) out.push(implied);
  return out;
}
