import { prioritizeRemediation, remediationQueueToCsv, resolveRiskMethod, RiskMethodError, type RemediationItem, type RemediationKind, type RemediationQueue } from "isms-kit";
import { asOfOption, readAsOf } from "../_lib/asOf";
import { CliError, EXIT } from "../_lib/CliError";
import type { Command } from "../_lib/Command";
import { levelStyle } from "../_lib/levelStyle";
import { fileLabel, loadIsms } from "../_lib/loadIsms";
import { readRiskMethod, riskMethodDetails } from "../_lib/readRiskMethod";
import { renderTable, type TableCell } from "../_lib/renderTable";
import { oneLine, plural } from "../_lib/text";
import { toJson } from "../_lib/writeOutput";

const KINDS: readonly RemediationKind[] = ["vulnerability", "corrective-action", "treatment-action"];
const SHORT: Readonly<Record<RemediationKind, string>> = { vulnerability: "vulnerability", "corrective-action": "corrective", "treatment-action": "treatment" };

/** The deadline cell: `17 days overdue`, `due in 7 days (2026-06-08)`, `—`. */
function deadline(item: RemediationItem): TableCell {
  if (item.sla === undefined) return { text: "no due date", style: "dim" };
  if (item.breached) return { text: `${plural(item.daysOverdue ?? 0, "day")} overdue`, style: "red" };
  return item.daysLeft === 0 ? { text: "due today", style: "yellow" } : `${item.sla.dueOn} (${plural(item.daysLeft ?? 0, "day")})`;
}

/** `isms-kit priorities <file>`: the remediation queue. */
export const priorities: Command = {
  name: "priorities",
  description:
    "Prints the remediation queue (ISO/IEC 27001:2022 6.1.3, 10.2, Annex A 8.8): open vulnerabilities, open corrective actions and open treatment-plan actions in one list, ordered by the level of the risks they are linked to in the risk register, then past-deadline first (most overdue first), then the nearest deadline, then the oldest — ties broken by kind and by the record's place in the document, so the queue is the same on every run. Each item says why it is where it is: its risk and level, the deadline it is judged against (the organisation's remediation target for the vulnerability's severity, the action's due date, an approved exception) and its age. --fail-on-breach exits 1 when an item is past its deadline, for CI.",
  arguments: [{ name: "file", required: true, description: "the ISMS document: a JSON or YAML file, a folder (isms.yaml and isms/), or - for standard input" }],
  options: [
    { name: "format", short: "f", type: "string", valueName: "<table|json|csv>", choices: ["table", "json", "csv"], description: "table (default) with the reasons of each item shown, json (the whole queue) or csv (one record per item)" },
    { name: "kind", short: "k", type: "string", multiple: true, valueName: "<kind>", choices: KINDS, description: "only items of this kind: vulnerability, corrective-action or treatment-action (repeat for more)" },
    { name: "limit", short: "n", type: "string", valueName: "<n>", description: "only the first n items (default: all)" },
    {
      name: "method",
      short: "m",
      type: "string",
      valueName: "<preset|file>",
      description: "rate the risks on this method instead of the document's: a preset or a JSON file with a risk matrix",
    },
    { name: "fail-on-breach", type: "boolean", description: "exit 1 when an item listed is past its deadline" },
    asOfOption,
  ],
  exitCodes: [
    [EXIT.ok, "the queue was printed (with --fail-on-breach: and no item listed is past its deadline)"],
    [EXIT.nonconformities, "with --fail-on-breach: an item listed is past its deadline"],
    [EXIT.invalid, "the file cannot be read or is not a valid document; the method is unknown or the ratings do not fit it; bad usage"],
  ],
  examples: [
    "isms-kit priorities examples/saas-company.isms.json",
    "isms-kit priorities . --kind vulnerability --limit 10 --as-of 2026-11-28",
    "isms-kit priorities isms.yaml --format csv > priorities.csv",
    "isms-kit priorities . --fail-on-breach --format json > queue.json",
  ],
  run({ args, options, io, out, style, width }) {
    const file = args["file"] ?? "-";
    const asOf = readAsOf(options["as-of"], io.today, "priorities");
    const limitText = options["limit"];
    const limit = limitText === undefined ? undefined : Number(limitText);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > 1_000_000)) throw new CliError(`priorities: --limit must be a whole number from 1; found "${String(limitText)}"`);
    const method = typeof options["method"] === "string" ? readRiskMethod(options["method"], io, "priorities") : undefined;
    const isms = loadIsms(file, io);
    let queue: RemediationQueue;
    try {
      queue = prioritizeRemediation(isms, method === undefined ? { asOf } : { asOf, method });
    } catch (error) {
      if (!(error instanceof RiskMethodError)) throw error;
      throw new CliError(`priorities: cannot rate the risks of ${fileLabel(file)}: ${error.summary} (${plural(error.issues.length, "problem")})`, { details: riskMethodDetails(error) });
    }
    const kinds = options["kind"] === undefined ? undefined : new Set([options["kind"]].flat() as string[]);
    const items = queue.items.filter((item) => kinds === undefined || kinds.has(item.kind)).slice(0, limit);
    const shown: RemediationQueue = { ...queue, items };
    const status = options["fail-on-breach"] === true && items.some((item) => item.breached) ? EXIT.nonconformities : EXIT.ok;

    if (options["format"] === "json") {
      out(toJson(shown));
      return status;
    }
    if (options["format"] === "csv") {
      out(remediationQueueToCsv(shown));
      return status;
    }
    const names = new Map(isms.people.map((p) => [p.id, p.name]));
    const levelCount = queue.method === undefined ? 1 : resolveRiskMethod(isms, method === undefined ? {} : { method }).matrix.levels.length;
    if (items.length === 0) {
      out(`Nothing to remediate${kinds === undefined ? "" : " of that kind"}: no open vulnerability, corrective action or treatment action, as of ${queue.asOf}.\n`);
      return status;
    }
    out(
      renderTable(
        [
          { header: "#", align: "right" },
          { header: "Kind", drop: 3 },
          { header: "Id" },
          { header: "Title", flex: true, min: 16, ideal: 34 },
          { header: "Risk", drop: 2 },
          { header: "Deadline" },
          { header: "Age", align: "right", drop: 4 },
          { header: "Owner", flex: true, min: 8, ideal: 14, drop: 1 },
        ],
        items.map((item) => [
          String(item.rank),
          SHORT[item.kind],
          { text: item.id, style: "bold" },
          item.title,
          item.risk === undefined ? { text: item.risks.length > 0 ? "unrated" : "—", style: "dim" } : { text: `${item.risk.level} ${item.risk.riskId}`, style: levelStyle(item.risk.levelIndex ?? 0, levelCount) },
          deadline(item),
          item.ageDays === undefined ? "" : `${item.ageDays} d`,
          item.ownerId === undefined ? "" : (names.get(item.ownerId) ?? item.ownerId),
        ]),
        { width, style },
      ),
    );
    out(`\n${style("bold", "Why each is where it is:")}\n`);
    // One line per item: a title quoted in a reason cannot start a line of its own.
    for (const item of items) out(`  ${item.rank}. ${style("bold", item.id)}: ${oneLine(item.reasons.join("; "))}\n`);
    const breached = items.filter((item) => item.breached).length;
    const hidden = queue.items.length - items.length;
    out(
      `\n${plural(items.length, "item")} (${style(breached > 0 ? "red" : "green", `${breached} past ${breached === 1 ? "its" : "their"} deadline`)}), ${items.filter((i) => i.risk !== undefined).length} linked to a rated risk, as of ${queue.asOf}${queue.method === undefined ? ", no risk method: ordered by deadline and age" : `, risks rated on ${oneLine(queue.method)}`}${hidden > 0 ? `; ${hidden} more not shown` : ""}\n`,
    );
    return status;
  },
};
