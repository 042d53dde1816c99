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

  // `.meta()` and `.describe()` clone the schema they are called on, so that metadata never leaks
  // into a schema used elsewhere; a schema just built by a call has no other user, and registering
  // its metadata on it (`.register(z.globalRegistry, …)`) spares a clone at import — about 650 of
  // them, 7 ms of every import. Metadata on a shared constant (`RefListSchema.meta(…)`) must clone.
  it("register metadata on a schema just built rather than cloning it, unless a comment says why", () => {
    const offenders = files(src).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ line, at: `${file.slice(src.length + 1)}:${i + 1}` }))
        .filter(({ line }) => /\)\s*\.(meta|describe)\(|^\s*\.(meta|describe)\(/.test(line) && !/meta-clone:/.test(line))
        .map(({ at }) => at),
    );
    expect(offenders).toEqual([]);
  });
});
