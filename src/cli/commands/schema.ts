import { getIsmsJsonSchema } from "isms-kit";
import { EXIT } from "../_lib/CliError";
import type { Command } from "../_lib/Command";
import { formatBytes } from "../_lib/text";
import { toJson, writeFile } from "../_lib/writeOutput";

/** `isms-kit schema`: the JSON Schema of an ISMS document. */
export const schema: Command = {
  name: "schema",
  description:
    "Prints the JSON Schema (draft 2020-12) of an ISMS document, generated from the library's zod schemas: point your editor at it for completion and inline errors, or validate from another language. It describes the shape only; run 'isms-kit validate' for the checks a schema cannot express (unique ids, references, date order). The same schema ships as isms-kit/schema.json.",
  arguments: [],
  options: [{ name: "out", short: "o", type: "string", valueName: "<file>", description: "write to this file instead of stdout" }],
  exitCodes: [
    [EXIT.ok, "the schema was written"],
    [EXIT.invalid, "bad usage, or the file cannot be written"],
  ],
  examples: ["isms-kit schema > isms.schema.json", "isms-kit schema --out .vscode/isms.schema.json"],
  run({ options, io, out, data }) {
    const text = toJson(getIsmsJsonSchema());
    const target = options["out"];
    if (typeof target === "string") {
      out(`wrote ${target} (${formatBytes(writeFile(target, text, io))})\n`);
    } else {
      data(text);
    }
    return EXIT.ok;
  },
};
