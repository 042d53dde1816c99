import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../../src", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("zod imports", () => {
  // `import { z } from "zod"` pulls the whole of zod into a user's bundle (about 450 kB minified);
  // `import * as z from "zod"` lets bundlers keep only what is used. The size check enforces the
  // budget; this test names the file that breaks it.
  it("use the namespace form everywhere in src/", () => {
    const offenders = files(src).filter((file) => /import\s*\{\s*z\s*\}\s*from\s*["']zod["']/.test(readFileSync(file, "utf8")));
    expect(offenders.map((f) => f.slice(src.length + 1))).toEqual([]);
  });
});
