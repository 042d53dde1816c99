import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { docsPath, renderSoaDoc } from "../../scripts/renderSoaDocs";

describe("docs/soa.md", () => {
  it("shows the current SoA excerpt and treatment-plan summary of the SaaS example", () => {
    const current = readFileSync(docsPath, "utf8");
    expect(current, "run `npx tsx scripts/renderSoaDocs.ts` to update docs/soa.md").toBe(renderSoaDoc(current));
  });
});
