import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { riskMatrixPresets } from "isms-kit";
import { writeIsmsSources } from "isms-kit/source";
import { CliError, EXIT } from "../_lib/CliError";
import type { Command } from "../_lib/Command";
import { STARTER_FILES, starterIsms } from "../_lib/starter";
import { formatBytes } from "../_lib/text";
import { writeFile } from "../_lib/writeOutput";

const PRESETS = Object.keys(riskMatrixPresets);

/** `isms-kit init [dir]`: a minimal valid ISMS to fill in. */
export const init: Command = {
  name: "init",
  description:
    "Starts an ISMS in a folder (the current one by default): isms.yaml with the organisation and the risk method, and in isms/ one file each for the people, the risks and the controls — every Annex A control present and undecided. The document is valid from the start; its comments (YAML) say what to fill in, with an example of each. Then run 'isms-kit check <dir>': it lists what an auditor would raise and the next steps, in the order an organisation takes them. Existing files are never overwritten unless --force is given.",
  arguments: [{ name: "dir", required: false, description: "the folder to write to (default: the current folder); created if needed" }],
  options: [
    { name: "format", short: "f", type: "string", valueName: "<yaml|json>", choices: ["yaml", "json"], description: "yaml (default, with comments) or json" },
    {
      name: "preset",
      short: "p",
      type: "string",
      valueName: "<preset>",
      choices: PRESETS,
      description: `the risk method: ${PRESETS.join(", ")} (default 5x5); change it or define your own matrix later`,
    },
    { name: "name", short: "n", type: "string", valueName: "<organisation>", description: 'the organisation\'s name (default "Example Ltd"; change it in isms.yaml)' },
    { name: "force", type: "boolean", description: "overwrite files that exist" },
  ],
  exitCodes: [
    [EXIT.ok, "the files were written"],
    [EXIT.invalid, "a file exists (use --force), cannot be written, or bad usage"],
  ],
  examples: ["isms-kit init", "isms-kit init my-isms --preset 4x4 --name 'Acme GmbH'", "isms-kit init . --format json"],
  run({ args, options, io, out }) {
    const dir = args["dir"] ?? ".";
    const format = options["format"] === "json" ? "json" : "yaml";
    const preset = typeof options["preset"] === "string" ? options["preset"] : "5x5";
    const name = typeof options["name"] === "string" && options["name"].trim() !== "" ? options["name"].trim() : "Example Ltd";
    const { document, comments } = starterIsms(name, preset);
    const files = writeIsmsSources(document, { format, split: STARTER_FILES, comments });
    const prefix = dir === "." || dir === "./" ? "" : `${dir.replace(/[\\/]+$/, "")}/`;
    const existing = ["isms.yaml", "isms.yml", "isms.json", ...Object.keys(files)].filter((file) => existsSync(resolve(io.cwd, prefix + file)));
    if (existing.length > 0 && options["force"] !== true) {
      throw new CliError(`init: ${existing.map((file) => prefix + file).join(", ")} already exist${existing.length === 1 ? "s" : ""}; use --force to overwrite, or init another folder`);
    }
    for (const [file, text] of Object.entries(files)) out(`wrote ${prefix}${file} (${formatBytes(writeFile(prefix + file, text, io))})\n`);
    out(`\nA valid ISMS for ${name}, with the ${preset} risk method and the 93 Annex A controls undecided.\nNext: fill in ${prefix}isms.yaml and ${prefix}isms/, then run: isms-kit check ${dir}\n`);
    return EXIT.ok;
  },
};
