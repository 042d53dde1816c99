import { describe, expect, it } from "vitest";
import { CatalogError, CatalogSchema, defineCatalog, findControls, getControl, withControlText } from "../../src/catalog/index";
import { deepFreeze } from "../_lib/deepFreeze";

function issuesOf(input: unknown): string[] {
  try {
    defineCatalog(input as Parameters<typeof defineCatalog>[0]);
  } catch (error) {
    if (error instanceof CatalogError) return error.issues.map((i) => `${i.code} ${i.pointer}: ${i.message}`);
    throw error;
  }
  return [];
}

describe("defineCatalog", () => {
  it("returns a validated, deeply frozen copy that the catalog functions accept", () => {
    const input = {
      id: "nist-csf-2",
      name: "NIST CSF 2.0 (excerpt)",
      version: "2.0",
      controls: [
        { id: "GV.OC-01", title: "Organizational context", theme: "govern" },
        { id: "DE.CM-01", title: "Networks are monitored", theme: "detect", attributes: { controlTypes: ["detective"], cybersecurityConcepts: ["detect"] } },
      ],
    } as const;
    const catalog = defineCatalog(input);
    expect(catalog).toEqual(input);
    expect(catalog).not.toBe(input);
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog.controls[1]?.attributes?.controlTypes)).toBe(true);
    expect(getControl("DE.CM-01", catalog).title).toBe("Networks are monitored");
    expect(findControls({ cybersecurityConcepts: "detect" }, catalog).map((c) => c.id)).toEqual(["DE.CM-01"]);
    expect(withControlText(catalog, { "GV.OC-01": "Licensed text" }).controls[0]?.text).toBe("Licensed text");
  });

  it("rejects duplicate ids, naming each duplicate and the first use", () => {
    expect(
      issuesOf({
        id: "acme",
        name: "Acme",
        controls: [
          { id: "A-1", title: "One" },
          { id: "A-2", title: "Two" },
          { id: "A-1", title: "Three" },
          { id: "A-2", title: "Four" },
        ],
      }),
    ).toEqual([
      'duplicate_id /controls/2/id: duplicate control id "A-1" (first used by controls[0])',
      'duplicate_id /controls/3/id: duplicate control id "A-2" (first used by controls[1])',
    ]);
  });

  it("reports every shape problem with its path", () => {
    expect(
      issuesOf({
        id: "acme",
        controls: [
          { id: "A-1", title: " " },
          { id: "A-2", title: "Two", attributes: { controlTypes: ["preventative"], colour: ["red"] } },
          { id: "A-3", title: "Three", owner: "me" },
        ],
      }),
    ).toEqual([
      "invalid_type /name: missing required field (expected string)",
      'invalid_format /controls/0/title: expected a non-empty text; found " "',
      'invalid_value /controls/1/attributes/controlTypes/0: expected one of "preventive", "detective", "corrective"; found "preventative"',
      'unrecognized_keys /controls/1/attributes/colour: unknown field "colour"',
      'unrecognized_keys /controls/2/owner: unknown field "owner"',
    ]);
    expect(issuesOf(null)).toEqual(["invalid_type : expected object {id, name, controls, version?}; found null"]);
    expect(() => defineCatalog(null as unknown as Parameters<typeof defineCatalog>[0])).toThrow(
      "Invalid catalog: 1 problem\n  (value): expected object {id, name, controls, version?}; found null",
    );
    expect(issuesOf({ id: "acme", name: 5, controls: [] })).toEqual(["invalid_type /name: expected string; found 5"]);
    expect(
      issuesOf({
        id: "acme",
        name: "Acme",
        controls: [{ id: "A-1", title: "One", attributes: { cybersecurityConcepts: ["protect", 1], securityDomains: ["defense"] } }],
      }),
    ).toEqual([
      'invalid_value /controls/0/attributes/cybersecurityConcepts/1: expected one of "identify", "protect", "detect", "respond", "recover"; found 1',
      'invalid_value /controls/0/attributes/securityDomains/0: expected one of "governance_and_ecosystem", "protection", "defence", "resilience"; found "defense"',
    ]);
  });

  it("throws a CatalogError whose message lists every problem with its path", () => {
    expect(() => defineCatalog({ id: "acme", name: "Acme", controls: [{ id: "A-1", title: "" }, { id: "A-1", title: "x" }] })).toThrow(
      'Invalid catalog "acme": 2 problems\n  controls[0].title: expected a non-empty text; found ""\n  controls[1].id: duplicate control id "A-1" (first used by controls[0])',
    );
  });

  it("agrees with CatalogSchema", () => {
    const bad = { id: "x", name: "X", controls: [{ id: "X", title: "1" }, { id: "X", title: "2" }] };
    expect(CatalogSchema.safeParse(bad).success).toBe(false);
  });

  it("does not mutate its input (deep-frozen)", () => {
    const input = deepFreeze({ id: "acme", name: "Acme", controls: [{ id: "A-1", title: "One" }] });
    expect(defineCatalog(input)).toEqual(input);
    const mutable = { id: "acme", name: "Acme", controls: [{ id: "A-1", title: "One" }] };
    defineCatalog(mutable);
    expect(Object.isFrozen(mutable) || Object.isFrozen(mutable.controls)).toBe(false);
  });
});
