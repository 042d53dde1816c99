/**
 * The 93 control ids of ISO/IEC 27001:2022 Annex A, in catalog order: 37 organizational (5.x),
 * 8 people (6.x), 14 physical (7.x) and 34 technological (8.x) controls.
 *
 * A test checks that this list agrees, id for id and in order, with `catalog/annex-a-2022.json`.
 *
 * @category Catalog
 * @example
 * ```ts
 * annexAControlIds.length
 * //=> 93
 * annexAControlIds[0]
 * //=> "5.1"
 * ```
 */
export const annexAControlIds = Object.freeze([
  "5.1",
  "5.2",
  "5.3",
  "5.4",
  "5.5",
  "5.6",
  "5.7",
  "5.8",
  "5.9",
  "5.10",
  "5.11",
  "5.12",
  "5.13",
  "5.14",
  "5.15",
  "5.16",
  "5.17",
  "5.18",
  "5.19",
  "5.20",
  "5.21",
  "5.22",
  "5.23",
  "5.24",
  "5.25",
  "5.26",
  "5.27",
  "5.28",
  "5.29",
  "5.30",
  "5.31",
  "5.32",
  "5.33",
  "5.34",
  "5.35",
  "5.36",
  "5.37",
  "6.1",
  "6.2",
  "6.3",
  "6.4",
  "6.5",
  "6.6",
  "6.7",
  "6.8",
  "7.1",
  "7.2",
  "7.3",
  "7.4",
  "7.5",
  "7.6",
  "7.7",
  "7.8",
  "7.9",
  "7.10",
  "7.11",
  "7.12",
  "7.13",
  "7.14",
  "8.1",
  "8.2",
  "8.3",
  "8.4",
  "8.5",
  "8.6",
  "8.7",
  "8.8",
  "8.9",
  "8.10",
  "8.11",
  "8.12",
  "8.13",
  "8.14",
  "8.15",
  "8.16",
  "8.17",
  "8.18",
  "8.19",
  "8.20",
  "8.21",
  "8.22",
  "8.23",
  "8.24",
  "8.25",
  "8.26",
  "8.27",
  "8.28",
  "8.29",
  "8.30",
  "8.31",
  "8.32",
  "8.33",
  "8.34",
] as const);

/**
 * An ISO/IEC 27001:2022 Annex A control id, `"5.1"` … `"8.34"`. A typo such as `"9.9"` fails to compile.
 *
 * @category Catalog
 * @example
 * ```ts
 * const id: AnnexAControlId = "8.24";
 * ```
 */
export type AnnexAControlId = (typeof annexAControlIds)[number];

const annexAControlIdSet: ReadonlySet<string> = new Set(annexAControlIds);

/**
 * Whether a value is one of the 93 Annex A 2022 control ids.
 *
 * @param value - any value
 * @returns `true` when `value` is a string such as `"5.23"` that names an Annex A 2022 control
 * @category Catalog
 * @example
 * ```ts
 * isAnnexAControlId("5.23")
 * //=> true
 * isAnnexAControlId("A.5.23")
 * //=> false
 * ```
 */
export function isAnnexAControlId(value: unknown): value is AnnexAControlId {
  // Every Annex A id is 3 or 4 characters ("5.1" … "8.34"): longer text is rejected before the set is probed.
  return typeof value === "string" && value.length <= 4 && annexAControlIdSet.has(value);
}
