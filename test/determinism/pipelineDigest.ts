/**
 * Prints one line per output of the whole pipeline on both examples: its name and the SHA-256 of
 * its bytes; then `calendar` lines with the days computed around days that some time zones skipped.
 * Run by pipeline.test.ts in child processes under different time zones (TZ=…) and locales (LC_ALL=…).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import {
  assessRisks,
  buildStatementOfApplicability,
  checkConformity,
  conformityReportToMarkdown,
  parseIsms,
  riskHeatmapToSvg,
  soaToCsv,
  soaToMarkdown,
  soaToXlsx,
  summarizeTreatmentPlans,
} from "../../src/index";
import { toOscalAssessmentResults, toOscalCatalog, toOscalPoam, toOscalProfile } from "../../src/export/oscal/index";
import { addDaysToDay, addMonthsToDay, daysBetween } from "../../src/core/calendar";
import { auditPackToHtml, prepareManagementReview } from "../../src/export/report/index";

const asOf = process.argv[2] ?? "2026-11-28";
const sha = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

for (const name of ["saas-company", "startup"]) {
  const text = readFileSync(new URL(`../../examples/${name}.isms.json`, import.meta.url), "utf8");
  const isms = parseIsms(JSON.parse(text));
  const register = assessRisks(isms, { asOf });
  const soa = buildStatementOfApplicability(isms);
  const report = checkConformity(isms, { asOf });
  const outputs: Record<string, string | Uint8Array> = {
    isms: JSON.stringify(isms),
    register: JSON.stringify(register),
    heatmap: riskHeatmapToSvg(register, register.method.matrix),
    soa: JSON.stringify(soa),
    soaCsv: soaToCsv(soa),
    soaMarkdown: soaToMarkdown(soa),
    soaXlsx: soaToXlsx(soa),
    plans: JSON.stringify(summarizeTreatmentPlans(isms, { asOf })),
    report: JSON.stringify(report),
    auditPack: auditPackToHtml(isms, { asOf }),
    managementReview: JSON.stringify(prepareManagementReview(isms, { asOf })),
    reportMarkdown: conformityReportToMarkdown(report),
    oscalCatalog: JSON.stringify(toOscalCatalog({ lastModified: `${asOf}T00:00:00Z` })),
    oscalProfile: JSON.stringify(toOscalProfile(soa, { lastModified: `${asOf}T00:00:00Z` })),
    oscalResults: JSON.stringify(toOscalAssessmentResults(report)),
    oscalPoam: JSON.stringify(toOscalPoam(isms, { asOf })),
  };
  for (const [output, data] of Object.entries(outputs)) console.log(`${name} ${output} ${sha(data)}`);
}

// Kiritimati skipped 1994-12-31 and Apia 2011-12-30: arithmetic through local midnights slips a day there.
const calendar = {
  months: [addMonthsToDay("1994-10-31", 2), addMonthsToDay("2011-10-30", 2), addMonthsToDay("2011-12-30", -1)],
  days: [addDaysToDay("1994-12-30", 1), addDaysToDay("2011-12-29", 1), addDaysToDay("1995-01-01", -1)],
  between: [daysBetween("1994-12-30", "1995-01-01"), daysBetween("2011-12-29", "2011-12-31")],
  register: assessRisks(
    parseIsms({
      schemaVersion: "1.0",
      organization: { name: "Skipped days" },
      people: [{ id: "p-1", name: "Ada" }],
      riskMethod: { preset: "3x3", acceptance: { maxLevel: "medium", validityMonths: 2 }, assessmentIntervalMonths: 2 },
      risks: [
        { id: "r-1", title: "Kiritimati", ownerId: "p-1", lastAssessedOn: "1994-10-31", acceptance: { acceptedById: "p-1", acceptedOn: "1994-10-31" } },
        { id: "r-2", title: "Apia", ownerId: "p-1", lastAssessedOn: "2011-10-30", acceptance: { acceptedById: "p-1", acceptedOn: "2011-10-30" } },
      ],
    }),
    { asOf: "2011-12-31" },
  ).entries.map((e) => [e.acceptance.expiresOn, e.assessment.dueOn]),
};
console.log(`calendar ${JSON.stringify(calendar)}`);
