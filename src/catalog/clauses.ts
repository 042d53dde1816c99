import { clauseData } from "./_lib/clauseData";
import type { Clause } from "./ClauseSchema";

/**
 * The clauses and subclauses 4 to 10.2 of ISO/IEC 27001:2022 in document order, with official titles,
 * hierarchy, whether each can be assessed, a summary in this library's words and the documented
 * information each requires. Deeply frozen; the data lives in `catalog/clauses-2022.json`.
 *
 * @category Catalog
 * @example
 * ```ts
 * clauses.length
 * //=> 41
 * clauses.filter((clause) => clause.documentedInformation !== undefined).map((clause) => clause.id)
 * //=> ["4.3", "5.2", "6.1.2", "6.1.3", "6.2", "7.2", "7.5.1", "8.1", "8.2", "8.3", "9.1", "9.2.2", "9.3.3", "10.2"]
 * ```
 */
export const clauses: readonly Clause[] = clauseData.clauses;
