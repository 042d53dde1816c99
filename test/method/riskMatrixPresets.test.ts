import { describe, expect, it } from "vitest";
import { RiskMatrixDefinitionSchema } from "../../src/method/RiskMethodSchema";
import { defineRiskMatrix, isRiskLevelAcceptable, riskMatrixPresets, scoreRisk, type RiskMatrixPresetName } from "../../src/index";

const names = Object.keys(riskMatrixPresets) as RiskMatrixPresetName[];
const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);
/** The grid as level ids, highest likelihood first (as printed in docs). */
const table = (name: RiskMatrixPresetName) => {
  const m = riskMatrixPresets[name];
  return [...m.grid].reverse().map((row) => row.map((i) => m.levels[i]!.id));
};

describe("riskMatrixPresets", () => {
  it("has the five presets, frozen", () => {
    expect(names).toEqual(["3x3", "4x4", "5x5", "iso-27005-5x5", "nist-800-30"]);
    expect(Object.isFrozen(riskMatrixPresets)).toBe(true);
  });

  it.each(names)("%s is a valid definition, keyed by its own id, with a colour and a description on every level", (name) => {
    const m = riskMatrixPresets[name];
    expect(m.id).toBe(name);
    expect(RiskMatrixDefinitionSchema.safeParse(JSON.parse(JSON.stringify(m))).success).toBe(true);
    expect(defineRiskMatrix(JSON.parse(JSON.stringify(m)))).toEqual(m);
    expect(Object.isFrozen(m.levels[0])).toBe(true);
    for (const level of m.levels) {
      expect(level.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(level.description).toBeTruthy();
    }
    for (const entry of [...m.likelihood, ...m.impact]) expect(entry.description).toBeTruthy();
  });

  it.each(names)("%s accepts up to its second-lowest level at most, and never its highest", (name) => {
    const m = riskMatrixPresets[name];
    expect(m.acceptance?.maxLevel).toBe("low");
    expect(isRiskLevelAcceptable(m, m.levels[0]!.id)).toBe(true);
    expect(isRiskLevelAcceptable(m, m.levels[m.levels.length - 1]!.id)).toBe(false);
  });

  it.each(names)("%s: lowest corner is its lowest level, highest corner its highest level", (name) => {
    const m = riskMatrixPresets[name];
    expect(scoreRisk(m, { likelihood: m.likelihood[0]!.id, impact: m.impact[0]!.id }).levelIndex).toBe(0);
    expect(scoreRisk(m, { likelihood: m.likelihood.at(-1)!.id, impact: m.impact.at(-1)!.id }).levelIndex).toBe(m.levels.length - 1);
  });

  it("3x3", () => {
    const m = riskMatrixPresets["3x3"];
    expect([ids(m.likelihood), ids(m.impact), ids(m.levels)]).toEqual([
      ["unlikely", "possible", "likely"],
      ["minor", "moderate", "major"],
      ["low", "medium", "high"],
    ]);
    expect(table("3x3")).toEqual([
      ["medium", "high", "high"],
      ["low", "medium", "high"],
      ["low", "low", "medium"],
    ]);
  });

  it("4x4 follows the product of the ranks", () => {
    const m = riskMatrixPresets["4x4"];
    expect(ids(m.levels)).toEqual(["low", "medium", "high", "critical"]);
    const band = (p: number) => (p <= 2 ? 0 : p <= 4 ? 1 : p <= 9 ? 2 : 3);
    m.grid.forEach((row, l) => row.forEach((v, i) => expect(v).toBe(band((l + 1) * (i + 1)))));
  });

  it("5x5 follows the product of the ranks and uses the document model's usual ids", () => {
    const m = riskMatrixPresets["5x5"];
    expect([ids(m.likelihood), ids(m.impact), ids(m.levels)]).toEqual([
      ["rare", "unlikely", "possible", "likely", "almost-certain"],
      ["insignificant", "minor", "moderate", "major", "severe"],
      ["low", "medium", "high", "critical"],
    ]);
    const band = (p: number) => (p <= 3 ? 0 : p <= 6 ? 1 : p <= 12 ? 2 : 3);
    m.grid.forEach((row, l) => row.forEach((v, i) => expect(v).toBe(band((l + 1) * (i + 1)))));
  });

  it("iso-27005-5x5 follows the sum of the ranks and is symmetric", () => {
    const m = riskMatrixPresets["iso-27005-5x5"];
    expect(ids(m.impact)).toEqual(["minor", "significant", "serious", "critical", "catastrophic"]);
    expect(ids(m.levels)).toEqual(["very-low", "low", "medium", "high", "very-high"]);
    const band = (s: number) => (s <= 1 ? 0 : s <= 3 ? 1 : s === 4 ? 2 : s <= 6 ? 3 : 4);
    m.grid.forEach((row, l) => row.forEach((v, i) => expect(v).toBe(band(l + i))));
  });

  it("nist-800-30 uses very-low … very-high and the values 0, 2, 5, 8, 10 on all three scales", () => {
    const m = riskMatrixPresets["nist-800-30"];
    for (const scale of [m.likelihood, m.impact, m.levels]) {
      expect(ids(scale)).toEqual(["very-low", "low", "moderate", "high", "very-high"]);
      expect(scale.map((e) => e.value)).toEqual([0, 2, 5, 8, 10]);
    }
  });
});
