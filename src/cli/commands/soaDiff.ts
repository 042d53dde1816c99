import { buildStatementOfApplicability, diffStatementsOfApplicability, type SoaDiff, type SoaFieldChange } from "isms-kit";
import { EXIT } from "../_lib/CliError";
import type { Command } from "../_lib/Command";
import { loadIsms } from "../_lib/loadIsms";
import type { Style } from "../_lib/style";
import { plural } from "../_lib/text";
import { toJson } from "../_lib/writeOutput";

const show = (value: SoaFieldChange<string>["before"]): string =>
  value === undefined || value === null ? "—" : Array.isArray(value) ? (value.length === 0 ? "—" : value.join(", ")) : String(value);

/** The diff as text: a line per change, then a count. */
export function soaDiffToText(diff: SoaDiff, style: Style): string {
  const lines: string[] = [];
  for (const change of diff.metadata) lines.push(`  ${style("bold", "metadata")} ${change.field}: ${show(change.before)} → ${show(change.after)}`);
  for (const row of diff.added) lines.push(`  ${style("green", `+ ${row.controlId}`)} ${row.title}`);
  for (const row of diff.removed) lines.push(`  ${style("red", `- ${row.controlId}`)} ${row.title}`);
  for (const row of diff.changed) {
    lines.push(`  ${style("yellow", `~ ${row.controlId}`)} ${row.title}`);
    for (const change of row.changes) lines.push(`      ${change.field}: ${show(change.before)} → ${show(change.after)}`);
  }
  const summary = diff.identical
    ? "The Statements of Applicability are the same."
    : `${plural(diff.added.length, "control")} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged} unchanged${diff.metadata.length > 0 ? `; ${plural(diff.metadata.length, "metadata field")} changed` : ""}.`;
  return `${[...lines, lines.length > 0 ? "" : undefined, summary].filter((l) => l !== undefined).join("\n")}\n`;
}

/** `isms-kit soa diff <old> <new>`: what changed between two SoAs. */
export const soaDiff: Command = {
  name: "soa diff",
  description:
    "Compares the Statements of Applicability of two versions of an ISMS document — say, the last release and a pull request's — control by control: controls added or removed, and for each changed control which field changed from what to what (applicability, reasons, justification, implementation status, owner, risks, evidence …), plus the SoA's own metadata. Exits with 0 when they are the same and 1 when they differ, like diff, so a CI job can ask for a review of SoA changes.",
  arguments: [
    { name: "old", required: true, description: "the earlier ISMS document (a file, a folder or -)" },
    { name: "new", required: true, description: "the later ISMS document (a file, a folder or -)" },
  ],
  options: [{ name: "format", short: "f", type: "string", valueName: "<text|json>", choices: ["text", "json"], description: "text (default) or json (the whole diff)" }],
  exitCodes: [
    [EXIT.ok, "the Statements of Applicability are the same"],
    [EXIT.nonconformities, "they differ"],
    [EXIT.invalid, "a file cannot be read or is not a valid document; bad usage"],
  ],
  examples: ["isms-kit soa diff release/isms.json isms.json", "git show main:isms.json > /tmp/main.json && isms-kit soa diff /tmp/main.json isms.json --format json"],
  run({ args, options, io, out, style }) {
    const before = buildStatementOfApplicability(loadIsms(args["old"] ?? "-", io));
    const after = buildStatementOfApplicability(loadIsms(args["new"] ?? "-", io));
    const diff = diffStatementsOfApplicability(before, after);
    out(options["format"] === "json" ? toJson(diff) : soaDiffToText(diff, style));
    return diff.identical ? EXIT.ok : EXIT.nonconformities;
  },
};
