/**
 * The ids of the clauses and subclauses of ISO/IEC 27001:2022 clauses 4 to 10, in document order.
 *
 * A test checks that this list agrees with `catalog/clauses-2022.json`.
 *
 * @category Catalog
 * @example
 * ```ts
 * clauseIds.includes("9.3.2")
 * //=> true
 * ```
 */
export const clauseIds = Object.freeze([
  "4",
  "4.1",
  "4.2",
  "4.3",
  "4.4",
  "5",
  "5.1",
  "5.2",
  "5.3",
  "6",
  "6.1",
  "6.1.1",
  "6.1.2",
  "6.1.3",
  "6.2",
  "6.3",
  "7",
  "7.1",
  "7.2",
  "7.3",
  "7.4",
  "7.5",
  "7.5.1",
  "7.5.2",
  "7.5.3",
  "8",
  "8.1",
  "8.2",
  "8.3",
  "9",
  "9.1",
  "9.2",
  "9.2.1",
  "9.2.2",
  "9.3",
  "9.3.1",
  "9.3.2",
  "9.3.3",
  "10",
  "10.1",
  "10.2",
] as const);

/**
 * The id of a clause or subclause of ISO/IEC 27001:2022, `"4"` … `"10.2"`.
 *
 * @category Catalog
 * @example
 * ```ts
 * const id: ClauseId = "6.1.3";
 * ```
 */
export type ClauseId = (typeof clauseIds)[number];

const clauseIdSet: ReadonlySet<string> = new Set(clauseIds);

/**
 * Whether a value is the id of a clause or subclause of ISO/IEC 27001:2022 (clauses 4 to 10).
 *
 * @param value - any value
 * @returns `true` for ids such as `"4.3"` or `"9.2.2"`
 * @category Catalog
 * @example
 * ```ts
 * isClauseId("9.2.2")
 * //=> true
 * isClauseId("11")
 * //=> false
 * ```
 */
export function isClauseId(value: unknown): value is ClauseId {
  return typeof value === "string" && clauseIdSet.has(value);
}
