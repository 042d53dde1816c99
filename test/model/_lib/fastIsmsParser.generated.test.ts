/**
 * On Node.js the fast path of `IsmsSchema` (in place and copying) and the integrity scan are code
 * generated at build time (scripts/writeFastParser.ts). These tests keep the committed file what the
 * generator writes from today's schemas and tables, and check that the record types are read by
 * functions of their own rather than handed to the closures. That the code decides, completes and
 * scans documents as the closures and `scanIntegrity` do is checked on fuzzed documents in
 * test/model/fastPath.property.test.ts.
 */
import { readFileSync } from "node:fs";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { fastIsmsParser } from "../../../src/model/_lib/fastIsmsParser.generated";
import { fastIsmsParser as none } from "../../../src/model/_lib/fastIsmsParserNone";
import { IsmsSchema } from "../../../src/model/IsmsSchema";
import { fastParserSource } from "../../../scripts/fastParserSource";

describe("the generated in-place validator", () => {
  it("is what scripts/writeFastParser.ts writes from the document schemas today (else: npm run generate)", () => {
    const committed = readFileSync(new URL("../../../src/model/_lib/fastIsmsParser.generated.ts", import.meta.url), "utf8");
    const fresh = fastParserSource(IsmsSchema);
    expect(committed === fresh.text, "src/model/_lib/fastIsmsParser.generated.ts is out of date: run `npm run generate`").toBe(true);
    expect({ inPlace: fastIsmsParser.inPlace.slots, copy: fastIsmsParser.copy.slots }).toStrictEqual(fresh.slots);
  });

  it("reads every collection's records itself, handing the closures only what it does not model", () => {
    for (const generated of [fastIsmsParser.inPlace, fastIsmsParser.copy]) {
    const slotted = new Set(generated.slots.filter((slot) => slot.use === "parse").map((slot) => slot.path.join("/")));
    const collections = Object.keys(IsmsSchema.shape).filter((key) => {
      const field = (IsmsSchema.shape as Record<string, z.ZodType>)[key]!;
      const inner = (field._zod.def as { innerType?: z.ZodType }).innerType;
      return inner?._zod.def.type === "array";
    });
    expect(collections.length).toBeGreaterThanOrEqual(40);
    const handedOver = collections.filter((key) => slotted.has(`shape/${key}/innerType/element`));
    // Incidents are a pipe (their record is checked against the notification duties after its shape): zod's own.
    expect(handedOver).toStrictEqual(["incidents"]);
    for (const key of ["evidence", "risks", "assets", "controls", "accounts", "vulnerabilities"]) expect(collections).toContain(key);
    }
  });

  it("refuses a schema whose field a plain object already has (a name from Object.prototype)", () => {
    expect(() => fastParserSource(z.strictObject({ constructor: z.string() }))).toThrow(/Object\.prototype/);
  });

  it("is not what other platforms get: there the closures validate in place", () => {
    expect(none).toBeUndefined();
  });

  it("writes the same text twice from the same schema", () => {
    expect(fastParserSource(IsmsSchema).text).toBe(fastParserSource(IsmsSchema).text);
  });
});
