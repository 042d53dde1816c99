import { argumentError, readOptions, requireCollections } from "../../core/arguments";
import { toCalendarDay } from "../../core/calendar";
import { describeValue } from "../../core/describeValue";
import { checkConformity } from "../../conformity/checkConformity";
import type { ConformityReport } from "../../conformity/ConformityReport";
import { prepareManagementReview } from "../../conformity/prepareManagementReview";
import type { Isms } from "../../model/IsmsSchema";
import { assessRisks, type RiskRegister } from "../../risk/assessRisks";
import { buildStatementOfApplicability } from "../../treatment/buildStatementOfApplicability";
import { isStatementOfApplicability } from "../../treatment/isStatementOfApplicability";
import type { StatementOfApplicability } from "../../treatment/StatementOfApplicability";
import { summarizeTreatmentPlans } from "../../treatment/summarizeTreatmentPlans";
import type { AuditPackData } from "./_lib/AuditPackData";
import { auditPackSections } from "./_lib/auditPackSections";
import { AUDIT_PACK_SCRIPT } from "./_lib/script";
import { AUDIT_PACK_CSS } from "./_lib/styles";
import { entityLabel, peopleNames } from "../_lib/entityLabel";
import { html, htmlToString, trustedHtml } from "../_lib/html";
import { readColumns } from "../_lib/soaCells";
import type { SoaColumn } from "../SoaColumn";

/**
 * Options of {@link auditPackToHtml}.
 *
 * @category Conformity
 * @example
 * ```ts
 * const options: AuditPackToHtmlOptions = { asOf: "2026-11-28", title: "Audit pack for the surveillance audit 2027" };
 * ```
 */
export interface AuditPackToHtmlOptions {
  /** The day the pack is drawn up for: `YYYY-MM-DD`, or a Date (its local calendar day). */
  readonly asOf: string | Date;
  /** The start of the period the management review inputs look back on; see {@link prepareManagementReview}. */
  readonly since?: string | Date | undefined;
  /** The pack's title, above the organisation's name. Default: `ISO/IEC 27001:2022 ISMS audit pack`. */
  readonly title?: string | undefined;
  /** The columns of the Statement of Applicability table. Default: {@link auditPackSoaColumns}. */
  readonly soaColumns?: readonly SoaColumn[] | undefined;
  /** The risk register of this document on `asOf`, when already drawn up with {@link assessRisks}. */
  readonly riskRegister?: RiskRegister | undefined;
  /** The Statement of Applicability of this document, when already built with {@link buildStatementOfApplicability}. */
  readonly statementOfApplicability?: StatementOfApplicability | undefined;
  /** The conformity report of this document on `asOf`, when already made with {@link checkConformity} (with your own rules, say). */
  readonly conformityReport?: ConformityReport | undefined;
}

/**
 * The columns of the Statement of Applicability in {@link auditPackToHtml} unless others are asked
 * for: the ones an auditor reads on a landscape page.
 *
 * @category Conformity
 * @example
 * ```ts
 * auditPackSoaColumns.slice(0, 3)
 * //=> ["controlId", "title", "applicable"]
 * ```
 */
export const auditPackSoaColumns: readonly SoaColumn[] = Object.freeze([
  "controlId",
  "title",
  "applicable",
  "reasons",
  "justification",
  "implementationStatus",
  "owner",
  "riskIds",
  "evidenceIds",
  "lastReviewedOn",
] as const);

const FN = "auditPackToHtml";

/**
 * Writes the audit pack of an ISMS as one self-contained HTML page, for a CISO, a management board
 * or an external auditor: a summary dashboard (readiness for each audit stage the conformity report
 * knows, findings by severity and clause, residual risks against the document's own acceptance
 * criteria, treatment progress, evidence freshness), every finding with the entities it concerns by
 * name, their JSON Pointers and the fix, the inherent and residual heat maps, the risk register, the
 * Statement of Applicability, the management review inputs (9.3.2 a–g, from
 * {@link prepareManagementReview}) and the status of every clause.
 *
 * The page needs nothing else: no network, no web fonts, no external script or style, so it opens
 * from `file://` and as an e-mail attachment. A small inline script adds filters and sortable
 * tables; without it the page is complete. Printed (or saved as PDF), it is landscape on A4 or
 * Letter, with table headers repeated on every page, no row cut in half and page numbers. Every text
 * from the document is escaped. The same document and options always give the same bytes.
 *
 * @param isms - a document from {@link index!parseIsms}
 * @param options - `asOf` (required); `since`, `title`, `soaColumns`; and the register, SoA or
 *   conformity report when already computed
 * @returns the HTML page, starting with `<!doctype html>`
 * @throws {@link index!ArgumentError} when `asOf` or `since` is not a calendar date, an option has the
 *   wrong type, a given register or report is for another day, or `isms` is not a document
 * @throws {@link index!RiskMethodError} when the document's risk method cannot be used
 * @category Conformity
 * @example
 * ```ts
 * const isms = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme <Labs>" }, riskMethod: { preset: "3x3" } });
 * const page = auditPackToHtml(isms, { asOf: "2026-11-28" });
 * page.startsWith("<!doctype html>")
 * //=> true
 * page.includes("<h1>Acme &lt;Labs&gt;</h1>")
 * //=> true
 * const external = ["<link", "<img", "src=", "url("];
 * external.some((part) => page.includes(part))
 * //=> false
 * ```
 */
export function auditPackToHtml(isms: Isms, options: AuditPackToHtmlOptions): string {
  const given = readOptions(options, FN);
  const asOf = toCalendarDay(given.asOf, FN);
  requireCollections(isms, ["people", "risks", "controls", "evidence", "treatmentPlans", "managementReviews"], FN);
  if (given.title !== undefined && typeof given.title !== "string") {
    throw argumentError(FN, ["options", "title"], "invalid_type", `expected a string; found ${describeValue(given.title)}`);
  }
  const soaColumns = readColumns(given.soaColumns, FN, auditPackSoaColumns);
  const register = readRegister(isms, given.riskRegister, asOf);
  const soa = given.statementOfApplicability ?? buildStatementOfApplicability(isms);
  if (!isStatementOfApplicability(soa)) {
    throw argumentError(FN, ["options", "statementOfApplicability"], "invalid_type", `expected a Statement of Applicability from buildStatementOfApplicability; found ${describeValue(soa)}`);
  }
  const report = given.conformityReport ?? checkConformity(isms, { asOf, ...(register === undefined ? {} : { riskRegister: register }), statementOfApplicability: soa });
  if (report === null || typeof report !== "object" || !Array.isArray(report.findings) || report.asOf !== asOf) {
    throw argumentError(FN, ["options", "conformityReport"], "invalid_value", `expected the conformity report of this document for asOf ${asOf}; found ${describeValue(report?.asOf ?? report)}`);
  }
  const people = peopleNames(isms);
  const title = given.title ?? "ISO/IEC 27001:2022 ISMS audit pack";
  const data: AuditPackData = {
    isms,
    asOf,
    title,
    register,
    soa,
    report,
    plans: summarizeTreatmentPlans(isms, { asOf }),
    review: prepareManagementReview(isms, { asOf, since: given.since, ...(register === undefined ? {} : { riskRegister: register }) }),
    soaColumns,
    people,
    person: (id) => (id === undefined ? "—" : people.has(id) ? `${people.get(id)} (${id})` : id),
    label: (pointer) => entityLabel(isms, pointer, people),
  };
  return `<!doctype html>\n${htmlToString(page(data))}\n`;
}

function readRegister(isms: Isms, given: RiskRegister | undefined, asOf: string): RiskRegister | undefined {
  if (given !== undefined) {
    if (given === null || typeof given !== "object" || given.asOf !== asOf || !Array.isArray(given.entries)) {
      throw argumentError(FN, ["options", "riskRegister"], "invalid_value", `expected the risk register of this document for asOf ${asOf}; found ${describeValue((given as { asOf?: unknown } | null)?.asOf ?? given)}`);
    }
    return given;
  }
  return isms.riskMethod === undefined ? undefined : assessRisks(isms, { asOf });
}

function page(data: AuditPackData) {
  const { isms, asOf, report, soa } = data;
  const certification = isms.organization.certification;
  const meta: [string, string][] = [
    ["As of", asOf],
    ["Organisation", isms.organization.legalName ?? isms.organization.name],
    ...(isms.scope?.statement === undefined ? [] : [["Scope", isms.scope.statement] as [string, string]]),
    ...(certification === undefined
      ? []
      : [["Certification", [certification.status.replace(/-/g, " "), certification.certificationBody, certification.certificateNumber, certification.expiresOn === undefined ? undefined : `expires ${certification.expiresOn}`].filter(Boolean).join(" · ")] as [string, string]]),
    ["Statement of Applicability", `${soa.metadata.title}${soa.metadata.version === undefined ? "" : `, version ${soa.metadata.version}`}`],
    ["Findings", `${report.counts.major} major · ${report.counts.minor} minor · ${report.counts.ofi} opportunities for improvement`],
  ];
  return html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="isms-kit">
<title>${data.title} — ${isms.organization.name} (${asOf})</title>
<style>${trustedHtml(AUDIT_PACK_CSS)}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<div class="page">
<header class="cover">
<p class="eyebrow">${data.title}</p>
<h1>${isms.organization.name}</h1>
<dl class="meta">${meta.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>
<nav class="contents" aria-label="Contents"><ol>${auditPackSections.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`)}</ol></nav>
</header>
<main id="main">
${auditPackSections.map(
  (section) => html`<section id="${section.id}" class="pack-section${section.newPage ? " new-page" : ""}" aria-labelledby="${section.id}-heading">
<h2 id="${section.id}-heading">${section.title}</h2>
${section.render(data)}
</section>
`,
)}</main>
<footer class="colophon"><p>Drawn up by isms-kit from the ISMS document of ${isms.organization.name} as of ${asOf}. Findings are graded as a certification body would grade them; they support, and do not replace, an audit.</p></footer>
</div>
<script>${trustedHtml(AUDIT_PACK_SCRIPT)}</script>
</body>
</html>`;
}
