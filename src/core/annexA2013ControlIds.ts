/**
 * The 114 control ids of ISO/IEC 27001:2013 Annex A, `"A.5.1.1"` … `"A.18.2.3"`, in the 2013 order.
 *
 * A test checks that this list agrees, id for id and in order, with `catalog/annex-a-2013.json`.
 *
 * @category Catalog
 * @example
 * ```ts
 * annexA2013ControlIds.length
 * //=> 114
 * annexA2013ControlIds[0]
 * //=> "A.5.1.1"
 * ```
 */
export const annexA2013ControlIds = Object.freeze([
  "A.5.1.1",
  "A.5.1.2",
  "A.6.1.1",
  "A.6.1.2",
  "A.6.1.3",
  "A.6.1.4",
  "A.6.1.5",
  "A.6.2.1",
  "A.6.2.2",
  "A.7.1.1",
  "A.7.1.2",
  "A.7.2.1",
  "A.7.2.2",
  "A.7.2.3",
  "A.7.3.1",
  "A.8.1.1",
  "A.8.1.2",
  "A.8.1.3",
  "A.8.1.4",
  "A.8.2.1",
  "A.8.2.2",
  "A.8.2.3",
  "A.8.3.1",
  "A.8.3.2",
  "A.8.3.3",
  "A.9.1.1",
  "A.9.1.2",
  "A.9.2.1",
  "A.9.2.2",
  "A.9.2.3",
  "A.9.2.4",
  "A.9.2.5",
  "A.9.2.6",
  "A.9.3.1",
  "A.9.4.1",
  "A.9.4.2",
  "A.9.4.3",
  "A.9.4.4",
  "A.9.4.5",
  "A.10.1.1",
  "A.10.1.2",
  "A.11.1.1",
  "A.11.1.2",
  "A.11.1.3",
  "A.11.1.4",
  "A.11.1.5",
  "A.11.1.6",
  "A.11.2.1",
  "A.11.2.2",
  "A.11.2.3",
  "A.11.2.4",
  "A.11.2.5",
  "A.11.2.6",
  "A.11.2.7",
  "A.11.2.8",
  "A.11.2.9",
  "A.12.1.1",
  "A.12.1.2",
  "A.12.1.3",
  "A.12.1.4",
  "A.12.2.1",
  "A.12.3.1",
  "A.12.4.1",
  "A.12.4.2",
  "A.12.4.3",
  "A.12.4.4",
  "A.12.5.1",
  "A.12.6.1",
  "A.12.6.2",
  "A.12.7.1",
  "A.13.1.1",
  "A.13.1.2",
  "A.13.1.3",
  "A.13.2.1",
  "A.13.2.2",
  "A.13.2.3",
  "A.13.2.4",
  "A.14.1.1",
  "A.14.1.2",
  "A.14.1.3",
  "A.14.2.1",
  "A.14.2.2",
  "A.14.2.3",
  "A.14.2.4",
  "A.14.2.5",
  "A.14.2.6",
  "A.14.2.7",
  "A.14.2.8",
  "A.14.2.9",
  "A.14.3.1",
  "A.15.1.1",
  "A.15.1.2",
  "A.15.1.3",
  "A.15.2.1",
  "A.15.2.2",
  "A.16.1.1",
  "A.16.1.2",
  "A.16.1.3",
  "A.16.1.4",
  "A.16.1.5",
  "A.16.1.6",
  "A.16.1.7",
  "A.17.1.1",
  "A.17.1.2",
  "A.17.1.3",
  "A.17.2.1",
  "A.18.1.1",
  "A.18.1.2",
  "A.18.1.3",
  "A.18.1.4",
  "A.18.1.5",
  "A.18.2.1",
  "A.18.2.2",
  "A.18.2.3",
] as const);

/**
 * An ISO/IEC 27001:2013 Annex A control id, `"A.5.1.1"` … `"A.18.2.3"`. A typo such as `"A.5.1.3"`
 * fails to compile.
 *
 * @category Catalog
 * @example
 * ```ts
 * const id: AnnexA2013ControlId = "A.12.6.1";
 * ```
 */
export type AnnexA2013ControlId = (typeof annexA2013ControlIds)[number];

const annexA2013ControlIdSet: ReadonlySet<string> = new Set(annexA2013ControlIds);

/**
 * Whether a value is one of the 114 ISO/IEC 27001:2013 Annex A control ids.
 *
 * @param value - any value
 * @returns `true` when `value` is a string such as `"A.9.2.3"` that names an Annex A 2013 control
 * @category Catalog
 * @example
 * ```ts
 * isAnnexA2013ControlId("A.9.2.3")
 * //=> true
 * isAnnexA2013ControlId("9.2.3")
 * //=> false
 * ```
 */
export function isAnnexA2013ControlId(value: unknown): value is AnnexA2013ControlId {
  return typeof value === "string" && annexA2013ControlIdSet.has(value);
}
