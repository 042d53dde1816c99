import type { ImplementationStatus, InclusionReason } from "../../model/ControlSchema";
import type { SoaColumn } from "../SoaColumn";
import type { SoaRow } from "../../treatment/SoaRow";
import type { StatementOfApplicability } from "../../treatment/StatementOfApplicability";
import { argumentError } from "../../core/arguments";
import { describeValue, listValues } from "../../core/describeValue";
import { isStatementOfApplicability } from "../../treatment/isStatementOfApplicability";

/** The header of each column. */
export const columnLabels: Readonly<Record<SoaColumn, string>> = {
  controlId: "Control",
  title: "Title",
  theme: "Theme",
  source: "Source",
  applicable: "Applicable",
  reasons: "Reasons for inclusion",
  derivedReasons: "Derived reasons",
  justification: "Justification",
  implementationStatus: "Implementation status",
  owner: "Owner",
  riskIds: "Risks treated",
  requirementIds: "Requirements",
  documentIds: "Documents",
  evidenceIds: "Evidence",
  relatedControlIds: "Related controls",
  implementedOn: "Implemented on",
  plannedImplementationDate: "Planned implementation",
  lastReviewedOn: "Last reviewed",
  problems: "Problems",
};

/** A suitable width, in characters, for each column of a spreadsheet. */
export const columnWidths: Readonly<Record<SoaColumn, number>> = {
  controlId: 9,
  title: 40,
  theme: 15,
  source: 9,
  applicable: 11,
  reasons: 26,
  derivedReasons: 26,
  justification: 70,
  implementationStatus: 21,
  owner: 20,
  riskIds: 18,
  requirementIds: 18,
  documentIds: 18,
  evidenceIds: 22,
  relatedControlIds: 16,
  implementedOn: 14,
  plannedImplementationDate: 14,
  lastReviewedOn: 14,
  problems: 60,
};

const reasonLabels: Readonly<Record<InclusionReason, string>> = {
  "risk-treatment": "Risk treatment",
  legal: "Legal",
  regulatory: "Regulatory",
  contractual: "Contractual",
  business: "Business",
  "best-practice": "Best practice",
};

const statusLabels: Readonly<Record<ImplementationStatus, string>> = {
  implemented: "Implemented",
  "partially-implemented": "Partially implemented",
  planned: "Planned",
  "not-implemented": "Not implemented",
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The text of one cell. */
export function cellText(row: SoaRow, column: SoaColumn): string {
  switch (column) {
    case "controlId":
      return row.controlId;
    case "title":
      return row.title;
    case "theme":
      return row.theme === undefined ? "" : capitalize(row.theme);
    case "source":
      return row.source === "annex-a" ? "Annex A" : "Own";
    case "applicable":
      return row.applicable === true ? "Yes" : row.applicable === false ? "No" : "Not decided";
    case "reasons":
      return row.reasons.map((reason) => reasonLabels[reason] ?? reason).join(", ");
    case "derivedReasons":
      return row.derivedReasons.map((reason) => reasonLabels[reason] ?? reason).join(", ");
    case "justification":
      return row.justification ?? "";
    case "implementationStatus":
      return row.implementationStatus === undefined ? "" : (statusLabels[row.implementationStatus] ?? row.implementationStatus);
    case "owner":
      return row.ownerName ?? row.ownerId ?? "";
    case "riskIds":
    case "requirementIds":
    case "documentIds":
    case "evidenceIds":
    case "relatedControlIds":
      return row[column].join(", ");
    case "implementedOn":
    case "plannedImplementationDate":
    case "lastReviewedOn":
      return row[column] ?? "";
    case "problems":
      return row.problems.map((problem) => problem.message).join("\n");
  }
}

/** Validates the columns option of an export function; the defaults when left out. */
export function readColumns(columns: unknown, fn: string, defaults: readonly SoaColumn[]): readonly SoaColumn[] {
  if (columns === undefined) return defaults;
  if (!Array.isArray(columns) || columns.length === 0) {
    throw argumentError(fn, ["options", "columns"], "invalid_type", `expected a non-empty list of column names; found ${describeValue(columns)}`);
  }
  const unknown = columns.filter((column) => typeof column !== "string" || !Object.hasOwn(columnLabels, column));
  if (unknown.length > 0) {
    throw argumentError(
      fn,
      ["options", "columns"],
      "invalid_value",
      `unknown column ${unknown.map((column) => describeValue(column)).join(", ")} (expected one of ${listValues(Object.keys(columnLabels), 30)})`,
    );
  }
  return columns as SoaColumn[];
}

/** Checks that a value looks like a Statement of Applicability; an ArgumentError otherwise. */
export function requireSoa(soa: unknown, fn: string, name = "soa"): asserts soa is StatementOfApplicability {
  if (!isStatementOfApplicability(soa)) {
    throw argumentError(fn, [name], "invalid_type", `expected a Statement of Applicability from buildStatementOfApplicability; found ${describeValue(soa)}`);
  }
}

/** The metadata lines of an export, as label and value; empty values are left out. */
export function metadataLines(soa: StatementOfApplicability): [string, string][] {
  const m = soa.metadata;
  const approver = m.approvedByName !== undefined && m.approvedById !== undefined ? `${m.approvedByName} (${m.approvedById})` : m.approvedById;
  const lines: [string, string | undefined][] = [
    ["Title", m.title],
    ["Organization", m.organization],
    ["Version", m.version],
    ["Date", m.date],
    ["Approved by", approver],
    ["Approved on", m.approvedOn],
    ["Catalog", m.catalog?.name],
  ];
  return lines.filter((line): line is [string, string] => line[1] !== undefined && line[1] !== "");
}
