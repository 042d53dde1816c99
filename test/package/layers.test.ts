/**
 * The layering rule of CI (`npm run lint:layers`, `.dependency-cruiser.cjs`) holds for src/, and it
 * would catch a violation: on a small tree with an upward import, a cycle and another room's private
 * `_lib/`, it reports each of them.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixture = fileURLToPath(new URL("../fixtures/layers/", import.meta.url));
const depcruise = `${root}node_modules/.bin/depcruise`;

function cruise(cwd: string): { code: number; output: string } {
  try {
    const output = execFileSync(depcruise, ["src", "--config", `${root}.dependency-cruiser.cjs`, "--output-type", "err"], { cwd, encoding: "utf8", stdio: "pipe" });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

describe("the one-way house", () => {
  it("src/ has no upward import, no cycle and no import of another room's _lib/", () => {
    const { code, output } = cruise(root);
    expect(output).toMatch(/no dependency violations found/);
    expect(code).toBe(0);
  }, 120_000);

  it("reports an upward import, a cycle and a private _lib/ used across rooms", () => {
    const { code, output } = cruise(fixture);
    expect(code).not.toBe(0);
    expect(output).toMatch(/no-upward-from-core: src\/core\/ids\.ts → src\/model\/schema\.ts/);
    expect(output).toMatch(/no-circular: src\/risk\/a\.ts →/);
    expect(output).toMatch(/no-private-lib-across-rooms: src\/conformity\/rule\.ts → src\/risk\/_lib\/helper\.ts/);
  }, 120_000);
});
