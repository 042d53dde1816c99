import type { CoverageElement, FrameworkCoverage } from "../conformity/FrameworkCoverage";
import { toCsv } from "./_lib/csv";
import { argumentError } from "../core/arguments";
import { describeValue } from "../core/describeValue";
import { isFrameworkCoverage } from "./_lib/isFrameworkCoverage";

const CSV_HEADER = [
  "Framework",
  "Requirement",
  "Title",
  "Heading",
  "Status",
  "Severity",
  "ISO/IEC 27001 met",
  "ISO/IEC 27001 open",
  "Not addressed by ISO/IEC 27001",
  "Finding",
  "To resolve",
] as const;

/** `A.8.15 (planned)`: the id and, for an open requirement, why it is open. */
function element(e: CoverageElement): string {
  return e.reason === undefined ? e.id : `${e.id} (${e.reason})`;
}

/**
 * Writes a {@link FrameworkCoverage} as CSV (RFC 4180, CRLF line ends, formula-safe): a header and
 * one record per requirement of the framework with its heading, status, the severity of its
 * finding, the ISO/IEC 27001:2022 requirements it maps to that are met and those still open (with
 * their status), the reason when ISO/IEC 27001 does not address it, and the finding's message and
 * hint. Lists are separated by spaces.
 *
 * @param coverage - a coverage from {@link assessFrameworkCoverage}
 * @returns the CSV text
 * @category Conformity
 * @example
 * ```ts
 * const coverage = assessFrameworkCoverage(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }), getMappedFramework("gdpr"), { asOf: "2026-06-30" });
 * const csv = frameworkCoverageToCsv(coverage);
 * csv.split("\r\n")[0]?.split(",").slice(0, 6)
 * //=> ["Framework", "Requirement", "Title", "Heading", "Status", "Severity"]
 * csv.split("\r\n")[1]?.split(",").slice(0, 2)
 * //=> ["gdpr", "Art.5(1)(f)"]
 * ```
 */
export function frameworkCoverageToCsv(coverage: FrameworkCoverage): string {
  if (!isFrameworkCoverage(coverage)) {
    throw argumentError("frameworkCoverageToCsv", ["coverage"], "invalid_type", `expected a framework coverage from assessFrameworkCoverage; found ${describeValue(coverage)}`);
  }
  const findings = new Map(coverage.findings.map((f) => [f.id, f]));
  return toCsv(
    CSV_HEADER,
    coverage.requirements.map((r) => {
      const finding = r.findingId === undefined ? undefined : findings.get(r.findingId);
      return [
        coverage.framework.id,
        r.id,
        r.title,
        r.parentId,
        r.status,
        finding?.severity,
        r.elements.filter((e) => e.state === "met").map(element).join(" "),
        r.elements.filter((e) => e.state !== "met").map(element).join(" "),
        r.notAddressed,
        finding?.message,
        finding?.hint,
      ];
    }),
  );
}
