import { isAnnexA2013ControlId } from "../core/annexA2013ControlIds";
import { isAnnexAControlId } from "../core/annexAControlIds";
import { argumentError, readOptions } from "../core/arguments";
import { describeValue } from "../core/describeValue";
import { mapFrom2013 } from "../mappings/mapFrom2013";
import type { ControlRecord, ImplementationStatus, InclusionReason } from "../model/ControlSchema";
import type { Person } from "../model/PersonSchema";
import { cellText, readList, readMark, readYesNo } from "./_lib/cells";
import { mapColumns, normalizeHeader, type FieldSpec } from "./_lib/columnMapping";
import { EntityIndex } from "./_lib/entityIndex";
import { pickSheet } from "./_lib/pickSheet";
import { importResult, readDates, readOwner, rowReport } from "./_lib/rowReport";
import { readSpreadsheet, type SpreadsheetInput } from "./readSpreadsheet";
import type { ImportProblem, SpreadsheetImport } from "./SpreadsheetImport";
import { copyPlain } from "../core/copyPlain";

/**
 * The fields an SoA import fills, and the names the `columns` option uses for them. Besides the
 * control's own fields, `legalReason` … `riskTreatmentReason` are tick columns, one per reason for
 * inclusion, as many SoA templates have them ("LR", "CO", "BR/BP", "RRA").
 *
 * @category Interop
 * @example
 * ```ts
 * const field: SoaImportField = "justification";
 * ```
 */
export type SoaImportField =
  | "controlId"
  | "title"
  | "theme"
  | "applicable"
  | "reasons"
  | "legalReason"
  | "regulatoryReason"
  | "contractualReason"
  | "businessReason"
  | "bestPracticeReason"
  | "businessOrBestPracticeReason"
  | "riskTreatmentReason"
  | "justification"
  | "implementationStatus"
  | "owner"
  | "requirementIds"
  | "documentIds"
  | "evidenceIds"
  | "implementedOn"
  | "plannedImplementationDate"
  | "lastReviewedOn"
  | "notes";

/**
 * Options of {@link importStatementOfApplicability}.
 *
 * @category Interop
 * @example
 * ```ts
 * const options: ImportStatementOfApplicabilityOptions = { sheet: "SoA", columns: { controlId: "Ref", notes: null } };
 * ```
 */
export interface ImportStatementOfApplicabilityOptions {
  /** The sheet of a workbook to read; by default the first whose header the import recognises. */
  readonly sheet?: string;
  /** Columns by field, overriding what is detected: a header, a column letter, or `null` to leave the field out. */
  readonly columns?: Readonly<Partial<Record<SoaImportField, string | null>>>;
  /** The CSV field separator; detected when left out. */
  readonly delimiter?: string;
  /**
   * The ISMS the SoA belongs to: owners are found among its people (by id or name) and the
   * organisation's own controls keep their definitions. Without it, every owner named becomes a new person.
   */
  readonly isms?: { readonly people?: readonly Person[]; readonly controls?: readonly ControlRecord[] };
}

/**
 * The fragment an SoA import gives: the control records, and the people made for owners it could not
 * find in the ISMS.
 *
 * @category Interop
 * @example
 * ```ts
 * const fragment: SoaFragment = { controls: [{ id: "5.1", applicable: true, reasons: ["risk-treatment"] }], people: [] };
 * ```
 */
export type SoaFragment = {
  /** One record per control row, with the fields its columns give (a column left empty clears its field). */
  readonly controls: readonly (Partial<ControlRecord> & { readonly id: string })[];
  readonly people: readonly { readonly id: string; readonly name: string }[];
};

const SPECS: readonly FieldSpec<SoaImportField>[] = [
  { field: "controlId", headers: ["controlid", "controlno", "controlnumber", "controlref", "controlreference", "annexacontrol", "annexacontrolid", "annexaref", "annexareference", "annexa", "annexaid", "iso27001control", "iso27001ref", "ref", "refno", "reference", "ctrlid", "clause", "id", "no", "control"], keywords: [["control", "id"], ["control", "ref"], ["annex"]], cells: /^\s*(?:A\s*\.?\s*)?\d{1,2}\s*\.\s*\d{1,2}(?![\d])/i },
  { field: "title", headers: ["title", "controltitle", "controlname", "name", "annexacontroltitle", "controlobjective", "control"] },
  { field: "theme", headers: ["theme", "controltheme", "category", "section"] },
  { field: "applicable", headers: ["applicable", "applicability", "isapplicable", "applicableyn", "applicableyesno", "applies", "included", "inscope", "selected", "selectedyn", "controlselected", "inclusion"], keywords: [["applicab"]] },
  { field: "reasons", headers: ["reasonsforinclusion", "reasons", "reasonforinclusion", "reason", "reasonforselection", "reasonsforselection", "selectionreason", "selectionreasons", "basisforselection", "basis", "drivers", "inclusionreasons"] },
  { field: "legalReason", headers: ["legal", "legalrequirements", "legalrequirement", "lr", "law", "legislation"] },
  { field: "regulatoryReason", headers: ["regulatory", "regulatoryrequirements", "regulation", "regulations"] },
  { field: "contractualReason", headers: ["contractual", "contractualobligations", "contractualrequirements", "co", "contract", "contracts"] },
  { field: "businessReason", headers: ["business", "businessrequirements", "businessrequirement", "br", "businessneeds"] },
  { field: "bestPracticeReason", headers: ["bestpractice", "bestpractices", "bp", "adoptedbestpractices", "goodpractice"] },
  { field: "businessOrBestPracticeReason", headers: ["brbp", "businessrequirementsadoptedbestpractices", "businessrequirementsbestpractices", "businessbestpractice"] },
  { field: "riskTreatmentReason", headers: ["rra", "resultsofriskassessment", "riskassessment", "riskassessmentresults", "risktreatment", "ra", "rr"] },
  { field: "justification", headers: ["justification", "justificationforinclusionexclusion", "justificationforinclusionorexclusion", "justificationforexclusion", "justificationforinclusion", "exclusionjustification", "reasonforexclusion", "reasonforinclusionexclusion", "rationale", "justificationrationale"], keywords: [["justif"]] },
  { field: "implementationStatus", headers: ["implementationstatus", "status", "implemented", "implementation", "implementationstate", "currentstatus", "currentimplementationstatus", "controlstatus", "implementedyn"], keywords: [["implement", "status"]] },
  { field: "owner", headers: ["owner", "controlowner", "responsible", "responsibleperson", "accountable", "responsibility", "ownerid"] },
  { field: "requirementIds", headers: ["requirements", "requirementids", "relatedrequirements"] },
  { field: "documentIds", headers: ["documents", "documentids", "policies", "relateddocuments", "documentation", "policyprocedure", "policiesandprocedures", "policiesprocedures"] },
  { field: "evidenceIds", headers: ["evidence", "evidenceids", "evidencereference", "evidencerefs"] },
  { field: "implementedOn", headers: ["implementedon", "implementationdate", "dateimplemented", "completeddate", "completedon"] },
  { field: "plannedImplementationDate", headers: ["plannedimplementation", "plannedimplementationdate", "targetdate", "duedate", "plannedcompletion", "plannedcompletiondate", "targetcompletiondate", "deadline"] },
  { field: "lastReviewedOn", headers: ["lastreviewed", "lastreviewedon", "lastreview", "reviewdate", "lastreviewdate", "reviewedon"] },
  { field: "notes", headers: ["notes", "comments", "remarks", "comment", "note"] },
];

/** Columns an SoA may have that are derived from the rest of the ISMS, and so are not imported. */
const IGNORED: Readonly<Record<string, string>> = {
  riskstreated: "derived from the risks' treatment (risks[].treatment.controlIds); not imported",
  relatedrisks: "derived from the risks' treatment (risks[].treatment.controlIds); not imported",
  risks: "derived from the risks' treatment (risks[].treatment.controlIds); not imported",
  derivedreasons: "derived by buildStatementOfApplicability; not imported",
  relatedcontrols: "derived from the catalog; not imported",
  source: "derived: Annex A or the organisation's own control, from the id",
  problems: "derived by buildStatementOfApplicability; not imported",
};

const REASONS: Readonly<Record<string, readonly InclusionReason[]>> = {
  risktreatment: ["risk-treatment"], risk: ["risk-treatment"], riskassessment: ["risk-treatment"], resultsofriskassessment: ["risk-treatment"], rra: ["risk-treatment"], ra: ["risk-treatment"], rr: ["risk-treatment"], risks: ["risk-treatment"],
  legal: ["legal"], lr: ["legal"], law: ["legal"], legislation: ["legal"], legalrequirement: ["legal"], legalrequirements: ["legal"],
  regulatory: ["regulatory"], regulation: ["regulatory"], reg: ["regulatory"], regulatoryrequirement: ["regulatory"], regulatoryrequirements: ["regulatory"],
  contractual: ["contractual"], contract: ["contractual"], co: ["contractual"], cr: ["contractual"], contractualobligation: ["contractual"], contractualobligations: ["contractual"],
  business: ["business"], br: ["business"], businessrequirement: ["business"], businessrequirements: ["business"], businessneed: ["business"],
  bestpractice: ["best-practice"], bestpractices: ["best-practice"], bp: ["best-practice"], goodpractice: ["best-practice"], adoptedbestpractice: ["best-practice"], adoptedbestpractices: ["best-practice"],
  brbp: ["business", "best-practice"],
};

const STATUS: Readonly<Record<string, ImplementationStatus>> = {
  implemented: "implemented", yes: "implemented", done: "implemented", complete: "implemented", completed: "implemented", fullyimplemented: "implemented", inplace: "implemented", operational: "implemented", effective: "implemented", "100": "implemented",
  partiallyimplemented: "partially-implemented", partial: "partially-implemented", partially: "partially-implemented", inprogress: "partially-implemented", ongoing: "partially-implemented", workinprogress: "partially-implemented", wip: "partially-implemented", inimplementation: "partially-implemented",
  planned: "planned", todo: "planned", scheduled: "planned", notstarted: "planned", proposed: "planned", plannedimplementation: "planned",
  notimplemented: "not-implemented", no: "not-implemented", none: "not-implemented", missing: "not-implemented", notinplace: "not-implemented", gap: "not-implemented", "0": "not-implemented",
};

/** Control ids as templates write them: `A.5.1`, `A 5.1`, `5.1`, `A.05.01`, `5.1 Policies …`; three parts for a 2013 id. */
const CONTROL_ID = /^\s*(?:A\s*\.?\s*)?(\d{1,2})\s*\.\s*(\d{1,2})(?:\s*\.\s*(\d{1,2}))?(?![\d.])\s*(?:[-–—:]\s*)?(.*)$/is;
/** A section heading such as "A.5 Organizational controls" or "5 Organisational". */
const HEADING = /^\s*(?:A\s*\.?\s*)?\d{1,2}\.?(?:\s+\D.*)?$/is;

/**
 * Imports a Statement of Applicability from a spreadsheet — CSV or Excel, in the shape isms-kit writes
 * ({@link index!soaToCsv}, {@link index!soaToXlsx}) or the shapes popular ISO 27001 templates use. The columns are
 * found from their headers ("Control", "Annex A ref", "Applicable?", "Justification for
 * inclusion/exclusion", "Implementation status", "Owner", tick columns "LR", "CO", "BR/BP", "RRA" …)
 * and can be named in `options.columns`. Control ids may be written `A.5.1` or `5.1`, with the title
 * in the same cell; 2013 ids (`A.9.2.1`) are reported with the 2022 controls they became.
 *
 * Every problem is reported by row and column, all at once: a row with an error is left out of the
 * fragment, so a dry run shows everything to fix. The fragment holds only the fields the sheet has
 * columns for; {@link mergeIsmsFragment} merges it into a document, field by field.
 *
 * @param input - CSV text, or the bytes of a CSV or XLSX file
 * @param options - sheet, column mapping, delimiter, and the ISMS to find owners and own controls in
 * @returns the fragment and the report
 * @throws {@link SpreadsheetError} when the file cannot be read, the sheet does not exist, or no header row is found
 * @throws {@link index!ArgumentError} for an unknown field or column in `options.columns`, or an invalid option
 * @category Interop
 * @example
 * ```ts
 * const csv = "Annex A ref,Control,Applicable?,Justification\nA.5.1,Policies for information security,Yes,Required by clause 5.2\nA.7.5,Protecting against physical threats,maybe,\n";
 * const result = importStatementOfApplicability(csv);
 * result.fragment.controls
 * //=> [{ id: "5.1", applicable: true, justification: "Required by clause 5.2" }]
 * result.problems.map((p) => `row ${p.row}, ${p.column} (${p.header}): ${p.message}`)
 * //=> ['row 3, C (Applicable?): expected yes, no, or empty for not decided; found "maybe"']
 * ```
 */
export function importStatementOfApplicability(input: SpreadsheetInput, options?: ImportStatementOfApplicabilityOptions): SpreadsheetImport<SoaFragment> {
  const fn = "importStatementOfApplicability";
  const given = readOptions(options, fn);
  const isms = given.isms;
  if (isms !== undefined && (isms === null || typeof isms !== "object")) throw argumentError(fn, ["options", "isms"], "invalid_type", `expected an ISMS document; found ${describeValue(isms)}`);
  const spreadsheet = readSpreadsheet(input, given.delimiter === undefined ? {} : { delimiter: given.delimiter });
  const { sheet, mapping } = pickSheet(spreadsheet, given.sheet, (rows) => mapColumns(rows, SPECS, given.columns, IGNORED, fn), fn);
  const { index, headerRow, columns } = mapping;
  const header = sheet.rows[headerRow] ?? [];
  if (!index.has("controlId")) {
    throw argumentError(fn, ["options", "columns", "controlId"], "invalid_value", `no column holds the control ids (headers: ${header.filter(Boolean).map((h) => JSON.stringify(h)).join(", ")}); name it with columns: { controlId: "…" }`);
  }

  const people = new EntityIndex("p-", (isms?.people ?? []).map((p) => ({ id: p.id, name: p.name })), new Set());
  const existing = new Map((isms?.controls ?? []).map((c) => [c.id, c]));
  const problems: ImportProblem[] = [];
  const controls: (Partial<ControlRecord> & { id: string })[] = [];
  const seen = new Map<string, number>();
  let read = 0;

  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const cell = (field: SoaImportField) => (index.has(field) ? cellText(row[index.get(field)!]) : undefined);
    const mapped = [...index.values()].some((c) => cellText(row[c]) !== "");
    if (!mapped) continue;
    const rowNumber = r + 1;
    const { errors, report } = rowReport(rowNumber, index, header, problems);

    const idCell = cell("controlId") ?? "";
    const others = [...index].filter(([field]) => field !== "controlId" && field !== "title" && field !== "theme").some(([, c]) => cellText(row[c]) !== "");
    if (!others && HEADING.test(idCell) && !CONTROL_ID.test(idCell)) continue; // a section heading
    read++;
    const parsed = CONTROL_ID.exec(idCell);
    let id: string;
    let titleInCell = "";
    if (idCell === "") {
      report("controlId", "missing_value", "no control id in this row");
      id = "";
    } else if (parsed && parsed[3] !== undefined) {
      const old = `A.${Number(parsed[1])}.${Number(parsed[2])}.${Number(parsed[3])}`;
      const now = isAnnexA2013ControlId(old) ? mapFrom2013(old) : undefined;
      report(
        "controlId",
        "unknown_control",
        now === undefined
          ? `"${idCell}" is not an ISO/IEC 27001:2022 Annex A control id ("5.1" … "8.34")`
          : `"${idCell}" is a 2013 control id; in ISO/IEC 27001:2022 it is ${now.length === 0 ? "no control (dropped)" : now.map((c) => `"${c}"`).join(", ")} (see soaFrom2013 to move a 2013 SoA)`,
      );
      id = "";
    } else if (parsed) {
      id = `${Number(parsed[1])}.${Number(parsed[2])}`;
      titleInCell = (parsed[4] ?? "").trim();
      if (!isAnnexAControlId(id)) {
        report("controlId", "unknown_control", `"${idCell}" is not an ISO/IEC 27001:2022 Annex A control id ("5.1" … "8.34")`);
      }
    } else {
      id = idCell; // the organisation's own control
    }
    if (id !== "" && seen.has(id)) report("controlId", "duplicate_id", `control ${id} is already in row ${seen.get(id)}; keep one row per control`);
    if (id !== "") seen.set(id, rowNumber);

    const record: Partial<ControlRecord> & { id: string } = { id };
    const set = <K extends keyof ControlRecord>(key: K, value: ControlRecord[K] | undefined) => {
      (record as Record<string, unknown>)[key] = value;
    };
    const applicable = cell("applicable");
    if (applicable !== undefined) {
      const value = readYesNo(applicable);
      if (value === undefined) report("applicable", "invalid_value", `expected yes, no, or empty for not decided; found "${applicable}"`);
      else set("applicable", value);
    }

    const reasons = new Set<InclusionReason>();
    let reasonColumns = false;
    const text = cell("reasons");
    if (text !== undefined) {
      reasonColumns = true;
      for (const item of readList(text)) {
        const found = REASONS[normalizeHeader(item)];
        if (found) found.forEach((reason) => reasons.add(reason));
        else report("reasons", "invalid_value", `unknown reason for inclusion "${item}" (expected risk treatment, legal, regulatory, contractual, business or best practice, or LR, CO, BR, BP, RRA)`);
      }
    }
    const marks: [SoaImportField, readonly InclusionReason[]][] = [
      ["riskTreatmentReason", ["risk-treatment"]],
      ["legalReason", ["legal"]],
      ["regulatoryReason", ["regulatory"]],
      ["contractualReason", ["contractual"]],
      ["businessReason", ["business"]],
      ["bestPracticeReason", ["best-practice"]],
      ["businessOrBestPracticeReason", ["business", "best-practice"]],
    ];
    for (const [field, values] of marks) {
      const mark = cell(field);
      if (mark === undefined) continue;
      reasonColumns = true;
      const ticked = readMark(mark);
      if (ticked === undefined) report(field, "invalid_value", `expected a tick (x, yes, ✓) or nothing; found "${mark}"`);
      else if (ticked) values.forEach((reason) => reasons.add(reason));
    }
    if (reasonColumns) set("reasons", (["risk-treatment", "legal", "regulatory", "contractual", "business", "best-practice"] as const).filter((r) => reasons.has(r)));

    const justification = cell("justification");
    if (justification !== undefined) set("justification", justification === "" ? undefined : justification);
    const notes = cell("notes");
    if (notes !== undefined) set("notes", notes === "" ? undefined : notes);

    const status = cell("implementationStatus");
    if (status !== undefined) {
      const k = normalizeHeader(status.replace(/%$/, ""));
      const percent = /^\d{1,3}%$/.test(status.trim()) ? Number(status.trim().slice(0, -1)) : undefined;
      const value = percent !== undefined && percent > 0 && percent < 100 ? "partially-implemented" : STATUS[k];
      if (status === "" || ["na", "notapplicable"].includes(k)) set("implementationStatus", undefined);
      else if (value === undefined) report("implementationStatus", "invalid_value", `expected implemented, partially implemented, planned or not implemented; found "${status}"`);
      else set("implementationStatus", value);
    }

    const owner = cell("owner");
    if (owner !== undefined) set("ownerId", readOwner(owner, people, report));
    for (const field of ["requirementIds", "documentIds", "evidenceIds"] as const) {
      const list = cell(field);
      if (list !== undefined) set(field, readList(list));
    }
    readDates(["implementedOn", "plannedImplementationDate", "lastReviewedOn"] as const, cell, set, report);

    if (id !== "" && !isAnnexAControlId(id) && !parsed) {
      const title = cell("title") || titleInCell;
      const definition = existing.get(id)?.custom;
      if (definition === undefined && title === "") report("title", "missing_value", `"${id}" is not an Annex A control id, so it is read as a control of your own, which needs a title`);
      else set("custom", { relatedAnnexAIds: [], ...copyPlain(definition), title: title === "" ? (definition?.title ?? "") : title });
    }
    problems.push(...errors);
    if (errors.length === 0) controls.push(record);
  }
  const fragment = { controls, people: people.created.map((p) => ({ id: p.id, name: p.name ?? p.id })) };
  return importResult(fragment, sheet.name, headerRow, columns, problems, read, controls.length);
}
