/**
 * The fields of a Statement of Applicability row that {@link diffStatementsOfApplicability} compares.
 *
 * @category Treatment
 * @example
 * ```ts
 * const field: SoaRowField = "implementationStatus";
 * ```
 */
export type SoaRowField =
  | "title"
  | "applicable"
  | "reasons"
  | "justification"
  | "implementationStatus"
  | "ownerId"
  | "riskIds"
  | "plannedImplementationDate"
  | "implementedOn";

/**
 * The metadata fields of a Statement of Applicability that {@link diffStatementsOfApplicability} compares.
 *
 * @category Treatment
 * @example
 * ```ts
 * const field: SoaMetadataField = "version";
 * ```
 */
export type SoaMetadataField = "title" | "organization" | "version" | "date" | "approvedById" | "approvedOn";

/**
 * One field that differs between two versions: its value before and after.
 *
 * @category Treatment
 * @example
 * ```ts
 * const change: SoaFieldChange<SoaRowField> = { field: "applicable", before: null, after: true };
 * ```
 */
export interface SoaFieldChange<Field extends string = string> {
  readonly field: Field;
  readonly before: string | boolean | null | undefined | readonly string[];
  readonly after: string | boolean | null | undefined | readonly string[];
}

/**
 * A row that is in only one of the two versions.
 *
 * @category Treatment
 * @example
 * ```ts
 * const row: SoaRowReference = { controlId: "ORG-3", title: "Customer security reviews", applicable: true };
 * ```
 */
export interface SoaRowReference {
  readonly controlId: string;
  readonly title: string;
  readonly applicable: boolean | null;
}

/**
 * A row in both versions whose fields differ.
 *
 * @category Treatment
 * @example
 * ```ts
 * const change: SoaRowChange = {
 *   controlId: "8.12",
 *   title: "Data leakage prevention",
 *   changes: [{ field: "implementationStatus", before: "planned", after: "partially-implemented" }],
 * };
 * ```
 */
export interface SoaRowChange {
  readonly controlId: string;
  readonly title: string;
  /** The fields that differ, in the order of {@link SoaRowField}. */
  readonly changes: readonly SoaFieldChange<SoaRowField>[];
}

/**
 * What changed between two versions of a Statement of Applicability: metadata, rows added and
 * removed, and the fields that changed in the rows both have.
 *
 * @category Treatment
 * @example
 * ```ts
 * const soa = buildStatementOfApplicability(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }));
 * const diff: SoaDiff = diffStatementsOfApplicability(soa, soa);
 * [diff.identical, diff.unchanged];
 * //=> [true, 93]
 * ```
 */
export interface SoaDiff {
  readonly metadata: readonly SoaFieldChange<SoaMetadataField>[];
  /** Rows only in the later version, in its order. */
  readonly added: readonly SoaRowReference[];
  /** Rows only in the earlier version, in its order. */
  readonly removed: readonly SoaRowReference[];
  /** Rows in both whose fields differ, in the later version's order. */
  readonly changed: readonly SoaRowChange[];
  /** The number of rows in both with no difference. */
  readonly unchanged: number;
  /** True when nothing differs, metadata included. */
  readonly identical: boolean;
}
