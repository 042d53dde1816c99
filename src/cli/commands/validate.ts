import { safeParseIsms } from "isms-kit";
import { EXIT } from "../_lib/CliError";
import type { Command } from "../_lib/Command";
import { fileLabel, invalidDocument, printWarnings } from "../_lib/loadIsms";
import { readJson } from "../_lib/readInput";
import { plural } from "../_lib/text";
import { toJson } from "../_lib/writeOutput";

/** `isms-kit validate <file>`: checks a document and lists every problem. */
export const validate: Command = {
  name: "validate",
  summary: "check an ISMS document and list every problem with its JSON Pointer",
  description:
    "Validates an ISMS document: its shape against the schema, then what a schema cannot check — ids unique in the whole document, every reference resolving to an entity of the right kind, known control ids, dates in order, ratings on the risk method's scales. Every problem is listed at once, each with its JSON Pointer and a message that says what was expected and what was found. Ids that differ from another only by case or by characters that look alike are warned about on stderr; they do not make the document invalid. With --format json the result goes to stdout as { file, valid, issues, warnings }.",
  arguments: [{ name: "file", required: true, description: "the ISMS document (JSON), or - for standard input" }],
  options: [
    {
      name: "format",
      short: "f",
      type: "string",
      valueName: "<text|json>",
      choices: ["text", "json"],
      description: "text (default): a line when valid, the problems on stderr when not; json: { file, valid, issues, warnings } on stdout",
    },
  ],
  exitCodes: [
    [EXIT.ok, "the document is valid"],
    [EXIT.invalid, "the document is invalid (every problem listed), the file cannot be read or is not JSON, or bad usage"],
  ],
  examples: ["isms-kit validate examples/saas-company.isms.json", "cat my-isms.json | isms-kit validate - --format json"],
  run({ args, options, io, out, data, style }) {
    const file = args["file"] ?? "-";
    const result = safeParseIsms(readJson(file, io));
    if (options["format"] !== "json") printWarnings(result.warnings, io);
    if (options["format"] === "json") {
      data(toJson({ file, valid: result.success, issues: result.success ? [] : result.error.issues, warnings: result.warnings }));
      return result.success ? EXIT.ok : EXIT.invalid;
    }
    // Reported as every other command reports an invalid document (exit 2).
    if (!result.success) throw invalidDocument(file, result.error.issues);
    const isms = result.data;
    const counts = [
      plural(isms.risks.length, "risk"),
      plural(isms.controls.length, "control record"),
      plural(isms.documents.length, "document"),
      plural(isms.evidence.length, "evidence record"),
    ].join(", ");
    out(`${style("green", "✓")} ${fileLabel(file)}: a valid ISMS document for ${isms.organization.name} (${counts})\n`);
    return EXIT.ok;
  },
};
