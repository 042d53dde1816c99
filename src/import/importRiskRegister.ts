import { isAnnexA2013ControlId } from "../core/annexA2013ControlIds";
import { isAnnexAControlId } from "../core/annexAControlIds";
import { argumentError, readOptions } from "../core/arguments";
import { describeValue, listValues } from "../core/describeValue";
import { didYouMeanHint } from "../core/didYouMean";
import { mapFrom2013 } from "../mappings/mapFrom2013";
import { defineRiskMatrix } from "../method/defineRiskMatrix";
import { getRiskMatrixPreset } from "../method/getRiskMatrixPreset";
import { riskMatrixPresets } from "../method/riskMatrixPresets";
import type { RiskMatrix } from "../method/RiskMatrix";
import type { RiskMethod } from "../method/RiskMethodSchema";
import type { Asset } from "../model/AssetSchema";
import type { Person } from "../model/PersonSchema";
import type { Risk, RiskRating, TreatmentOption } from "../model/RiskSchema";
import type { Threat } from "../model/ThreatSchema";
import type { Vulnerability } from "../model/VulnerabilitySchema";
import { cellText, readList, readMark } from "./_lib/cells";
import { mapColumns, normalizeHeader, type FieldSpec } from "./_lib/columnMapping";
import { EntityIndex } from "./_lib/entityIndex";
import { pickSheet } from "./_lib/pickSheet";
import { importResult, readDates, readOwner, rowReport } from "./_lib/rowReport";
import { readSpreadsheet, type SpreadsheetInput } from "./readSpreadsheet";
import type { ImportProblem, SpreadsheetImport } from "./SpreadsheetImport";

/**
 * The fields a risk register import fills, and the names the `columns` option uses for them.
 *
 * @category Interop
 * @example
 * ```ts
 * const field: RiskRegisterImportField = "inherentLikelihood";
 * ```
 */
export type RiskRegisterImportField =
  | "id"
  | "title"
  | "description"
  | "owner"
  | "assets"
  | "threats"
  | "vulnerabilities"
  | "affectedProperties"
  | "confidentiality"
  | "integrity"
  | "availability"
  | "inherentLikelihood"
  | "inherentImpact"
  | "inherentLevel"
  | "treatmentOption"
  | "controls"
  | "treatmentRationale"
  | "residualLikelihood"
  | "residualImpact"
  | "residualLevel"
  | "status"
  | "identifiedOn"
  | "lastAssessedOn";

/**
 * Options of {@link importRiskRegister}.
 *
 * @category Interop
 * @example
 * ```ts
 * const options: ImportRiskRegisterOptions = { method: "4x4", columns: { title: "Risk scenario", inherentLevel: null } };
 * ```
 */
export interface ImportRiskRegisterOptions {
  /** The sheet of a workbook to read; by default the first whose header the import recognises. */
  readonly sheet?: string;
  /** Columns by field, overriding what is detected: a header, a column letter, or `null` to leave the field out. */
  readonly columns?: Readonly<Partial<Record<RiskRegisterImportField, string | null>>>;
  /** The CSV field separator; detected when left out. */
  readonly delimiter?: string;
  /**
   * The risk method the ratings are on: a preset name or a risk matrix. Default: the method of
   * `options.isms`, else the 5x5 preset. Cells may give a scale entry's id, label, position (`4`) or
   * both (`4 - Likely`).
   */
  readonly method?: string | RiskMatrix;
  /** The ISMS the register belongs to: owners, assets, threats and vulnerabilities are found in it by id or name. */
  readonly isms?: {
    readonly riskMethod?: RiskMethod | undefined;
    readonly people?: readonly Person[];
    readonly assets?: readonly Asset[];
    readonly threats?: readonly Threat[];
    readonly vulnerabilities?: readonly Vulnerability[];
    readonly risks?: readonly Risk[];
  };
}

/**
 * The fragment a risk register import gives: the risks, and the people, assets, threats and
 * vulnerabilities made for names the ISMS does not have yet.
 *
 * @category Interop
 * @example
 * ```ts
 * const fragment: RiskRegisterFragment = { risks: [{ id: "R-1", title: "Laptop theft" }], people: [], assets: [], threats: [], vulnerabilities: [] };
 * ```
 */
export type RiskRegisterFragment = {
  readonly risks: readonly (Partial<Risk> & { readonly id: string })[];
  readonly people: readonly { readonly id: string; readonly name: string }[];
  readonly assets: readonly { readonly id: string; readonly name: string; readonly type: "other" }[];
  readonly threats: readonly { readonly id: string; readonly name: string }[];
  readonly vulnerabilities: readonly { readonly id: string; readonly name: string }[];
};

const SPECS: readonly FieldSpec<RiskRegisterImportField>[] = [
  { field: "id", headers: ["riskid", "id", "riskref", "riskreference", "riskno", "risknumber", "ref", "refno", "reference", "no", "number"] },
  { field: "title", headers: ["title", "risktitle", "riskname", "name", "risk", "shortdescription", "riskscenario"] },
  { field: "description", headers: ["description", "riskdescription", "details", "scenario", "riskdetails", "consequences"] },
  { field: "owner", headers: ["owner", "riskowner", "responsible", "accountable", "ownerid"] },
  { field: "assets", headers: ["assets", "asset", "assetids", "affectedassets", "assetname", "informationasset", "assetgroup"] },
  { field: "threats", headers: ["threats", "threat", "threatids", "threatsource", "threatevent"] },
  { field: "vulnerabilities", headers: ["vulnerabilities", "vulnerability", "vulnerabilityids", "weakness", "weaknesses"] },
  { field: "affectedProperties", headers: ["affectedproperties", "cia", "ciaimpact", "securityproperties", "impactedproperties", "properties"] },
  { field: "confidentiality", headers: ["confidentiality", "c"] },
  { field: "integrity", headers: ["integrity", "i"] },
  { field: "availability", headers: ["availability", "a"] },
  { field: "inherentLikelihood", headers: ["likelihood", "inherentlikelihood", "initiallikelihood", "probability", "inherentprobability", "l", "likelihoodinherent", "grosslikelihood"], keywords: [["likelihood", "inherent"]] },
  { field: "inherentImpact", headers: ["impact", "inherentimpact", "initialimpact", "consequence", "severity", "inherentconsequence", "impactinherent", "grossimpact"], keywords: [["impact", "inherent"]] },
  { field: "inherentLevel", headers: ["inherentrisk", "risklevel", "inherentrisklevel", "riskrating", "inherentriskrating", "inherentlevel", "rating", "grossrisk"] },
  { field: "treatmentOption", headers: ["treatmentoption", "treatment", "riskresponse", "response", "decision", "riskdecision", "riskstrategy", "strategy", "riskoption", "treatmentdecision"] },
  { field: "controls", headers: ["controls", "annexacontrols", "controlids", "selectedcontrols", "soareference", "annexareference", "iso27001controls", "treatmentcontrols", "plannedcontrols"], keywords: [["control"]] },
  { field: "treatmentRationale", headers: ["treatmentplan", "treatmentdescription", "actions", "mitigation", "plannedactions", "mitigatingactions", "treatmentactions", "rationale", "treatmentrationale"] },
  { field: "residualLikelihood", headers: ["residuallikelihood", "revisedlikelihood", "targetlikelihood", "residualprobability", "netlikelihood"], keywords: [["likelihood", "residual"]] },
  { field: "residualImpact", headers: ["residualimpact", "revisedimpact", "targetimpact", "residualconsequence", "netimpact"], keywords: [["impact", "residual"]] },
  { field: "residualLevel", headers: ["residualrisk", "residualrisklevel", "residuallevel", "residualriskrating", "netrisk", "revisedrisk"] },
  { field: "status", headers: ["status", "riskstatus", "state", "openclosed"] },
  { field: "identifiedOn", headers: ["identifiedon", "dateidentified", "dateraised", "raisedon", "dateadded", "identified", "dateopened"] },
  { field: "lastAssessedOn", headers: ["lastassessedon", "lastassessed", "lastreviewed", "lastreviewedon", "lastreview", "reviewdate", "assessmentdate", "lastreviewdate", "dateassessed"] },
];

/** Columns a register may have that are derived from the ratings, and so are not imported. */
const IGNORED: Readonly<Record<string, string>> = {
  riskscore: "derived: likelihood × impact on the risk method; not imported",
  score: "derived: likelihood × impact on the risk method; not imported",
  inherentscore: "derived: likelihood × impact on the risk method; not imported",
  residualscore: "derived: likelihood × impact on the risk method; not imported",
};

const OPTIONS: Readonly<Record<string, TreatmentOption>> = {
  modify: "modify", mitigate: "modify", reduce: "modify", treat: "modify", control: "modify", remediate: "modify", mitigation: "modify",
  retain: "retain", accept: "retain", tolerate: "retain", accepted: "retain", retained: "retain",
  avoid: "avoid", terminate: "avoid", eliminate: "avoid", avoided: "avoid",
  share: "share", transfer: "share", insure: "share", shared: "share", transferred: "share", outsource: "share",
};
const PROPERTIES: Readonly<Record<string, "confidentiality" | "integrity" | "availability">> = {
  c: "confidentiality", confidentiality: "confidentiality", i: "integrity", integrity: "integrity", a: "availability", availability: "availability",
};

/** The risk matrix the ratings are on. */
function resolveMatrix(method: ImportRiskRegisterOptions["method"], isms: ImportRiskRegisterOptions["isms"], fn: string): RiskMatrix {
  if (typeof method === "string") {
    const preset = getRiskMatrixPreset(method);
    if (!preset) throw argumentError(fn, ["options", "method"], "invalid_value", `unknown risk method preset "${method}"${didYouMeanHint(method.replace(/[×*]/g, "x"), Object.keys(riskMatrixPresets)) || (Object.hasOwn(riskMatrixPresets, method.replace(/[×*]/g, "x")) ? ` (did you mean "${method.replace(/[×*]/g, "x")}"?)` : "")}`);
    return preset;
  }
  if (method !== undefined) return defineRiskMatrix(method);
  const own = isms?.riskMethod;
  if (own?.matrix) return defineRiskMatrix(own.matrix);
  if (own?.preset) return getRiskMatrixPreset(own.preset) ?? getRiskMatrixPreset("5x5");
  return getRiskMatrixPreset("5x5");
}

/** Finds a scale entry from a cell: its id, its label, its position from 1, its value, or `4 - Likely`. */
function scaleReader(entries: RiskMatrix["likelihood"]): (text: string) => string | undefined {
  const lookup = new Map<string, string>();
  entries.forEach((e, i) => {
    lookup.set(normalizeHeader(e.id), e.id);
    lookup.set(normalizeHeader(e.label), e.id);
    if (!lookup.has(String(i + 1))) lookup.set(String(i + 1), e.id);
    if (e.value !== undefined && !lookup.has(normalizeHeader(String(e.value)))) lookup.set(normalizeHeader(String(e.value)), e.id);
  });
  return (text) => {
    const whole = lookup.get(normalizeHeader(text));
    if (whole !== undefined) return whole;
    const match = /^\s*(\d+)\s*[-–—:.)]\s*(.+)$/.exec(text);
    if (match) return lookup.get(normalizeHeader(match[2]!)) ?? lookup.get(match[1]!);
    return undefined;
  };
}

/**
 * Imports a risk register from a spreadsheet — CSV or Excel, in the shapes popular ISO 27001 risk
 * register templates use. Columns are found from their headers ("Risk ID", "Risk description",
 * "Risk owner", "Asset", "Threat", "Vulnerability", "Likelihood", "Impact", "Treatment", "Controls",
 * "Residual likelihood" …) and can be named in `options.columns`. Ratings are read on the risk method
 * (a cell may hold the scale's id, label, position or `4 - Likely`); a stated level that the matrix
 * contradicts is reported and left to the matrix. Owners, assets, threats and vulnerabilities are
 * found in `options.isms` by id or name, and made (with ids from their names) when not found.
 *
 * Every problem is reported by row and column, all at once; a row with an error is left out of the
 * fragment. Merge the fragment with {@link mergeIsmsFragment}.
 *
 * @param input - CSV text, or the bytes of a CSV or XLSX file
 * @param options - sheet, column mapping, delimiter, risk method, and the ISMS to find entities in
 * @returns the fragment and the report
 * @throws {@link SpreadsheetError} when the file cannot be read, the sheet does not exist, or no header row is found
 * @throws {@link index!ArgumentError} for an unknown field or column in `options.columns`, an unknown method, or an invalid option
 * @category Interop
 * @example
 * ```ts
 * const csv = "Risk ID,Risk,Owner,Likelihood,Impact,Treatment,Controls\nR-1,Laptop theft,Ada Lovelace,3 - Possible,Major,Mitigate,\"A.8.1, A.8.24\"\nR-2,Flood,Ada Lovelace,often,minor,Accept,\n";
 * const result = importRiskRegister(csv, { method: "5x5" });
 * result.fragment.risks.map((r) => [r.id, r.ownerId, r.inherent, r.treatment])
 * //=> [["R-1", "p-ada-lovelace", { likelihood: "possible", impact: "major" }, { option: "modify", controlIds: ["8.1", "8.24"] }]]
 * result.problems.map((p) => `row ${p.row} ${p.header}: ${p.message}`)
 * //=> ['row 2 Owner: no person named "Ada Lovelace" in the ISMS; added one with id "p-ada-lovelace"', 'row 3 Likelihood: "often" is not on the likelihood scale of 5x5 (expected one of "rare", "unlikely", "possible", "likely", "almost-certain", or 1 to 5)']
 * ```
 */
export function importRiskRegister(input: SpreadsheetInput, options?: ImportRiskRegisterOptions): SpreadsheetImport<RiskRegisterFragment> {
  const fn = "importRiskRegister";
  const given = readOptions(options, fn);
  const isms = given.isms;
  if (isms !== undefined && (isms === null || typeof isms !== "object")) throw argumentError(fn, ["options", "isms"], "invalid_type", `expected an ISMS document; found ${describeValue(isms)}`);
  const matrix = resolveMatrix(given.method, isms, fn);
  const spreadsheet = readSpreadsheet(input, given.delimiter === undefined ? {} : { delimiter: given.delimiter });
  const { sheet, mapping } = pickSheet(spreadsheet, given.sheet, (rows) => mapColumns(rows, SPECS, given.columns, IGNORED, fn), fn);
  const { index, headerRow, columns } = mapping;
  const header = sheet.rows[headerRow] ?? [];
  if (!index.has("title") && !index.has("description")) {
    throw argumentError(fn, ["options", "columns", "title"], "invalid_value", `no column holds the risks' titles or descriptions (headers: ${header.filter(Boolean).map((h) => JSON.stringify(h)).join(", ")}); name one with columns: { title: "…" }`);
  }

  const used = new Set<string>();
  const people = new EntityIndex("p-", (isms?.people ?? []).map((p) => ({ id: p.id, name: p.name })), used);
  const assets = new EntityIndex("a-", (isms?.assets ?? []).map((a) => ({ id: a.id, name: a.name })), used);
  const threats = new EntityIndex("t-", (isms?.threats ?? []).map((t) => ({ id: t.id, name: t.name })), used);
  const vulnerabilities = new EntityIndex("v-", (isms?.vulnerabilities ?? []).map((v) => ({ id: v.id, name: v.name })), used);
  for (const risk of isms?.risks ?? []) used.add(risk.id);
  const existing = new Map((isms?.risks ?? []).map((r) => [r.id, r]));
  const likelihood = scaleReader(matrix.likelihood);
  const impact = scaleReader(matrix.impact);
  const levelOf = scaleReader(matrix.levels);
  const problems: ImportProblem[] = [];
  const risks: (Partial<Risk> & { id: string })[] = [];
  const seen = new Map<string, number>();
  let read = 0;

  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const cell = (field: RiskRegisterImportField) => (index.has(field) ? cellText(row[index.get(field)!]) : undefined);
    if (![...index.values()].some((c) => cellText(row[c]) !== "")) continue;
    read++;
    const rowNumber = r + 1;
    const { errors, report } = rowReport(rowNumber, index, header, problems);

    let id = cell("id") ?? "";
    if (id === "") {
      for (let n = read; ; n++) {
        id = `R-${String(n).padStart(3, "0")}`;
        if (!used.has(id) && !seen.has(id)) break;
      }
    } else if (seen.has(id)) report("id", "duplicate_id", `risk ${id} is already in row ${seen.get(id)}; give each risk its own id`);
    seen.set(id, rowNumber);
    const before = existing.get(id);
    const risk: Partial<Risk> & { id: string } = { id };
    const set = <K extends keyof Risk>(key: K, value: Risk[K] | undefined) => {
      (risk as Record<string, unknown>)[key] = value;
    };

    const title = cell("title");
    const description = cell("description");
    if (title) set("title", title);
    else if (description) set("title", description.length > 80 ? `${description.slice(0, 79).trimEnd()}…` : description);
    else if (before === undefined) report(index.has("title") ? "title" : "description", "missing_value", "a risk needs a title (or a description to take one from)");
    if (description !== undefined && index.has("title")) set("description", description === "" ? undefined : description);

    const owner = cell("owner");
    if (owner !== undefined) set("ownerId", readOwner(owner, people, report));
    const refs = (field: RiskRegisterImportField, entities: EntityIndex, noun: string, key: "assetIds" | "threatIds" | "vulnerabilityIds") => {
      const text = cell(field);
      if (text === undefined) return;
      set(
        key,
        readList(text).map((name) => {
          const found = entities.resolve(name);
          if (found.created) report(field, "created_entity", `no ${noun} named "${name}" in the ISMS; added one with id "${found.id}"`, "warning");
          return found.id;
        }),
      );
    };
    refs("assets", assets, "asset", "assetIds");
    refs("threats", threats, "threat", "threatIds");
    refs("vulnerabilities", vulnerabilities, "vulnerability", "vulnerabilityIds");

    const properties = new Set<"confidentiality" | "integrity" | "availability">();
    let propertyColumns = false;
    const listed = cell("affectedProperties");
    if (listed !== undefined) {
      propertyColumns = true;
      for (const item of readList(listed.replace(/[/+&]/g, ","))) {
        const found = PROPERTIES[normalizeHeader(item)];
        if (found) properties.add(found);
        else report("affectedProperties", "invalid_value", `expected confidentiality, integrity or availability (or C, I, A); found "${item}"`);
      }
    }
    for (const property of ["confidentiality", "integrity", "availability"] as const) {
      const mark = cell(property);
      if (mark === undefined) continue;
      propertyColumns = true;
      const ticked = readMark(mark);
      if (ticked === undefined && !/^\d+$/.test(mark)) report(property, "invalid_value", `expected a tick (x, yes, ✓), a rating or nothing; found "${mark}"`);
      else if (ticked !== false) properties.add(property);
    }
    if (propertyColumns) set("affectedProperties", (["confidentiality", "integrity", "availability"] as const).filter((p) => properties.has(p)));

    const rating = (l: RiskRegisterImportField, i: RiskRegisterImportField, lv: RiskRegisterImportField): RiskRating | undefined | null => {
      const lText = cell(l);
      const iText = cell(i);
      if (lText === undefined && iText === undefined) return null;
      if (!lText && !iText) return undefined;
      const axis = (text: string | undefined, field: RiskRegisterImportField, read: (t: string) => string | undefined, name: string, entries: RiskMatrix["likelihood"]) => {
        if (!text) {
          report(field, "missing_value", `a rating needs both likelihood and impact; the ${name} is missing`);
          return undefined;
        }
        const found = read(text);
        if (found === undefined) {
          report(field, "invalid_value", `"${text}" is not on the ${name} scale of ${matrix.id} (expected one of ${listValues(entries.map((e) => e.id))}, or 1 to ${entries.length})${didYouMeanHint(text, entries.map((e) => e.id))}`);
        }
        return found;
      };
      const li = axis(lText, l, likelihood, "likelihood", matrix.likelihood);
      const im = axis(iText, i, impact, "impact", matrix.impact);
      if (li === undefined || im === undefined) return undefined;
      const levelText = cell(lv);
      if (levelText) {
        const expected = matrix.levels[matrix.grid[matrix.likelihood.findIndex((e) => e.id === li)]![matrix.impact.findIndex((e) => e.id === im)]!]!.id;
        const stated = levelOf(levelText);
        if (stated !== undefined && stated !== expected) {
          report(lv, "invalid_value", `the sheet says "${levelText}", but ${li} × ${im} is "${expected}" on ${matrix.id}; the matrix's level is kept`, "warning");
        }
      }
      return { likelihood: li, impact: im };
    };
    const inherent = rating("inherentLikelihood", "inherentImpact", "inherentLevel");
    if (inherent !== null) set("inherent", inherent);
    const residual = rating("residualLikelihood", "residualImpact", "residualLevel");
    if (residual !== null) set("residual", residual);

    const optionText = cell("treatmentOption");
    const controlText = cell("controls");
    const rationale = cell("treatmentRationale");
    if (optionText !== undefined || controlText !== undefined || rationale !== undefined) {
      let option = before?.treatment?.option;
      if (optionText) {
        option = OPTIONS[normalizeHeader(optionText).replace(/s$/, "")] ?? OPTIONS[normalizeHeader(optionText)] ?? OPTIONS[normalizeHeader(optionText.split(/[\s(/,-]/)[0] ?? "")];
        if (option === undefined) report("treatmentOption", "invalid_value", `expected modify, retain, avoid or share (or mitigate, accept, transfer …); found "${optionText}"`);
      }
      const controlIds: string[] = [];
      for (const item of readList(controlText ?? "")) {
        const match = /^(?:A\s*\.?\s*)?(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?(?![\d.])/i.exec(item);
        if (match && match[3] !== undefined) {
          const old = `A.${Number(match[1])}.${Number(match[2])}.${Number(match[3])}`;
          const now = isAnnexA2013ControlId(old) ? mapFrom2013(old) : undefined;
          report("controls", "unknown_control", now === undefined ? `"${item}" is not an ISO/IEC 27001:2022 Annex A control id` : `"${item}" is a 2013 control id; in ISO/IEC 27001:2022 it is ${now.map((c) => `"${c}"`).join(", ") || "no control"}`);
        } else if (match) {
          const controlId = `${Number(match[1])}.${Number(match[2])}`;
          if (isAnnexAControlId(controlId)) controlIds.push(controlId);
          else report("controls", "unknown_control", `"${item}" is not an ISO/IEC 27001:2022 Annex A control id ("5.1" … "8.34")`);
        } else controlIds.push(item); // the organisation's own control; parseIsms checks that it exists
      }
      if (option === undefined && (controlIds.length > 0 || rationale)) option = "modify";
      if (option !== undefined) {
        set("treatment", {
          ...(before?.treatment ?? {}),
          option,
          controlIds: controlText === undefined ? (before?.treatment?.controlIds ?? []) : controlIds,
          ...(rationale ? { rationale } : {}),
        } as Risk["treatment"]);
      }
    }
    const status = cell("status");
    if (status) {
      const k = normalizeHeader(status);
      const value = ["open", "active", "new", "identified", "inprogress", "ongoing", "live"].includes(k) ? "open" : ["closed", "done", "resolved", "retired", "archived"].includes(k) ? "closed" : undefined;
      if (value === undefined) report("status", "invalid_value", `expected open or closed; found "${status}"`);
      else set("status", value);
    }
    readDates(["identifiedOn", "lastAssessedOn"] as const, cell, set, report);
    problems.push(...errors);
    if (errors.length === 0) risks.push(risk);
  }
  const named = (index: EntityIndex) => index.created.map((e) => ({ id: e.id, name: e.name ?? e.id }));
  const fragment = {
    risks,
    people: named(people),
    assets: named(assets).map((a) => ({ ...a, type: "other" as const })),
    threats: named(threats),
    vulnerabilities: named(vulnerabilities),
  };
  return importResult(fragment, sheet.name, headerRow, columns, problems, read, risks.length);
}
