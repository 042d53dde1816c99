/**
 * Prints one line per output of the whole pipeline on both examples: its name and the SHA-256 of
 * its bytes. Run by pipeline.test.ts in child processes under different time zones (TZ=…).
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
