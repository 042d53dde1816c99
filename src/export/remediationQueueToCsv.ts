import { argumentError } from "../core/arguments";
import { describeValue } from "../core/describeValue";
import type { RemediationQueue } from "../risk/prioritizeRemediation";
import { toCsv } from "./_lib/csv";

const CSV_HEADER = [
  "Rank",
  "Kind",
  "Id",
  "Title",
  "Belongs to",
  "Owner",
  "Severity",
  "Risk",
  "Risk level",
  "Rating",
  "Other risks",
  "Due on",
  "Deadline from",
  "Past due",
  "Days overdue",
  "Days left",
  "Opened on",
  "Age (days)",
  "Why",
] as const;

/**
 * Writes the remediation queue of {@link prioritizeRemediation} as CSV (RFC 4180, CRLF line ends):
 * one record per item in rank order, with its risk and level, its deadline and where it comes from,
 * its age, and the reasons for its place joined with `; `. Cells that a spreadsheet would read as a
 * formula are prefixed with `'`.
 *
 * @param queue - the queue from {@link prioritizeRemediation}
 * @returns the CSV text, with a header record
 * @throws {@link ArgumentError} when `queue` is not a remediation queue
 * @category Interop
 * @example
 * ```ts
 * const isms = parseIsms({
 *   schemaVersion: "1.0", organization: { name: "Acme" },
 *   vulnerabilities: [{ id: "v-1", name: "RCE in the API gateway", severity: "critical", identifiedOn: "2026-03-01" }],
 * });
 * const [header, first] = remediationQueueToCsv(prioritizeRemediation(isms, { asOf: "2026-04-15" })).split("\r\n");
 * header?.split(",").slice(0, 4)
 * //=> ["Rank", "Kind", "Id", "Title"]
 * first?.split(",").slice(0, 4)
 * //=> ["1", "vulnerability", "v-1", "RCE in the API gateway"]
 * first?.split(",").slice(11, 15)
 * //=> ["2026-03-31", "vulnerabilityRemediationDays.critical", "yes", "15"]
 * ```
 */
export function remediationQueueToCsv(queue: RemediationQueue): string {
  if (queue === null || typeof queue !== "object" || !Array.isArray((queue as { items?: unknown }).items)) {
    throw argumentError("remediationQueueToCsv", ["queue"], "invalid_type", `expected a remediation queue (from prioritizeRemediation); found ${describeValue(queue)}`);
  }
  const rows = queue.items.map((item) => [
    item.rank,
    item.kind,
    item.id,
    item.title,
    item.parentId,
    item.ownerId,
    item.severity,
    item.risk?.riskId,
    item.risk?.level,
    item.risk?.rating,
    item.risks
      .filter((r) => r.riskId !== item.risk?.riskId)
      .map((r) => r.riskId)
      .join(", "),
    item.sla?.dueOn,
    item.sla === undefined ? undefined : item.sla.source === "parameter" ? item.sla.parameter?.id : item.sla.source === "exception" ? "exception" : "due date",
    item.breached ? "yes" : "no",
    item.daysOverdue,
    item.daysLeft,
    item.openedOn,
    item.ageDays,
    item.reasons.join("; "),
  ]);
  return toCsv(CSV_HEADER, rows);
}
