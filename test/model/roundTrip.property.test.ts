import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIsms, safeParseIsms } from "../../src/index";
import { arbitraryIsms } from "../fixtures/arbitraryIsms";

describe("parseIsms on generated documents", () => {
  it("accepts every generated valid document and keeps everything it was given", () => {
    fc.assert(
      fc.property(arbitraryIsms, (input) => {
        const result = safeParseIsms(input);
        if (!result.success) throw result.error;
        expect(result.data).toMatchObject(input as object);
      }),
      { numRuns: 200 },
    );
  });

  it("round-trips through JSON: parseIsms(JSON.parse(JSON.stringify(x))) equals x", () => {
    fc.assert(
      fc.property(arbitraryIsms, (input) => {
        const x = parseIsms(input);
        expect(parseIsms(JSON.parse(JSON.stringify(x)))).toStrictEqual(x);
      }),
      { numRuns: 200 },
    );
  });

  it("is deterministic: the same input gives byte-identical output", () => {
    fc.assert(
      fc.property(arbitraryIsms, (input) => {
        expect(JSON.stringify(parseIsms(input))).toBe(JSON.stringify(parseIsms(structuredClone(input))));
      }),
      { numRuns: 50 },
    );
  });

  it("reports a dangling reference wherever one is planted", () => {
    fc.assert(
      fc.property(arbitraryIsms, fc.nat(), (input, n) => {
        const doc = structuredClone(input) as any;
        const risks = doc.risks ?? [];
        if (risks.length === 0) return;
        const index = n % risks.length;
        risks[index].ownerId = "nobody-at-all";
        const result = safeParseIsms(doc);
        expect(result.success).toBe(false);
        if (!result.success) {
          expect(result.error.issues).toContainEqual(
            expect.objectContaining({ pointer: `/risks/${index}/ownerId`, code: "dangling_reference" }),
          );
        }
      }),
      { numRuns: 100 },
    );
  });
});
