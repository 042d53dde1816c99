// Writes the spreadsheets the import tests read: an SoA and a risk register in the shapes popular
// ISO 27001 templates use, made the way such files are made (Excel-style workbook with shared strings,
// styles and real date cells via ExcelJS; a semicolon CSV with a byte order mark, as Excel saves it in
// locales with a decimal comma). Deterministic; a few rows carry the mistakes real sheets have, for the
// dry-run report. Run: npx tsx scripts/writeImportFixtures.ts
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { annexA } from "../src/catalog/index";

const dir = new URL("../test/fixtures/import/", import.meta.url);

async function writeSoaWorkbook(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Information Security Manager";
  workbook.created = new Date(Date.UTC(2026, 0, 15));
  workbook.modified = new Date(Date.UTC(2026, 0, 15));
  const cover = workbook.addWorksheet("Cover");
  cover.addRows([["Brightwater Analytics Ltd"], ["ISO/IEC 27001:2022 Statement of Applicability"], ["Document owner: Priya Nair"], ["Classification: Internal"]]);
  const sheet = workbook.addWorksheet("SoA");
  sheet.addRow(["Statement of Applicability — Brightwater Analytics Ltd"]);
  sheet.addRow(["Version 2.1, approved by the ISMS steering group"]);
  sheet.addRow([]);
  const header = sheet.addRow([
    "Annex A Ref",
    "Control Title",
    "Applicable (Y/N)",
    "LR",
    "CO",
    "BR/BP",
    "RRA",
    "Justification for Inclusion / Exclusion",
    "Implementation Status",
    "Control Owner",
    "Target Date",
    "Last Review",
  ]);
  header.font = { bold: true };
  const owners = ["Priya Nair", "Tom Okafor", "Lena Fischer"];
  const excluded = new Set(["7.5", "7.8", "7.9", "8.30"]);
  let theme = "";
  annexA.controls.forEach((control, i) => {
    if (control.theme !== theme) {
      theme = control.theme;
      const heading = { organizational: "A.5 Organisational controls", people: "A.6 People controls", physical: "A.7 Physical controls", technological: "A.8 Technological controls" }[control.theme];
      sheet.addRow([heading]).font = { bold: true };
    }
    const out = excluded.has(control.id);
    const status = out ? "N/A" : ["Implemented", "Implemented", "Partially implemented", "Planned"][i % 4]!;
    const row = sheet.addRow([
      `A.${control.id}`,
      control.title,
      out ? "N" : "Y",
      i % 7 === 0 ? "x" : "",
      i % 5 === 0 ? "x" : "",
      out ? "" : "x",
      out || i % 3 === 0 ? "" : "x",
      out ? "No activity of this kind in scope: offices are serviced by the landlord." : "Selected to treat risks in the risk register and required by customer contracts.",
      status,
      out ? "" : owners[i % owners.length],
      status === "Planned" ? new Date(Date.UTC(2026, 5, 30)) : null,
      new Date(Date.UTC(2026, 0, 10 + (i % 5))),
    ]);
    row.getCell(11).numFmt = "dd/mm/yyyy";
    row.getCell(12).numFmt = "yyyy-mm-dd";
  });
  // The mistakes real sheets have: an answer that is neither yes nor no, a typed date in an
  // ambiguous form, and a row still carrying a 2013 control.
  sheet.getRow(16).getCell(3).value = "Partly";
  sheet.getRow(40).getCell(11).value = "30/06/26";
  sheet.addRow(["A.9.4.1", "Information access restriction", "Y", "", "", "x", "x", "Carried over from the 2013 SoA.", "Implemented", "Tom Okafor", null, new Date(Date.UTC(2025, 10, 3))]);
  sheet.columns.forEach((column, i) => {
    column.width = [12, 48, 10, 5, 5, 7, 5, 60, 22, 18, 12, 12][i] ?? 12;
  });
  writeFileSync(new URL("soa-template.xlsx", dir), new Uint8Array(await workbook.xlsx.writeBuffer()));
}

function writeRiskRegisterCsv(): void {
  const header = [
    "Risk ID", "Asset", "Threat", "Vulnerability", "Risk Description", "Risk Owner", "C", "I", "A",
    "Likelihood (1-5)", "Impact (1-5)", "Risk Score", "Risk Level", "Treatment Option", "Annex A Controls",
    "Treatment Plan", "Residual Likelihood", "Residual Impact", "Status", "Date Identified", "Last Review",
  ];
  const rows: string[][] = [
    ["RR-01", "Customer database", "Ransomware", "Unpatched servers", "Ransomware encrypts the customer database and its backups", "Tom Okafor", "x", "x", "x", "3", "5", "15", "High", "Mitigate", "A.8.7, A.8.13, A.8.8", "Immutable backups; patch within 14 days", "2", "4", "Open", "2025-11-03", "2026-01-12"],
    ["RR-02", "Laptops", "Theft", "Unencrypted disks", "Theft of a laptop exposes client reports", "Lena Fischer", "x", "", "", "3", "4", "12", "High", "Mitigate", "A.8.1; A.8.24", "Full-disk encryption on every laptop", "1", "4", "Open", "2025-11-03", "2026-01-12"],
    ["RR-03", "Office", "Flood", "Ground-floor server cupboard", "Flooding of the ground floor destroys the on-site server", "Priya Nair", "", "", "x", "1", "3", "3", "Low", "Accept", "", "Within risk appetite; reviewed yearly", "", "", "Open", "2025-11-03", "2026-01-12"],
    ["RR-04", "Payroll data", "Insider misuse", "Broad access rights", "An employee misuses access to payroll data", "Priya Nair", "x", "x", "", "2", "4", "8", "Medium", "Mitigate", "A.5.15, A.5.18, A.8.2", "Quarterly access reviews", "1", "4", "Open", "2025-11-03", "2026-01-12"],
    ["RR-05", "Cloud analytics platform", "Supplier outage", "Single hosting provider", "Outage of the hosting provider stops client dashboards", "Tom Okafor", "", "", "x", "2", "4", "8", "Medium", "Transfer", "A.5.21, A.5.23", "Contractual SLA with service credits; insurance", "2", "3", "Open", "2025-11-03", "2026-01-12"],
    ["RR-06", "Source code", "Leak via public repository", "No secret scanning", "Source code or credentials leak through a public repository", "Tom Okafor", "x", "", "", "Very likely?", "3", "", "High", "Mitigate", "A.8.4, A.8.28", "Secret scanning in CI", "2", "3", "Open", "2025-11-20", "2026-01-12"],
    ["RR-07", "Email", "Phishing", "Low awareness", "A phishing email leads to account takeover", "Lena Fischer", "x", "x", "", "4", "3", "12", "High", "Mitigate", "A.6.3, A.8.5", "Phishing drills; MFA everywhere", "2", "3", "Open", "2025-11-20", "2026-01-12"],
    ["RR-08", "Client reports", "Mis-sent email", "No outbound DLP", "A report is emailed to the wrong client", "Priya Nair", "x", "", "", "3", "3", "9", "Medium", "Monitor", "", "", "", "", "Open", "2025-11-20", "2026-01-12"],
    ["RR-09", "Legacy FTP server", "Exploitation", "End-of-life software", "Exploitation of the legacy FTP server", "Tom Okafor", "x", "x", "x", "3", "4", "12", "High", "Avoid", "", "Decommission the FTP server by March", "", "", "Closed", "2025-08-14", "2026-01-12"],
  ];
  const field = (text: string) => (/[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const csv = `\uFEFF${[header, ...rows].map((row) => row.map(field).join(";")).join("\r\n")}\r\n`;
  writeFileSync(new URL("risk-register-template.csv", dir), csv);
}

await writeSoaWorkbook();
writeRiskRegisterCsv();
console.log("wrote test/fixtures/import/soa-template.xlsx and risk-register-template.csv");
