import { describe, expect, it } from "vitest";
import {
  amendment2024,
  annexA,
  annexA2013,
  AnnexA2013CatalogSchema,
  AnnexACatalogSchema,
  ClauseCatalogSchema,
  clauses,
  managementReviewInputs,
} from "../../src/catalog/index";

function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== "object") return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe("the shipped catalog data", () => {
  it("is deeply frozen", () => {
    expect(isDeepFrozen(annexA)).toBe(true);
    expect(isDeepFrozen(annexA2013)).toBe(true);
    expect(isDeepFrozen(clauses)).toBe(true);
    expect(isDeepFrozen(managementReviewInputs)).toBe(true);
    expect(isDeepFrozen(amendment2024)).toBe(true);
    expect(() => {
      (annexA.controls as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it("matches its schemas as exported (the same objects the data test checks)", () => {
    expect(AnnexACatalogSchema.safeParse(annexA).success).toBe(true);
    expect(AnnexA2013CatalogSchema.safeParse(annexA2013).success).toBe(true);
    expect(
      ClauseCatalogSchema.safeParse({ standard: "ISO/IEC 27001:2022", clauses, managementReviewInputs, amendment2024 }).success,
    ).toBe(true);
  });

  it("identifies the catalogs", () => {
    expect([annexA.id, annexA.name, annexA.version]).toEqual(["iso-iec-27001-2022-annex-a", "ISO/IEC 27001:2022 Annex A", "2022"]);
    expect([annexA2013.id, annexA2013.name, annexA2013.version]).toEqual([
      "iso-iec-27001-2013-annex-a",
      "ISO/IEC 27001:2013 Annex A",
      "2013",
    ]);
  });

  it("ships no official control text", () => {
    expect(annexA.controls.filter((control) => control.text !== undefined)).toEqual([]);
  });
});
