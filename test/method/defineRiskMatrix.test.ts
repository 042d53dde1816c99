import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RiskMatrixDefinition } from "../../src/method/RiskMethodSchema";
import { defineRiskMatrix, RiskMethodError, scoreRisk, type RiskMethodIssue } from "../../src/index";
import { deepFreeze } from "../risk/_helpers/deepFreeze";
import { monotonicDefinition } from "./_helpers/monotonicDefinition";

const entries = (...ids: string[]) => ids.map((id) => ({ id, label: id.toUpperCase() }));

const base = (): RiskMatrixDefinition => ({
  id: "3x3-test",
  likelihood: entries("unlikely", "possible", "likely"),
  impact: entries("minor", "moderate", "major"),
  levels: entries("low", "medium", "high"),
  grid: [
    [0, 0, 1],
    [0, 1, 2],
    [1, 2, 2],
  ],
  acceptance: { maxLevel: "low" },
});

function issuesOf(definition: unknown): readonly RiskMethodIssue[] {
  try {
    defineRiskMatrix(definition as RiskMatrixDefinition);
  } catch (error) {
    expect(error).toBeInstanceOf(RiskMethodError);
    return (error as RiskMethodError).issues;
  }
  throw new Error("expected defineRiskMatrix to throw");
}

/** Each issue as `[pointer, code, message]`. */
const located = (definition: unknown) => issuesOf(definition).map((i) => [i.pointer, i.code, i.message]);

describe("defineRiskMatrix", () => {
  it("returns a deep-frozen copy whose JSON is the definition", () => {
    const definition = base();
    const matrix = defineRiskMatrix(definition);
    expect(JSON.parse(JSON.stringify(matrix))).toEqual(definition);
    expect(matrix).not.toBe(definition);
    for (const value of [matrix, matrix.likelihood, matrix.likelihood[0], matrix.grid, matrix.grid[2], matrix.acceptance]) {
      expect(Object.isFrozen(value)).toBe(true);
    }
    expect(Object.keys(matrix)).toEqual(Object.keys(definition));
  });

  it("does not mutate its input (deep-frozen input)", () => {
    const definition = deepFreeze(base());
    const snapshot = structuredClone(definition);
    defineRiskMatrix(definition);
    expect(definition).toEqual(snapshot);
  });

  it("leaves a mutable input mutable (freezes its own copy only)", () => {
    const definition = base();
    defineRiskMatrix(definition);
    for (const value of [definition, definition.likelihood, definition.likelihood[0], definition.grid, definition.grid[0], definition.acceptance]) {
      expect(Object.isFrozen(value)).toBe(false);
    }
  });

  it("returns a matrix it has already validated as is", () => {
    const matrix = defineRiskMatrix(base());
    expect(defineRiskMatrix(matrix)).toBe(matrix);
  });

  it("accepts a 1×1 matrix", () => {
    const matrix = defineRiskMatrix({ id: "1", likelihood: entries("l"), impact: entries("i"), levels: entries("x"), grid: [[0]] });
    expect(scoreRisk(matrix, { likelihood: "l", impact: "i" }).level).toBe("x");
  });

  it("reports shape errors from the schema with their path", () => {
    const issues = issuesOf({ ...base(), likelihood: [], grid: "no", extra: 1 });
    expect(issues.map((i) => [i.pointer, i.code, i.message])).toEqual([
      ["/likelihood", "too_small", "expected at least 1 of the likelihood steps; found an array of 0"],
      ["/grid", "invalid_type", 'expected array; found "no"'],
      ["/extra", "unrecognized_keys", 'unknown field "extra"'],
    ]);
  });

  it("reports a value that is not an object", () => {
    expect(() => defineRiskMatrix(undefined as unknown as RiskMatrixDefinition)).toThrow(
      new RiskMethodError("Invalid risk matrix", [{ path: [], pointer: "", code: "invalid_type", message: "missing required field (expected object {id, likelihood, impact, levels, grid, name?, description?, acceptance?, … and 1 more})" }]),
    );
  });

  it("names duplicate ids with the first use", () => {
    const issues = issuesOf({ ...base(), likelihood: entries("unlikely", "likely", "likely") });
    expect(issues).toEqual([
      {
        path: ["likelihood", 2, "id"],
        pointer: "/likelihood/2/id",
        code: "duplicate_id",
        message: 'duplicate id "likely" (already used by likelihood[1])',
      },
    ]);
  });

  it("allows the same id on different scales", () => {
    expect(() =>
      defineRiskMatrix({ ...base(), likelihood: entries("low", "medium", "high"), impact: entries("low", "medium", "high") }),
    ).not.toThrow();
  });

  it("checks that scale values increase", () => {
    const impact = [
      { id: "minor", label: "Minor", value: 1 },
      { id: "moderate", label: "Moderate" },
      { id: "major", label: "Major", value: 1 },
    ];
    expect(issuesOf({ ...base(), impact })).toEqual([
      {
        path: ["impact", 2, "value"],
        pointer: "/impact/2/value",
        code: "scale_order",
        message: "value 1 is not greater than impact[0].value 1; scales are listed from lowest to highest",
      },
    ]);
  });

  it("checks the grid's shape against the scales", () => {
    expect(located({ ...base(), grid: [[0, 0, 1], [0, 1, 2]] })).toEqual([
      ["/grid", "grid_shape", "expected 3 rows (one per likelihood entry, lowest first); found 2"],
    ]);
    expect(located({ ...base(), grid: [[0, 0, 1], [0, 1], [1, 2, 2, 2]] })).toEqual([
      ["/grid/1", "grid_shape", "expected 3 cells (one per impact entry, lowest first); found 2"],
      ["/grid/2", "grid_shape", "expected 3 cells (one per impact entry, lowest first); found 4"],
    ]);
  });

  it("names a level index that is out of range", () => {
    const issues = issuesOf({ ...base(), grid: [[0, 0, 1], [0, 1, 2], [1, 2, 7]] });
    expect(issues).toEqual([
      {
        path: ["grid", 2, 2],
        pointer: "/grid/2/2",
        code: "level_out_of_range",
        message: "level index 7 is out of range (expected 0–2)",
      },
    ]);
  });

  it("rejects negative and fractional level indices (schema)", () => {
    expect(located({ ...base(), grid: [[0, -1, 1], [0, 1.5, 2], [1, 2, 2]] })).toEqual([
      ["/grid/0/1", "too_small", "Too small: expected number to be >=0; found -1"],
      ["/grid/1/1", "invalid_type", "expected a whole number; found 1.5"],
    ]);
  });

  it("names a cell that decreases along the impact axis", () => {
    expect(located({ ...base(), grid: [[0, 0, 1], [0, 1, 0], [1, 2, 2]] })).toEqual([
      [
        "/grid/1/2",
        "non_monotonic",
        'level "low" (0) is lower than grid[1][1] "medium" (1); rows must not decrease along the impact axis (set allowNonMonotonic: true to allow)',
      ],
      [
        "/grid/1/2",
        "non_monotonic",
        'level "low" (0) is lower than grid[0][2] "medium" (1); columns must not decrease along the likelihood axis (set allowNonMonotonic: true to allow)',
      ],
    ]);
  });

  it("names a cell that decreases along the likelihood axis", () => {
    expect(located({ ...base(), grid: [[0, 0, 1], [0, 1, 2], [1, 1, 1]] })).toEqual([
      [
        "/grid/2/2",
        "non_monotonic",
        'level "medium" (1) is lower than grid[1][2] "high" (2); columns must not decrease along the likelihood axis (set allowNonMonotonic: true to allow)',
      ],
    ]);
  });

  it("accepts a non-monotonic grid with allowNonMonotonic: true", () => {
    const matrix = defineRiskMatrix({ ...base(), grid: [[2, 1, 0], [1, 1, 1], [0, 1, 2]], allowNonMonotonic: true });
    expect(scoreRisk(matrix, { likelihood: "unlikely", impact: "minor" }).level).toBe("high");
  });

  it("checks that acceptance.maxLevel is a level id", () => {
    expect(issuesOf({ ...base(), acceptance: { maxLevel: "medum" } })).toEqual([
      {
        path: ["acceptance", "maxLevel"],
        pointer: "/acceptance/maxLevel",
        code: "unknown_level",
        message: '"medum" is not a level id (expected one of "low", "medium", "high")',
      },
    ]);
  });

  it("reports every problem at once, in document order", () => {
    const codes = issuesOf({
      ...base(),
      levels: entries("low", "low", "high"),
      grid: [[0, 0, 9], [0, 1, 2]],
      acceptance: { maxLevel: "none" },
    }).map((i) => i.code);
    expect(codes).toEqual(["duplicate_id", "grid_shape", "level_out_of_range", "unknown_level"]);
  });

  it("names the matrix in the error message", () => {
    expect(() => defineRiskMatrix({ ...base(), grid: [[0]] })).toThrow(
      'Invalid risk matrix "3x3-test": 2 problems\n' +
        "  grid: expected 3 rows (one per likelihood entry, lowest first); found 1\n" +
        "  grid[0]: expected 3 cells (one per impact entry, lowest first); found 1",
    );
    expect(() => defineRiskMatrix({ ...base(), id: undefined, grid: [[0]] } as unknown as RiskMatrixDefinition)).toThrow(
      "Invalid risk matrix: 1 problem\n  id: missing required field (expected string)",
    );
  });

  it("accepts every generated monotonic matrix; its JSON round-trips", () => {
    fc.assert(
      fc.property(monotonicDefinition(), (definition) => {
        const matrix = defineRiskMatrix(definition);
        expect(JSON.parse(JSON.stringify(matrix))).toEqual(definition);
      }),
    );
  });

  it("rejects every generated grid with a decreasing step unless allowNonMonotonic", () => {
    fc.assert(
      fc.property(monotonicDefinition(), fc.nat(), (definition, pick) => {
        // Find a cell that can be lowered below its left or lower neighbour.
        const cells: [number, number][] = [];
        definition.grid.forEach((row, l) =>
          row.forEach((v, i) => {
            const neighbour = Math.max(i > 0 ? row[i - 1]! : 0, l > 0 ? definition.grid[l - 1]![i]! : 0);
            if (neighbour > 0 && v >= neighbour) cells.push([l, i]);
          }),
        );
        fc.pre(cells.length > 0);
        const [l, i] = cells[pick % cells.length]!;
        const grid = definition.grid.map((row) => [...row]);
        grid[l]![i] = 0;
        const bad = { ...definition, grid };
        const issues = issuesOf(bad);
        expect(issues.length).toBeGreaterThan(0);
        expect(issues.every((issue) => issue.code === "non_monotonic")).toBe(true);
        expect(issues.some((issue) => issue.pointer === `/grid/${l}/${i}` || issue.pointer === `/grid/${l}/${i + 1}` || issue.pointer === `/grid/${l + 1}/${i}`)).toBe(true);
        expect(() => defineRiskMatrix({ ...bad, allowNonMonotonic: true })).not.toThrow();
      }),
    );
  });
});
