/**
 * docs/oscal.md stays true: every name isms-kit writes in its namespace is in the props table, and
 * the examples shown give what the page says.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildStatementOfApplicability, checkConformity, parseIsms } from "../../../src/index";
import {
  fromOscalCatalog,
  ISMS_KIT_OSCAL_NS,
  toOscalAssessmentResults,
  toOscalCatalog,
  toOscalPoam,
  toOscalProfile,
} from "../../../src/export/oscal/index";
import { EXAMPLES, exampleJson, TODAY } from "./_oscal";
import { annexA, withControlText } from "../../../src/catalog/index";

const page = readFileSync(new URL("../../../docs/oscal.md", import.meta.url), "utf8");
const tableNames = new Set(
  page
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .flatMap((line) => [...(line.split("|")[1] ?? "").matchAll(/`([^`]+)`/g)].map((match) => match[1]!)),
);

/** Every name of a prop or part in isms-kit's namespace, anywhere in `value`. */
function kitNames(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) kitNames(item, out);
  else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (record.ns === ISMS_KIT_OSCAL_NS && typeof record.name === "string") out.add(record.name);
    for (const inner of Object.values(record)) kitNames(inner, out);
  }
  return out;
}

describe("docs/oscal.md", () => {
  it("documents every prop and part name isms-kit writes", () => {
    const names = kitNames(toOscalCatalog({ catalog: withControlText(annexA, { "5.1": "Text." }) }));
    for (const name of EXAMPLES) {
      const isms = parseIsms(exampleJson(name));
      kitNames(toOscalProfile(buildStatementOfApplicability(isms), { lastModified: TODAY }), names);
      kitNames(toOscalAssessmentResults(checkConformity(isms, { asOf: TODAY }), { isms }), names);
      kitNames(toOscalPoam(isms, { asOf: TODAY }), names);
    }
    kitNames(toOscalPoam(parseIsms({ schemaVersion: "1.0", organization: { name: "Calm" } }), { asOf: TODAY }), names);
    expect([...names].filter((name) => !tableNames.has(name)).sort()).toEqual([]);
  });

  it("shows a round trip that holds", () => {
    const back = fromOscalCatalog(JSON.parse(JSON.stringify(toOscalCatalog())), { idFrom: "label" });
    expect(back.controls.map((c) => c.id)).toEqual(annexA.controls.map((c) => c.id));
    expect(back.controls.every((c, i) => c.title === annexA.controls[i]?.title)).toBe(true);
    expect([back.controls[0]?.theme, back.controls[0]?.attributes?.controlTypes]).toEqual(["organizational", ["preventive"]]);
  });

  it("shows the error message fromOscalCatalog gives", () => {
    let message = "";
    try {
      fromOscalCatalog({ catalog: { uuid: "not-a-uuid", groups: [{ title: "AC", controls: [{ title: "No id" }] }] } });
    } catch (error) {
      message = (error as Error).message;
    }
    const shown = page.match(/\/\/ OscalError: (Invalid OSCAL catalog: 3 problems)\n\/\/ {3}(.+)\n\/\/ {3}(.+)\n\/\/ {3}(.+)\n/);
    expect(shown).not.toBeNull();
    expect(message).toBe(`${shown![1]}\n  ${shown![2]}\n  ${shown![3]}\n  ${shown![4]}`);
  });
});
