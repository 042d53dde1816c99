import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { lazyShape } from "../../src/core/lazyShape";
import { EvidenceSchema, IsmsSchema, RiskSchema } from "../../src/index";

describe("lazyShape", () => {
  it("builds nothing until asked, then once, whatever is asked and how often", () => {
    let built = 0;
    const shape = lazyShape(() => {
      built++;
      return { a: 1, b: "two" };
    });
    expect(built).toBe(0);
    expect({ ...shape }).toEqual({ a: 1, b: "two" });
    expect(Object.keys(shape)).toEqual(["a", "b"]);
    expect("a" in shape && !("c" in shape)).toBe(true);
    expect(shape.b).toBe("two");
    expect(built).toBe(1);
  });

  it("reads as the object it builds: keys in order, values, descriptors (property)", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const shape = lazyShape(() => record);
        expect(Reflect.ownKeys(shape)).toEqual(Reflect.ownKeys(record));
        expect({ ...shape }).toEqual({ ...record });
        for (const key of Object.keys(record)) expect(Object.getOwnPropertyDescriptor(shape, key)).toEqual(Object.getOwnPropertyDescriptor(record, key));
      }),
    );
  });

  it("gives zod a shape it reads once: the same field schemas on every read, parsing as before", () => {
    let built = 0;
    const schema = z.strictObject(
      lazyShape(() => {
        built++;
        return { name: z.string().min(1), size: z.number().optional() };
      }),
    );
    const copy = schema.meta({ description: "a copy made before the shape was read" });
    expect(built).toBe(0);
    expect(schema.parse({ name: "a" })).toEqual({ name: "a" });
    expect(schema.safeParse({ name: "" }).success).toBe(false);
    expect(schema.safeParse({ name: "a", extra: 1 }).success).toBe(false);
    expect(schema.shape.name).toBe(schema.shape.name);
    expect(copy.shape.name).toBe(schema.shape.name);
    expect(Object.keys(z.toJSONSchema(schema).properties ?? {})).toEqual(["name", "size"]);
    expect(built).toBe(1);
  });
});

describe("the document schemas, built on first use", () => {
  it("keep one schema per field and the field order of the format (id first, notes and extensions last)", () => {
    expect(IsmsSchema.shape.risks).toBe(IsmsSchema.shape.risks);
    expect(EvidenceSchema.shape.hash).toBe(EvidenceSchema.shape.hash);
    const keys = Object.keys(RiskSchema.shape);
    expect(keys[0]).toBe("id");
    expect(keys.slice(-2)).toEqual(["notes", "extensions"]);
    expect(Object.keys(IsmsSchema.shape).slice(0, 3)).toEqual(["$schema", "schemaVersion", "organization"]);
  });
});
