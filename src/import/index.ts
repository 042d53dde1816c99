/**
 * isms-kit/import: bring an existing risk register and Statement of Applicability in from the
 * spreadsheets most organisations keep them in (CSV or Excel), as document fragments that merge into
 * an ISMS — with the column mapping detected from common headers, every bad row and cell reported at
 * once, and the SoA that isms-kit writes importing back unchanged.
 *
 * @packageDocumentation
 */
export { type ImportColumn, type ImportProblemCode, type ImportProblem, type SpreadsheetImport } from "./SpreadsheetImport";
export { type SpreadsheetIssueCode, type SpreadsheetIssue, SpreadsheetError } from "./SpreadsheetError";
export { type RiskRegisterImportField, type ImportRiskRegisterOptions, type RiskRegisterFragment, importRiskRegister } from "./importRiskRegister";
export { type SoaImportField, type ImportStatementOfApplicabilityOptions, type SoaFragment, importStatementOfApplicability } from "./importStatementOfApplicability";
export { type IsmsFragment, mergeIsmsFragment } from "./mergeIsmsFragment";
export { type SpreadsheetInput, type Spreadsheet, type ReadSpreadsheetOptions, readSpreadsheet } from "./readSpreadsheet";
export { type OperationalRecordKind } from "./OperationalRecordKind";
export { type OperationalRecordField, type OperationalRecordKindInfo, operationalRecordKinds } from "./operationalRecordKinds";
export { type RecordFormat, type ImportRecordsOptions, type RecordImport, importRecords } from "./importRecords";
export { type ImportScanOptions } from "./ImportScanOptions";
export { importSarif } from "./importSarif";
export { importCycloneDx } from "./importCycloneDx";
