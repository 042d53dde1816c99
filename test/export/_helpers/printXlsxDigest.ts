/**
 * Prints the SHA-256 of the .xlsx of the SaaS example's Statement of Applicability. Run in a child
 * process with another TZ to prove the bytes do not depend on the time zone.
 */
import { createHash } from "node:crypto";
import { buildStatementOfApplicability } from "../../../src/treatment/buildStatementOfApplicability";
import { soaToXlsx } from "../../../src/export/soaToXlsx";
import { loadExample } from "../../treatment/_helpers/documents";

export function xlsxDigest(): string {
  return createHash("sha256").update(soaToXlsx(buildStatementOfApplicability(loadExample("saas-company")))).digest("hex");
}

if (process.argv.includes("--print")) process.stdout.write(xlsxDigest());
