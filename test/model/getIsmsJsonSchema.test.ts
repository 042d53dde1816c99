import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getIsmsJsonSchema } from "../../src/index";
import { arbitraryIsms } from "../fixtures/arbitraryIsms";
import { smallIsms } from "../fixtures/smallIsms";

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(getIsmsJsonSchema());

type JsonSchemaNode = Record<string, unknown>;

/** Every property schema of the JSON Schema (in `properties` of any object), with its JSON Pointer. */
function propertiesOf(schema: unknown): { pointer: string; node: JsonSchemaNode }[] {
  const out: { pointer: string; node: JsonSchemaNode }[] = [];
  const escape = (key: string) => key.replaceAll("~", "~0").replaceAll("/", "~1");
  const walk = (node: unknown, pointer: string): void => {
    if (node === null || typeof node !== "object") return;
    const properties = (node as { properties?: Record<string, JsonSchemaNode> }).properties;
    if (properties) for (const [name, child] of Object.entries(properties)) out.push({ pointer: `${pointer}/properties/${escape(name)}`, node: child });
    for (const [key, value] of Object.entries(node)) walk(value, `${pointer}/${escape(key)}`);
  };
  walk(schema, "");
  return out;
}

const jsonSchema = getIsmsJsonSchema();
const definitions = jsonSchema.$defs as Record<string, JsonSchemaNode>;
const schemaProperties = propertiesOf(jsonSchema);
/** The shape a node's `$ref` names. */
const target = (node: JsonSchemaNode): JsonSchemaNode | undefined => {
  const ref = typeof node["$ref"] === "string" ? /^#\/\$defs\/(.+)$/.exec(node["$ref"])?.[1] : undefined;
  return ref === undefined ? undefined : definitions[ref];
};
/** A property's annotation: its own, or that of the shape its `$ref` names (an editor reads both). */
const annotation = (node: JsonSchemaNode, key: "description" | "examples"): unknown => node[key] ?? target(node)?.[key];

describe("getIsmsJsonSchema", () => {
  it("is a draft 2020-12 schema that requires schemaVersion and organization", () => {
    const schema = getIsmsJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(["schemaVersion", "organization"]);
  });

  it("is itself valid under the JSON Schema 2020-12 meta-schema (Ajv)", () => {
    const checker = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats.default(checker);
    expect(checker.validateSchema(getIsmsJsonSchema()), JSON.stringify(checker.errors)).toBe(true);
    expect(() => checker.compile(getIsmsJsonSchema())).not.toThrow();
  });

  it("writes shared shapes once under $defs and refers to them; every $ref resolves", () => {
    const schema = getIsmsJsonSchema();
    const text = JSON.stringify(schema);
    const defs = schema.$defs as Record<string, unknown>;
    // The calendar-date pattern is long; it is written once, in $defs/IsoDate.
    expect(text.match(/02-29/g)).toHaveLength(1);
    expect(defs["IsoDate"]).toMatchObject({ type: "string", format: "date" });
    expect((schema.properties as Record<string, unknown>)["risks"]).toMatchObject({ type: "array", items: { $ref: "#/$defs/Risk" } });
    const refs = [...text.matchAll(/"\$ref":"#\/\$defs\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(200);
    expect(refs.filter((name) => !(name in defs))).toEqual([]);
    expect(Object.keys(defs).filter((name) => !refs.includes(name))).toEqual([]);
    // A use keeps its own description and examples beside the $ref; those of the shape stay in $defs.
    const risk = (defs["Risk"] as { properties: Record<string, unknown> }).properties;
    expect(risk["ownerId"]).toEqual({ $ref: "#/$defs/Ref", description: "The risk owner (a people id).", examples: ["p-cto"] });
    expect(risk["identifiedOn"]).toEqual({ $ref: "#/$defs/IsoDate", description: "When it was identified." });
    expect(risk["notes"]).toEqual({ $ref: "#/$defs/Notes" });
    expect(defs["IsoDate"]).toMatchObject({ examples: ["2026-03-31"] });
    // 60 kB before the security-operations records (some 350 properties in 25 shapes), 98 kB before
    // every property had a description and an example (151 kB).
    expect(text.length).toBeLessThan(160_000);
  });

  it("describes every property and gives an example of it (its own, or the shape's its $ref names)", () => {
    expect(schemaProperties.length).toBeGreaterThan(900);
    const missing = schemaProperties.flatMap(({ pointer, node }) => [
      ...(typeof annotation(node, "description") === "string" && (annotation(node, "description") as string).trim() !== "" ? [] : [`${pointer}: no description`]),
      ...(Array.isArray(annotation(node, "examples")) && (annotation(node, "examples") as unknown[]).length > 0 ? [] : [`${pointer}: no example`]),
    ]);
    expect(missing).toEqual([]);
  });

  it("gives examples the property itself accepts", () => {
    const checker = new Ajv2020({ strict: false, allErrors: false });
    addFormats.default(checker);
    checker.addSchema(jsonSchema, "isms");
    const wrong: string[] = [];
    const withExamples = [...schemaProperties, ...Object.entries(definitions).map(([name, node]) => ({ pointer: `/$defs/${name}`, node }))].filter(({ node }) => Array.isArray(node["examples"]));
    for (const { pointer, node } of withExamples) {
      const check = checker.getSchema(`isms#${pointer.replaceAll("$", "%24")}`)!;
      for (const example of node["examples"] as unknown[]) if (!check(example)) wrong.push(`${pointer}: ${JSON.stringify(example)} ${checker.errorsText(check.errors)}`);
    }
    expect(withExamples.length).toBeGreaterThan(500);
    expect(wrong).toEqual([]);
  });

  it("returns a new object on every call", () => {
    expect(getIsmsJsonSchema()).not.toBe(getIsmsJsonSchema());
    expect(getIsmsJsonSchema()).toEqual(getIsmsJsonSchema());
  });

  it("accepts the documents parseIsms accepts (as written by users)", () => {
    expect(validate(smallIsms()), JSON.stringify(validate.errors)).toBe(true);
    fc.assert(
      fc.property(arbitraryIsms, (doc) => {
        expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it("rejects shape errors other languages can catch", () => {
    const doc = smallIsms() as any;
    doc.risks[0].treatment.option = "mitigate";
    doc.people[0].nickname = "x";
    doc.evidence[0].collectedOn = "yesterday";
    expect(validate(doc)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toEqual(expect.arrayContaining(["/risks/0/treatment/option", "/people/0", "/evidence/0/collectedOn"]));
  });
});
