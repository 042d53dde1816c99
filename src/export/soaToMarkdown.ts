import { markdownText } from "./_lib/markdown";
import { metadataLines } from "./_lib/soaCells";
import { readOptions } from "../core/arguments";
import type { SoaColumn } from "./SoaColumn";
import { tableOf } from "./soaToTable";
import type { StatementOfApplicability } from "../treatment/StatementOfApplicability";

/**
 * Options for {@link soaToMarkdown}.
 *
 * @category Treatment
 * @example
 * ```ts
 * const options: SoaToMarkdownOptions = { columns: ["controlId", "title", "applicable"], metadata: false };
 * ```
 */
export interface SoaToMarkdownOptions {
  /** The columns, in order; {@link defaultSoaColumns} when left out. */
  readonly columns?: readonly SoaColumn[];
  /** Write a heading and the metadata (organisation, version, date, approver) above the table. On by default. */
  readonly metadata?: boolean;
}

/** A cell of a GitHub-flavoured Markdown table: the text escaped, line breaks as `<br>`. */
function cell(text: string): string {
  return markdownText(text.trim(), { lineBreak: "<br>" });
}

/**
 * Writes a Statement of Applicability as a GitHub-flavoured Markdown table, with a heading and the
 * metadata above it. Cells are those of {@link soaToTable}, escaped so that a Markdown renderer shows
 * them as text: Markdown syntax (`\ * _ ~ [ ] |` and backticks) is escaped with a backslash, `<` and
 * `>` become entities, line breaks become `<br>`, control characters are dropped. No HTML, link or
 * image from the document reaches the page.
 *
 * @param soa - from {@link buildStatementOfApplicability}
 * @param options - `columns`, `metadata` (true)
 * @returns the Markdown text, ending with a line break
 * @throws {@link ArgumentError} when `soa` is not a Statement of Applicability or for an unknown column
 * @category Treatment
 * @example
 * ```ts
 * const soa = buildStatementOfApplicability(parseIsms({
 *   schemaVersion: "1.0", organization: { name: "Acme" },
 *   controls: [{ id: "5.1", applicable: true, reasons: ["business"], implementationStatus: "implemented" }],
 * }));
 * const markdown = soaToMarkdown({ ...soa, rows: soa.rows.slice(0, 1) }, { columns: ["controlId", "title", "applicable"], metadata: false });
 * markdown
 * //=> "| Control | Title | Applicable |\n| --- | --- | --- |\n| 5.1 | Policies for information security | Yes |\n"
 * ```
 */
export function soaToMarkdown(soa: StatementOfApplicability, options?: SoaToMarkdownOptions): string {
  const given = readOptions(options, "soaToMarkdown");
  const table = tableOf(soa, given.columns, "soaToMarkdown");
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |\n`;
  let out = "";
  if (given.metadata !== false) {
    const lines = metadataLines(soa).filter(([label]) => label !== "Title");
    out += `## ${cell(soa.metadata.title || "Statement of Applicability")}\n\n`;
    for (const [label, value] of lines) out += `- **${label}:** ${cell(value)}\n`;
    if (lines.length > 0) out += "\n";
  }
  out += line(table.header);
  out += `|${table.header.map(() => " --- ").join("|")}|\n`;
  for (const row of table.rows) out += line(row);
  return out;
}
