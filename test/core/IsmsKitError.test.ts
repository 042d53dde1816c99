import { describe, expect, it } from "vitest";
import * as k from "../../src/index";
import * as catalog from "../../src/catalog/index";
import * as oscal from "../../src/export/oscal/index";

/** The error a call throws. */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

describe("IsmsKitError", () => {
  it("is the base of every input error, each with its name and issues carrying a pointer", () => {
    const errors = [
      thrown(() => k.parseIsms({ schemaVersion: "1.0" })),
      thrown(() => k.defineRiskMatrix({ id: "m", likelihood: [], impact: [], levels: [], grid: [] } as never)),
      thrown(() => catalog.defineCatalog({ id: "c", name: "C", controls: [{ id: "A", title: "a" }, { id: "A", title: "b" }] })),
      thrown(() => k.soaFrom2013([{ id: "9.4.2", applicable: true }] as never)),
      thrown(() => k.defineConformityRule({ id: "", title: "x" } as never)),
      thrown(() => oscal.fromOscalCatalog({ catalog: {} })),
      thrown(() => k.checkConformity(k.parseIsms({ schemaVersion: "1.0", organization: { name: "A" } }), { asOf: "2026-02-30" })),
    ];
    expect(errors.map((e) => (e as Error).name)).toEqual([
      "IsmsValidationError",
      "RiskMethodError",
      "CatalogError",
      "TreatmentInputError",
      "ConformityRuleError",
      "OscalError",
      "ArgumentError",
    ]);
    for (const error of errors) {
      expect(error).toBeInstanceOf(k.IsmsKitError);
      // One signature and one message form for all: the summary, the count, a line per problem.
      const { summary, issues: listed, message } = error as k.IsmsKitError;
      expect(message).toBe(k.IsmsKitError.describe(summary, listed, ((error as object).constructor as typeof k.IsmsKitError).rootLabel));
      expect(error).toBeInstanceOf(Error);
      const { issues } = error as k.IsmsKitError;
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) {
        expect(issue.pointer).toBe(issue.path.map((p) => `/${String(p).replace(/~/g, "~0").replace(/\//g, "~1")}`).join(""));
        expect(Object.isFrozen(issue)).toBe(true);
      }
    }
  });

  it("lists the first twenty problems and counts the rest", () => {
    const issues = Array.from({ length: 25 }, (_, i) => ({ path: ["xs", i], pointer: `/xs/${i}`, code: "bad", message: "bad" }));
    const message = k.IsmsKitError.describe("Invalid list", issues);
    expect(message.split("\n")).toHaveLength(22);
    expect(message).toMatch(/^Invalid list: 25 problems\n {2}xs\[0\]: bad\n/);
    expect(message.endsWith("  … and 5 more")).toBe(true);
  });
});
