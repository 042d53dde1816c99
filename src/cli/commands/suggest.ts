import { suggestControls } from "isms-kit";
import { didYouMeanHint } from "../../core/didYouMean";
import { CliError, EXIT } from "../_lib/CliError";
import type { Command } from "../_lib/Command";
import { loadIsms } from "../_lib/loadIsms";
import { renderTable } from "../_lib/renderTable";
import { toJson } from "../_lib/writeOutput";

/** `isms-kit suggest <file> <risk>`: Annex A controls that suit a risk. */
export const suggest: Command = {
  name: "suggest",
  description:
    "Suggests Annex A controls to treat a risk (ISO/IEC 27001:2022 6.1.3 b), best first: controls that protect the security properties the risk affects, suit its assets and threats, and add a control type (prevent, detect, correct) that its current controls lack. Each suggestion says why, and whether the control is already decided in the document. The suggestions are a starting point for the risk owner, not a decision.",
  arguments: [
    { name: "file", required: true, description: "the ISMS document: a JSON or YAML file, a folder (isms.yaml and isms/), or - for standard input" },
    { name: "risk", required: true, description: "the id of a risk in the document" },
  ],
  options: [
    { name: "limit", short: "n", type: "string", valueName: "<n>", description: "how many controls to suggest (default 10)" },
    { name: "format", short: "f", type: "string", valueName: "<table|json>", choices: ["table", "json"], description: "table (default) or json" },
  ],
  exitCodes: [
    [EXIT.ok, "the suggestions were printed"],
    [EXIT.invalid, "the file cannot be read or is not a valid document; no risk with that id; bad usage"],
  ],
  examples: ["isms-kit suggest examples/saas-company.isms.json risk-01", "isms-kit suggest . r-laptop-theft --limit 5 --format json"],
  run({ args, options, io, out, style, width }) {
    const isms = loadIsms(args["file"] ?? "-", io);
    const riskId = args["risk"] ?? "";
    const limitText = options["limit"];
    const limit = limitText === undefined ? 10 : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > 93) throw new CliError(`suggest: --limit must be a whole number from 1 to 93; found "${String(limitText)}"`);
    const risk = isms.risks.find((r) => r.id === riskId);
    if (risk === undefined) {
      const ids = isms.risks.map((r) => r.id);
      throw new CliError(`suggest: no risk with id "${riskId}"${didYouMeanHint(riskId, ids)} (${ids.length === 0 ? "the document has no risks" : `risks: ${ids.slice(0, 8).join(", ")}${ids.length > 8 ? " …" : ""}`})`);
    }
    const suggestions = suggestControls(risk, isms, { limit });
    if (options["format"] === "json") {
      out(toJson({ riskId: risk.id, suggestions }));
      return EXIT.ok;
    }
    out(`${style("bold", `Controls for ${risk.id}: ${risk.title}`)}\n`);
    out(
      renderTable(
        [{ header: "Control" }, { header: "Title", flex: true, min: 16, ideal: 36 }, { header: "Decided", drop: 2 }, { header: "Why", flex: true, min: 20, ideal: 60, drop: 1 }],
        suggestions.map((s) => [
          { text: s.controlId, style: "bold" },
          s.title,
          s.applicable === true ? { text: "applicable", style: "green" } : s.applicable === false ? { text: "excluded", style: "yellow" } : { text: "—", style: "dim" },
          s.reasons.join("; "),
        ]),
        { width, style },
      ),
    );
    return EXIT.ok;
  },
};
