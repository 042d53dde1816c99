import type { ClauseId } from "../../core/clauseIds";
import { clauses } from "../../catalog/clauses";

const children = new Map<string, ClauseId[]>();
for (const clause of clauses) {
  if (clause.parent === null) continue;
  const list = children.get(clause.parent);
  if (list) list.push(clause.id);
  else children.set(clause.parent, [clause.id]);
}

/** The clauses directly under a clause (none for a leaf). */
export function childClauses(id: string): readonly ClauseId[] {
  return children.get(id) ?? [];
}

/** The assessable clauses (4.1 … 10.2, without the headings), in the standard's order. */
export const assessableClauseIds: readonly ClauseId[] = Object.freeze(clauses.filter((c) => c.assessable).map((c) => c.id));

/** The clauses named, each with every clause under it: an audit of "9" covers 9.1 … 9.3.3. */
export function expandClauses(ids: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const visit = (id: string) => {
    if (out.has(id)) return;
    out.add(id);
    for (const child of childClauses(id)) visit(child);
  };
  for (const id of ids) visit(id);
  return out;
}
