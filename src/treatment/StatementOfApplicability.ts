import type { SoaProblemCode, SoaRow } from "./SoaRow";

/**
 * Who issued the Statement of Applicability, which version, and who approved it. See
 * {@link buildStatementOfApplicability} for where each field comes from.
 *
 * @category Treatment
 * @example
 * ```ts
 * const metadata: SoaMetadata = {
 *   title: "Statement of Applicability",
 *   organization: "Northwind Cloud",
 *   version: "2.2",
 *   date: "2026-10-20",
 *   approvedById: "p-ceo",
 *   approvedByName: "Dana Smith",
 *   approvedOn: "2026-10-20",
 *   documentId: "doc-soa",
 *   catalog: { id: "iso27001-2022-annex-a", name: "ISO/IEC 27001:2022 Annex A", version: "2022" },
 * };
 * ```
 */
export interface SoaMetadata {
  readonly title: string;
  /** The organisation's name. */
  readonly organization: string;
  readonly version: string | undefined;
  /** The day this version was issued, `YYYY-MM-DD`. */
  readonly date: string | undefined;
  /** The person who approved it (a people id, or a name given in the options). */
  readonly approvedById: string | undefined;
  /** The approver's name, when the approver is one of the document's people. */
  readonly approvedByName: string | undefined;
  readonly approvedOn: string | undefined;
  /** The `documents` entry the metadata was read from, if any. */
  readonly documentId: string | undefined;
  /** The catalog the rows come from. */
  readonly catalog: { readonly id: string; readonly name: string; readonly version: string | undefined };
}

/**
 * Counts over the rows of a Statement of Applicability. The implementation counts are over the
 * applicable rows.
 *
 * @category Treatment
 * @example
 * ```ts
 * const summary: SoaSummary = buildStatementOfApplicability(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } })).summary;
 * [summary.total, summary.undecided, summary.rowsWithProblems];
 * //=> [93, 93, 93]
 * ```
 */
export interface SoaSummary {
  readonly total: number;
  /** Rows of catalog controls. */
  readonly annexA: number;
  /** Rows of the organisation's own controls. */
  readonly custom: number;
  readonly applicable: number;
  readonly excluded: number;
  readonly undecided: number;
  readonly implemented: number;
  readonly partiallyImplemented: number;
  readonly planned: number;
  readonly notImplemented: number;
  /** Applicable rows without an implementation status. */
  readonly withoutStatus: number;
  readonly rowsWithProblems: number;
  /** The number of rows with each kind of problem. */
  readonly problems: Readonly<Record<SoaProblemCode, number>>;
}

/**
 * A Statement of Applicability (ISO/IEC 27001:2022 6.1.3 d): metadata, one row per Annex A control in
 * catalog order followed by the organisation's own controls, and a summary. Plain data: export it
 * with {@link soaToCsv}, {@link soaToMarkdown} or {@link soaToXlsx}, compare versions with
 * {@link diffStatementsOfApplicability}.
 *
 * @category Treatment
 * @example
 * ```ts
 * const soa: StatementOfApplicability = buildStatementOfApplicability(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }));
 * [soa.rows.length, soa.rows[0]?.controlId, soa.rows[92]?.controlId];
 * //=> [93, "5.1", "8.34"]
 * ```
 */
export interface StatementOfApplicability {
  readonly metadata: SoaMetadata;
  readonly rows: readonly SoaRow[];
  readonly summary: SoaSummary;
}
