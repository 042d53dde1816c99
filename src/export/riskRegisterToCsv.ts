import type { RiskRegister } from "../risk/assessRisks";
import { toCsv } from "./_lib/csv";
import { argumentError } from "../core/arguments";
import { describeValue } from "../core/describeValue";

const CSV_HEADER = [
  "Risk",
  "Title",
  "Owner",
  "Status",
  "Treatment",
  "Controls",
  "Inherent likelihood",
  "Inherent impact",
  "Inherent level",
  "Residual likelihood",
  "Residual impact",
  "Residual level",
  "Target level",
  "Meets acceptance criteria",
  "Acceptance",
  "Accepted by",
  "Accepted on",
  "Acceptance expires on",
  "Last assessed on",
  "Next assessment due",
  "Assessment overdue",
  "Treatment plans",
  "Plan status",
  "Plan approved by owner",
  "Flags",
] as const;

/**
 * Writes a risk register as CSV (RFC 4180, CRLF line ends, formula-safe): a header and one record per
 * risk with its owner, status, treatment and controls, the inherent, residual and target ratings,
 * whether it meets the acceptance criteria, its acceptance, its assessment dates, its treatment
 * plans and its flags. Lists of ids are separated by spaces.
 *
 * @param register - a register from {@link assessRisks}
 * @returns the CSV text
 * @category Risk
 * @example
 * ```ts
 * const isms = parseIsms({
 *   schemaVersion: "1.0", organization: { name: "Acme" }, riskMethod: { preset: "3x3" },
 *   people: [{ id: "p-1", name: "Ada" }],
 *   risks: [{ id: "r-1", title: "=cmd|' /C calc'!A0", ownerId: "p-1", inherent: { likelihood: "likely", impact: "major" } }],
 * });
 * const csv = riskRegisterToCsv(assessRisks(isms, { asOf: "2026-11-28" }));
 * csv.split("\r\n")[0]?.split(",").slice(0, 9)
 * //=> ["Risk", "Title", "Owner", "Status", "Treatment", "Controls", "Inherent likelihood", "Inherent impact", "Inherent level"]
 * csv.split("\r\n")[1]?.split(",").slice(0, 9)
 * //=> ["r-1", "'=cmd|' /C calc'!A0", "p-1", "open", "", "", "likely", "major", "high"]
 * ```
 */
export function riskRegisterToCsv(register: RiskRegister): string {
  if (register === null || typeof register !== "object" || !Array.isArray((register as { entries?: unknown }).entries)) {
    throw argumentError("riskRegisterToCsv", ["register"], "invalid_type", `expected a risk register from assessRisks; found ${describeValue(register)}`);
  }
  const yesNo = (value: boolean | undefined) => (value === undefined ? "" : value ? "yes" : "no");
  return toCsv(
    CSV_HEADER,
    register.entries.map((e) => [
      e.riskId,
      e.title,
      e.ownerId,
      e.status,
      e.treatmentOption,
      e.controlIds.join(" "),
      e.inherent?.likelihood,
      e.inherent?.impact,
      e.inherent?.level,
      e.residual?.likelihood,
      e.residual?.impact,
      e.residual?.level,
      e.target?.level,
      yesNo(e.meetsAcceptanceCriteria),
      e.acceptance.state,
      e.acceptance.acceptedById,
      e.acceptance.acceptedOn,
      e.acceptance.expiresOn,
      e.assessment.lastAssessedOn,
      e.assessment.dueOn,
      yesNo(e.assessment.overdue),
      e.plan.planIds.join(" "),
      e.plan.status,
      yesNo(e.plan.approvedByOwner),
      e.flags.map((f) => f.code).join(" "),
    ]),
  );
}

