/**
 * The guides stay in step with the code: the documents in docs/getting-started.md are valid, every
 * command and option of the CLI is documented in docs/cli.md, and the README's first screen shows the
 * two commands and every file the demo writes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseIsms } from "isms-kit";
import type { Command } from "../../src/cli/_lib/Command";
import { commands as entries } from "../../src/cli/commands/index";
import { root } from "./_helpers/builtCli";

const read = (path: string) => readFileSync(join(root, path), "utf8");

describe("docs/getting-started.md", () => {
  it("every ISMS document it shows is valid", () => {
    const documents = [...read("docs/getting-started.md").matchAll(/^```json\n([\s\S]*?)^```$/gm)]
      .map((match) => match[1] ?? "")
      .filter((text) => text.includes('"schemaVersion"'));
    expect(documents.length).toBeGreaterThanOrEqual(2);
    for (const text of documents) expect(() => parseIsms(JSON.parse(text))).not.toThrow();
  });
});

const commands: Command[] = await Promise.all(entries.map((entry) => entry.load()));

describe("docs/cli.md", () => {
  const guide = read("docs/cli.md");

  it.each(commands.map((command) => [command.name, command] as const))("documents %s and each of its options", (name, command) => {
    expect(guide).toMatch(new RegExp(`^## ${name}$`, "m"));
    expect(entries.find((entry) => entry.name === name), "its entry loads the command of the same name").toBeDefined();
    expect(guide).toContain(`isms-kit ${name}`);
    for (const option of command.options) expect(guide, `--${option.name}`).toContain(`--${option.name}`);
  });

  it("lists every exit code the commands use", () => {
    const codes = new Set(commands.flatMap((command) => command.exitCodes.map(([code]) => code)));
    for (const code of codes) expect(guide).toMatch(new RegExp(`^\\| \`${code}\` \\|`, "m"));
  });
});

describe("README.md", () => {
  const readme = read("README.md");
  const firstScreen = readme.slice(0, readme.indexOf("## Install"));

  it("shows the two commands on its first screen", () => {
    expect(firstScreen).toContain("npm ci && npm run demo");
    expect(firstScreen).toContain("npm ci && npm test");
  });

  it("links with absolute URLs into the repository (they work from the package page), to files that exist", () => {
    const links = [...readme.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(15);
    const pkg = JSON.parse(read("package.json")) as { repository: { url: string }; homepage: string; bugs: { url: string } };
    const repository = pkg.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
    expect(pkg.homepage).toBe(`${repository}#readme`);
    expect(pkg.bugs.url).toBe(`${repository}/issues`);
    for (const link of links) {
      if (!link.startsWith(`${repository}/blob/main/`)) {
        expect(link, "an external link").toMatch(/^https:\/\//);
        continue;
      }
      const file = link.slice(`${repository}/blob/main/`.length).replace(/#.*$/, "");
      expect(() => read(file), link).not.toThrow();
    }
  });

  it("lists every file the demo writes", () => {
    const files = [...read("src/cli/commands/demo.ts").matchAll(/name: "([\w.-]+\.\w+)"/g)].map((match) => match[1]);
    const oscal = ["catalog", "profile", "assessment-results", "poam"].map((kind) => `oscal-${kind}.json`);
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const file of [...files, ...oscal]) expect(firstScreen, file).toContain(`\`${file}\``);
  });
});
