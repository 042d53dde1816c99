// Writes the SaaS example (examples/saas-company.isms.json) as the folder a team would keep in git:
// examples/saas-company/isms.yaml and one YAML file per collection in examples/saas-company/isms/.
// test/examples/exampleFolder.test.ts checks that the folder is what this script writes, and that it
// parses to the same ISMS as the JSON. Run: npx tsx scripts/writeExampleFolder.ts
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeIsmsSources } from "../src/model/source/index";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The header of the folder's root file. */
export const EXAMPLE_FOLDER_HEADER =
  "Northwind Cloud, the SaaS example, as a folder: generated from examples/saas-company.isms.json by\nscripts/writeExampleFolder.ts (do not edit; edit the JSON and run the script).";

/** The files of the example folder, by name relative to examples/saas-company/. */
export function exampleFolderFiles(): Record<string, string> {
  const json = JSON.parse(readFileSync(join(root, "examples/saas-company.isms.json"), "utf8")) as unknown;
  return writeIsmsSources(json, { format: "yaml", comments: { "": EXAMPLE_FOLDER_HEADER } });
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = join(root, "examples/saas-company");
  rmSync(target, { recursive: true, force: true });
  for (const [name, text] of Object.entries(exampleFolderFiles())) {
    mkdirSync(dirname(join(target, name)), { recursive: true });
    writeFileSync(join(target, name), text);
  }
  console.log(`wrote examples/saas-company/: ${readdirSync(join(target, "isms")).length + 1} files`);
}
