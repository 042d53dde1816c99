import { EXIT } from "../_lib/CliError";
import type { Command } from "../_lib/Command";
import { githubAnnotation } from "../_lib/githubAnnotation";
import { fileLabel, invalidDocument, printWarnings, readIsms, unreadableDocument } from "../_lib/loadIsms";
import { plural } from "../_lib/text";
import { toJson } from "../_lib/writeOutput";

/** `isms-kit validate <file>`: checks a document and lists every problem. */
export const validate: Command = {
  name: "validate",
  description:
    "Validates an ISMS document — a JSON or YAML file, or a folder with isms.yaml and one file per collection in isms/: its shape against the schema, then what a schema cannot check — ids unique in the whole document, every reference resolving to an entity of the right kind, known control ids, dates in order, ratings on the risk method's scales. Every problem is listed at once, each with its file:line:column, its JSON Pointer and a message that says what was expected and what was found (and what you probably meant). Ids that differ from another only by case or by characters that look alike are warned about (on stderr, or as warning annotations); they do not make the document invalid. With --format json the result goes to stdout as { file, valid, issues, warnings }; with --format github every problem is a GitHub Actions annotation, so a pull request shows it on its line.",
  arguments: [{ name: "file", required: true, description: "the ISMS document: a JSON or YAML file, a folder (isms.yaml and isms/), or - for standard input" }],
  options: [
    {
      name: "format",
      short: "f",
      type: "string",
      valueName: "<text|json|github>",
      choices: ["text", "json", "github"],
      description: "text (default): a line when valid, the problems on stderr when not; json: { file, valid, issues, warnings } on stdout; github: GitHub Actions annotations on stdout",
    },
  ],
  exitCodes: [
    [EXIT.ok, "the document is valid"],
    [EXIT.invalid, "the document is invalid (every problem listed), a file cannot be read or is not JSON or YAML, or bad usage"],
  ],
  examples: [
    "isms-kit validate examples/saas-company.isms.json",
    "isms-kit validate .            # isms.yaml and isms/*.yaml in this folder",
    "isms-kit validate . --format github",
    "cat my-isms.json | isms-kit validate - --format json",
  ],
  run({ args, options, io, out, data, style }) {
    const file = args["file"] ?? "-";
    const result = readIsms(file, io);
    const issues = result.success ? [] : result.issues;
    if (options["format"] === "json") {
      data(toJson({ file, valid: result.success, issues, warnings: result.warnings }));
      return result.success ? EXIT.ok : EXIT.invalid;
    }
    if (options["format"] === "github") {
      for (const issue of issues) out(githubAnnotation("error", `isms-kit: ${issue.code}`, `${issue.pointer || "(document)"}: ${issue.message}`, issue.location));
      for (const warning of result.warnings) out(githubAnnotation("warning", `isms-kit: ${warning.code}`, `${warning.pointer}: ${warning.message}`, warning.location));
      if (result.success) out(`${fileLabel(file)}: a valid ISMS document\n`);
      return result.success ? EXIT.ok : EXIT.invalid;
    }
    printWarnings(result.warnings, io);
    // Reported as every other command reports an invalid document (exit 2).
    if (!result.success) throw result.unreadable ? unreadableDocument(file, result.issues) : invalidDocument(file, result.issues);
    const isms = result.isms;
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
