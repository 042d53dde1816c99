/**
 * A column of an exported Statement of Applicability ({@link soaToTable}, {@link soaToCsv},
 * {@link soaToMarkdown}, {@link soaToXlsx}): a field of {@link SoaRow}. `owner` shows the owner's
 * name, else the id; `problems` lists the row's problems (a working column, not in the defaults).
 *
 * @category Treatment
 * @example
 * ```ts
 * const columns: SoaColumn[] = ["controlId", "title", "applicable", "justification"];
 * ```
 */
export type SoaColumn =
  | "controlId"
  | "title"
  | "theme"
  | "source"
  | "applicable"
  | "reasons"
  | "derivedReasons"
  | "justification"
  | "implementationStatus"
  | "owner"
  | "riskIds"
  | "requirementIds"
  | "documentIds"
  | "evidenceIds"
  | "relatedControlIds"
  | "implementedOn"
  | "plannedImplementationDate"
  | "lastReviewedOn"
  | "problems";

/**
 * The columns an exported Statement of Applicability has unless others are asked for: the control,
 * its theme, the decision with its reasons and justification, implementation status, owner, the
 * risks, requirements and evidence behind it, and its dates.
 *
 * @category Treatment
 * @example
 * ```ts
 * defaultSoaColumns.slice(0, 5)
 * //=> ["controlId", "title", "theme", "applicable", "reasons"]
 * ```
 */
export const defaultSoaColumns: readonly SoaColumn[] = Object.freeze([
  "controlId",
  "title",
  "theme",
  "applicable",
  "reasons",
  "justification",
  "implementationStatus",
  "owner",
  "riskIds",
  "requirementIds",
  "evidenceIds",
  "plannedImplementationDate",
  "implementedOn",
  "lastReviewedOn",
] as const);
