import { describe, expect, it } from "vitest";
import { checkConformity, IsmsSchema, parseIsms } from "../../src/index";
import { generateIsms, ISMS_SIZES } from "../../bench/generateIsms";

describe("generateIsms (the benchmark's documents)", () => {
  const doc = generateIsms(ISMS_SIZES.S, 7);

  it("generates a valid document, the same for the same seed", () => {
    expect(JSON.stringify(generateIsms(ISMS_SIZES.S, 7))).toBe(JSON.stringify(doc));
    expect(() => parseIsms(doc)).not.toThrow();
  });

  it("fills every collection, the security operations included, so that every rule has work", () => {
    const isms = parseIsms(doc) as Record<string, unknown>;
    const empty = Object.keys(IsmsSchema.shape).filter((key) => Array.isArray(isms[key]) && (isms[key] as unknown[]).length === 0);
    expect(empty.filter((key) => !["interestedParties", "opportunities", "changes", "competences", "trainings", "communications", "improvements"].includes(key))).toEqual([]);
    const report = checkConformity(parseIsms(doc), { asOf: "2026-11-28" });
    const secOps = report.rules.filter((r) => ["A.8.13-restores-tested", "A.5.26-notifications-on-time", "A.8.5-multi-factor-authentication", "A.8.25-releases-security-tested"].includes(r.ruleId));
    expect(secOps.map((r) => r.status)).not.toContain("not-assessable");
  });
});
