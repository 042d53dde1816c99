import type { ClauseId } from "../core/clauseIds";
import type { Clause } from "./ClauseSchema";
import { clauses } from "./clauses";
import type { KnownId, LookupResult } from "./KnownId";

const clauseById: ReadonlyMap<string, Clause> = new Map(clauses.map((clause) => [clause.id, clause]));

/**
 * Looks up a clause or subclause of ISO/IEC 27001:2022 by id. An unknown id returns `undefined`;
 * written as a literal it does not compile.
 *
 * @param id - a clause id such as `"6.1.3"`, or any string known only at run time
 * @returns the clause, or `undefined` when there is no clause with that id
 * @category Catalog
 * @example
 * ```ts
 * getClause("10.1")?.title
 * //=> "Continual improvement"
 * getClause("9.2.2")?.parent
 * //=> "9.2"
 * getClause(String(11))
 * //=> undefined
 * ```
 */
export function getClause<const Id extends string>(id: KnownId<Id, ClauseId>): LookupResult<Id, ClauseId, Clause> {
  return clauseById.get(id) as LookupResult<Id, ClauseId, Clause>;
}
