import {
  assessFrameworkCoverage,
  assessRisks,
  buildStatementOfApplicability,
  checkConformity,
  conformityReportToMarkdown,
  frameworkCoverageToCsv,
  frameworkCoverageToMarkdown,
  IsmsKitError,
  riskHeatmapToSvg,
  riskRegisterToCsv,
  soaToCsv,
  soaToMarkdown,
  soaToTable,
  soaToXlsx,
  summarizeTreatmentPlans,
  type Isms,
  type RiskRegister,
} from "../../../src/index";
import { toOscalAssessmentResults, toOscalCatalog, toOscalPoam, toOscalProfile } from "../../../src/export/oscal/index";
import { auditPackToHtml, prepareManagementReview } from "../../../src/export/report/index";
import { frameworks, getMappedFramework } from "../../../src/mappings/index";
import { deepFreeze } from "../../_lib/deepFreeze";
import { foreignMarkup } from "../../export/_helpers/renderMarkdown";
import { packageXmlErrors, xmlErrors } from "../../export/_helpers/xmlErrors";
import { oscalSchemaErrors, type OscalModel } from "../../export/oscal/_oscal";

/** Characters that have no place in Markdown output (C0 controls but tab and LF, DEL, C1 controls). */
const MARKDOWN_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/** Characters HTML does not allow in text (C0 controls but tab, LF, FF and CR). */
const HTML_CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;
/** Markup the hostile text of the fixtures holds, which must never reach a page as markup. */
const HOSTILE_MARKUP = /<img src=x|<script>alert|<b>bold/i;
/** The frameworks mapped onto ISO/IEC 27001 (every one but ISO/IEC 27001 itself). */
const MAPPED = frameworks.map((f) => f.id).filter((id) => id !== "iso27001-2022");

/** What a run of the pipeline on one document found wrong; empty when all is well. */
export interface PipelineProblems {
  /** Each problem as `step: what`. */
  readonly problems: string[];
  /** The typed errors the pipeline was allowed to throw (a document without a risk method cannot be rated), as `step: Name code`. */
  readonly expectedErrors: string[];
}

/**
 * Runs a document parseIsms accepted through the whole pipeline on `asOf` — assessRisks,
 * buildStatementOfApplicability, summarizeTreatmentPlans, checkConformity, and every exporter — on
 * deep-frozen data (so a function that changes its input throws), and checks each output: no
 * exception but the few a valid document may give (an IsmsKitError), Markdown without HTML, links or
 * control characters from the document, well-formed XML in SVG and in every part of an XLSX, and
 * OSCAL valid against NIST's 1.2.1 schemas.
 */
export function runPipeline(parsed: Isms, asOf: string, frameworkIndex = 0): PipelineProblems {
  const problems: string[] = [];
  const expectedErrors: string[] = [];
  const isms = deepFreeze(parsed);
  /** Runs a step; an error is a problem unless `allowed` says a valid document may give it. */
  const step = <T>(name: string, run: () => T, allowed: (error: IsmsKitError) => boolean = () => false): T | undefined => {
    try {
      return run();
    } catch (error) {
      if (error instanceof IsmsKitError && allowed(error)) {
        expectedErrors.push(`${name}: ${error.name} ${error.issues.map((issue) => issue.code).join(",")}`);
      } else {
        const kind = error instanceof IsmsKitError ? `${error.name} (not expected on a valid document)` : `${(error as Error)?.name ?? typeof error} (not an IsmsKitError)`;
        problems.push(`${name}: ${kind}: ${String((error as Error)?.message ?? error).split("\n").slice(0, 4).join(" | ")}`);
      }
      return undefined;
    }
  };
  const markdown = (name: string, text: string | undefined) => {
    if (text === undefined) return;
    const foreign = foreignMarkup(text);
    if (foreign.length > 0) problems.push(`${name}: markup from the document: ${foreign.slice(0, 5).join(" ")}`);
    if (MARKDOWN_CONTROL.test(text)) problems.push(`${name}: a control character`);
  };
  const xml = (name: string, errors: readonly string[] | undefined) => {
    if (errors !== undefined && errors.length > 0) problems.push(`${name}: not well-formed XML: ${errors.slice(0, 3).join("; ")}`);
  };
  const oscal = (name: string, model: OscalModel, document: unknown) => {
    if (document === undefined) return;
    const errors = oscalSchemaErrors(model, document);
    if (errors.length > 0) problems.push(`${name}: not valid OSCAL ${model}: ${errors.slice(0, 3).join("; ")}`);
  };

  const noMethod = (error: IsmsKitError) => error.name === "RiskMethodError" && error.issues.some((issue) => issue.code === "missing_method");
  const register: RiskRegister | undefined = step("assessRisks", () => assessRisks(isms, { asOf }), noMethod);
  const soa = step("buildStatementOfApplicability", () => buildStatementOfApplicability(isms));
  step("summarizeTreatmentPlans", () => summarizeTreatmentPlans(isms, { asOf }));
  const report = step("checkConformity", () => checkConformity(isms, { asOf, ...(register === undefined ? {} : { riskRegister: register }) }));

  if (report !== undefined) {
    markdown("conformityReportToMarkdown", step("conformityReportToMarkdown", () => conformityReportToMarkdown(report)));
    markdown("conformityReportToMarkdown with the ISMS", step("conformityReportToMarkdown", () => conformityReportToMarkdown(report, { isms })));
    oscal("toOscalAssessmentResults", "assessment-results", step("toOscalAssessmentResults", () => toOscalAssessmentResults(report, { isms })));
  }
  if (soa !== undefined) {
    step("soaToCsv", () => soaToCsv(soa));
    step("soaToTable", () => soaToTable(soa));
    markdown("soaToMarkdown", step("soaToMarkdown", () => soaToMarkdown(soa)));
    const bytes = step("soaToXlsx", () => soaToXlsx(soa));
    xml("soaToXlsx", bytes === undefined ? undefined : packageXmlErrors(bytes));
    oscal("toOscalProfile", "profile", step("toOscalProfile", () => toOscalProfile(soa, { lastModified: `${asOf}T00:00:00Z` })));
  }
  if (register !== undefined) {
    step("riskRegisterToCsv", () => riskRegisterToCsv(register));
    for (const rating of ["inherent", "residual"] as const) {
      const svg = step(`riskHeatmapToSvg ${rating}`, () => riskHeatmapToSvg(register, register.method.matrix, { rating }));
      xml(`riskHeatmapToSvg ${rating}`, svg === undefined ? undefined : xmlErrors(svg));
    }
  }
  oscal("toOscalPoam", "poam", step("toOscalPoam", () => toOscalPoam(isms, { asOf })));

  step("prepareManagementReview", () => prepareManagementReview(isms, { asOf, ...(register === undefined ? {} : { riskRegister: register }) }));
  const page = step("auditPackToHtml", () => auditPackToHtml(isms, { asOf }));
  if (page !== undefined) {
    if (HOSTILE_MARKUP.test(page)) problems.push(`auditPackToHtml: markup from the document: ${page.match(HOSTILE_MARKUP)?.[0]}`);
    if (HTML_CONTROL.test(page)) problems.push("auditPackToHtml: a control character");
  }
  const framework = MAPPED[frameworkIndex % MAPPED.length]!;
  const coverage = step(`assessFrameworkCoverage ${framework}`, () => assessFrameworkCoverage(isms, getMappedFramework(framework), { asOf }));
  if (coverage !== undefined) {
    step("frameworkCoverageToCsv", () => frameworkCoverageToCsv(coverage));
    markdown("frameworkCoverageToMarkdown", step("frameworkCoverageToMarkdown", () => frameworkCoverageToMarkdown(coverage)));
  }
  return { problems, expectedErrors };
}

/** The OSCAL catalog does not depend on a document: checked once, by the fuzz test. */
export function oscalCatalogProblems(): string[] {
  return oscalSchemaErrors("catalog", toOscalCatalog());
}
