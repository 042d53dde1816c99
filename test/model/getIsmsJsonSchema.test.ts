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

describe("getIsmsJsonSchema", () => {
  it("is a draft 2020-12 schema that requires schemaVersion and organization", () => {
    const schema = getIsmsJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(["schemaVersion", "organization"]);
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
