import type { ImplementationStatus, InclusionReason } from "../model/ControlSchema";

/**
 * What is wrong with a row of the Statement of Applicability:
 * - `undecided`: no control record, or `applicable: null`;
 * - `missing-justification`: excluded without a justification, or included with no reason but best
 *   practice and no justification — a placeholder ("N/A", "-", "TBD" …) is no justification, nor is a
 *   text repeated word for word on ten or more controls of different themes (boilerplate);
 * - `excluded-but-selected`: excluded while a risk treatment or an interested-party requirement
 *   selects it;
 * - `missing-implementation-status`: applicable without an implementation status;
 * - `unknown-control`: a control record that is neither in the catalog nor defined as the
 *   organisation's own (a `custom` block).
 *
 * @category Treatment
 * @example
 * ```ts
 * const code: SoaProblemCode = "excluded-but-selected";
 * ```
 */
export type SoaProblemCode =
  | "undecided"
  | "missing-justification"
  | "excluded-but-selected"
  | "missing-implementation-status"
  | "unknown-control";

/**
 * A problem with one row of the Statement of Applicability, as data.
 *
 * @category Treatment
 * @example
 * ```ts
 * const problem: SoaProblem = { code: "missing-justification", message: "7.12: excluded without a justification" };
 * ```
 */
export interface SoaProblem {
  readonly code: SoaProblemCode;
  readonly message: string;
}

/**
 * One row of the Statement of Applicability: one Annex A control, or one of the organisation's own
 * controls, with the decision on it, why, how far it is implemented, and what it is linked to. Lists
 * of ids are new arrays; `evidenceIds`, `requirementIds` and `documentIds` are sorted and unique.
 *
 * @category Treatment
 * @example
 * ```ts
 * const soa = buildStatementOfApplicability(parseIsms({
 *   schemaVersion: "1.0", organization: { name: "Acme" },
 *   controls: [{ id: "5.1", applicable: true, reasons: ["business"], implementationStatus: "implemented" }],
 * }));
 * const row: SoaRow = soa.rows[0]!;
 * [row.controlId, row.applicable, row.reasons, row.pointer, row.problems];
 * //=> ["5.1", true, ["business"], "/controls/0", []]
 * ```
 */
export interface SoaRow {
  /** The Annex A id (`"5.15"`) or the organisation's own control id. */
  readonly controlId: string;
  readonly title: string;
  /** The Annex A theme, or the theme the organisation gave its own control. */
  readonly theme: string | undefined;
  /** `annex-a` for a control of the catalog, `custom` for the organisation's own. */
  readonly source: "annex-a" | "custom";
  /** JSON Pointer of the control record, or `undefined` when the document has none. */
  readonly pointer: string | undefined;
  /** `true` included, `false` excluded, `null` not decided (or no record). */
  readonly applicable: boolean | null;
  /** Reasons for inclusion: those declared on the record plus those derived, in a fixed order. */
  readonly reasons: readonly InclusionReason[];
  /** The reasons derived from the document and not declared: `risk-treatment` when a risk selects
   * the control, `legal`, `regulatory`, `contractual` from the requirements that call for it. */
  readonly derivedReasons: readonly InclusionReason[];
  /** Why it is included or excluded, as recorded. */
  readonly justification: string | undefined;
  readonly implementationStatus: ImplementationStatus | undefined;
  readonly ownerId: string | undefined;
  /** The owner's name, when the owner is one of the document's people. */
  readonly ownerName: string | undefined;
  /** Open risks whose treatment selects the control, in document order. */
  readonly riskIds: readonly string[];
  /** Requirements that name the control, plus those the record lists. */
  readonly requirementIds: readonly string[];
  /**
   * The requirements among `requirementIds` that call for the control: those the record lists, and
   * those addressed through the ISMS by a relevant interested party. With `riskIds`, what selects it.
   */
  readonly selectingRequirementIds: readonly string[];
  /** Documents that name the control, plus those the record lists. */
  readonly documentIds: readonly string[];
  /** Evidence records that name the control, plus those the record lists. */
  readonly evidenceIds: readonly string[];
  /** For an Annex A control, the organisation's own controls related to it; for an own control, its related Annex A controls. */
  readonly relatedControlIds: readonly string[];
  readonly implementedOn: string | undefined;
  readonly plannedImplementationDate: string | undefined;
  readonly lastReviewedOn: string | undefined;
  /** What an auditor would question in this row; empty when it is complete. */
  readonly problems: readonly SoaProblem[];
}
