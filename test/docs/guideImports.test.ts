/**
 * Every name the guides import from the package exists in the entry point they import it from, so a
 * rename or a move between entry points cannot leave a guide behind.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { entryModules as entries } from "../_lib/entryModules";

const docs = new URL("../../docs/", import.meta.url);
const pages = [
  ["README.md", readFileSync(new URL("../../README.md", import.meta.url), "utf8")],
  ...readdirSync(docs)
    .filter((f) => f.endsWith(".md"))
    .map((f) => [`docs/${f}`, readFileSync(new URL(f, docs), "utf8")]),
] as const;

describe("the guides' imports", () => {
  it("name only what each entry point exports (types are checked by their runtime twins or the type list)", () => {
    const problems: string[] = [];
    for (const [page, text] of pages) {
      for (const match of text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+"(isms-kit[^"]*)"/g)) {
        const entry = entries[match[3]!];
        if (entry === undefined) {
          problems.push(`${page}: no entry point ${match[3]}`);
          continue;
        }
        for (const raw of match[2]!.split(",")) {
          const name = raw.trim().replace(/^type\s+/, "").split(/\s+as\s+/)[0]!;
          const isType = match[1] !== undefined || /^type\s/.test(raw.trim());
          if (name === "" || isType) continue;
          if (!(name in entry)) problems.push(`${page}: "${name}" is not exported by ${match[3]}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
