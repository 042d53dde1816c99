import type { RiskRegister } from "../risk/assessRisks";
import type { Person } from "../model/PersonSchema";
import { argumentError, readOptions } from "../core/arguments";
import { describeValue } from "../core/describeValue";
import { toCsv } from "./_lib/csv";

/**
 * Options for {@link riskRegisterToCsv}.
 *
 * @category Risk
 * @example
 * ```ts
 * const options: RiskRegisterToCsvOptions = { people: [{ id: "p-cto", name: "Sofia Reis" }] };
 * ```
 */
export interface RiskRegisterToCsvOptions {
  /**
   * The document's people (`isms.people`): the Owner and Accepted by columns then give the name with
   * the id, `Sofia Reis (p-cto)`. Without it they hold the ids.
   */
  readonly people?: readonly Pick<Person, "id" | "name">[] | undefined;
}

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
 * plans and its flags. Lists of ids are separated by spaces. Given the document's `people`, the
 * Owner and Accepted by columns name the person with the id (`Sofia Reis (p-cto)`); the column names
 * stay the same.
 *
 * @param register - a register from {@link assessRisks}
 * @param options - `people` to name owners and acceptors
 * @returns the CSV text
 * @throws {@link ArgumentError} when `people` is not a list of `{ id, name }`
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
 * riskRegisterToCsv(assessRisks(isms, { asOf: "2026-11-28" }), { people: isms.people }).split("\r\n")[1]?.split(",")[2]
 * //=> "Ada (p-1)"
 * ```
 */
export function riskRegisterToCsv(register: RiskRegister, options?: RiskRegisterToCsvOptions): string {
  const given = readOptions(options, "riskRegisterToCsv");
  if (register === null || typeof register !== "object" || !Array.isArray((register as { entries?: unknown }).entries)) {
    throw argumentError("riskRegisterToCsv", ["register"], "invalid_type", `expected a risk register from assessRisks; found ${describeValue(register)}`);
  }
  const names = readPeople(given.people);
  const person = (id: string | undefined) => (id === undefined ? undefined : names.has(id) ? `${names.get(id)} (${id})` : id);
  const yesNo = (value: boolean | undefined) => (value === undefined ? "" : value ? "yes" : "no");
  return toCsv(
    CSV_HEADER,
    register.entries.map((e) => [
      e.riskId,
      e.title,
      person(e.ownerId),
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
      person(e.acceptance.acceptedById),
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


function readPeople(people: unknown): ReadonlyMap<string, string> {
  if (people === undefined) return new Map();
  const ok = Array.isArray(people) && people.every((p) => p !== null && typeof p === "object" && typeof p.id === "string" && typeof p.name === "string");
  if (!ok) throw argumentError("riskRegisterToCsv", ["options", "people"], "invalid_type", `expected the document's people, a list of { id, name }; found ${describeValue(people)}`);
  return new Map((people as Pick<Person, "id" | "name">[]).map((p) => [p.id, p.name]));
}
