import { readFileSync } from "node:fs";
import type { IsmsInput } from "../../../src/index";

/** The examples' "today": the dates of their narrative are relative to it. */
export const EXAMPLES_TODAY = "2026-11-28";

/** An example document as JSON input (parse it with parseIsms). */
export function readExample(file: "saas-company.isms.json" | "startup.isms.json"): IsmsInput {
  return JSON.parse(readFileSync(new URL(`../../../examples/${file}`, import.meta.url), "utf8")) as IsmsInput;
}

/** The SaaS example with its eight minor nonconformities of 2026-11-28 resolved: `checkConformity` finds only opportunities for improvement. */
export function resolvedSaasExample(): IsmsInput {
  const doc = readExample("saas-company.isms.json") as Record<string, any>;
  Object.assign(doc.risks[6].acceptance, { acceptedOn: "2026-09-15", expiresOn: "2027-09-15" });
  doc.documents[10].lastReviewedOn = "2026-09-15";
  doc.evidence[30].validUntil = "2027-10-31";
  doc.evidence[35].validUntil = "2027-04-01";
  doc.vulnerabilities[4].status = "mitigated";
  doc.nonconformities[3].correctiveActions[0].dueDate = "2026-12-15";
  doc.suppliers[7].lastAssessedOn = "2026-06-10";
  doc.logSources.find((l: { id: string }) => l.id === "log-sftp").reviews.push({ performedOn: "2026-11-23", reviewerId: "p-sec2" });
  return doc as IsmsInput;
}
