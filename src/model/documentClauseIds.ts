import type { ClauseId } from "../core/clauseIds";
import type { IsmsDocument } from "./DocumentSchema";
import { argumentError } from "../core/arguments";
import { describeValue } from "../core/describeValue";

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
  if (document === null || typeof document !== "object" || typeof document.type !== "string" || !Array.isArray(document.clauseIds)) {
    throw argumentError("documentClauseIds", ["document"], "invalid_type", `expected a document with a type and clauseIds (from parseIsms); found ${describeValue(document)}`);
  }
  const implied = Object.hasOwn(CLAUSE_OF_TYPE, document.type) ? CLAUSE_OF_TYPE[document.type] : undefined;
  const out = [...document.clauseIds];
  if (implied !== undefined && !out.includes(implied)) out.push(implied);
  return out;
}
