import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkConformity, clauseIds, conformityRules, parseIsms } from "../../src/index";
import { deepFreeze } from "../_lib/deepFreeze";
import { arbitraryIsms, arbitraryIsoDate } from "../fixtures/arbitraryIsms";
import { resolvesIn } from "./_fixtures/resolvePointer";

describe("checkConformity on generated documents", () => {
  it("never throws, covers every clause and rule, and points only at data that exists", () => {
    fc.assert(
      fc.property(arbitraryIsms, arbitraryIsoDate, (input, asOf) => {
        const isms = deepFreeze(parseIsms(input));
        const report = checkConformity(isms, { asOf });
        expect(report.clauses.map((c) => c.clause)).toEqual([...clauseIds]);
        expect(report.rules.map((r) => r.ruleId)).toEqual(conformityRules.map((r) => r.id));
        const ids = report.findings.map((f) => f.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const f of report.findings) {
          expect(f.refs.length).toBeGreaterThan(0);
          for (const ref of f.refs) expect(resolvesIn(isms, ref), `${f.id}: ${ref}`).toBe(true);
          expect(f.message.trim()).not.toBe("");
          expect(f.hint.trim()).not.toBe("");
        }
        expect(report.counts.total).toBe(report.findings.length);
        expect(report.readiness.stage2.ready).toBe(report.counts.major === 0);
        expect(report.readiness.stage1.blockers.every((id) => report.readiness.stage2.blockers.includes(id))).toBe(true);
        for (const c of report.clauses) {
          const severities = report.findings.filter((f) => c.findingIds.includes(f.id)).map((f) => f.severity);
          if (severities.some((s) => s !== "ofi")) expect(c.status).toBe("nonconformant");
          else if (severities.length > 0) expect(c.status).toBe("observations");
          else expect(["conformant", "not-assessable"]).toContain(c.status);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same report twice", () => {
    fc.assert(
      fc.property(arbitraryIsms, arbitraryIsoDate, (input, asOf) => {
        expect(checkConformity(parseIsms(input), { asOf })).toEqual(checkConformity(parseIsms(structuredClone(input)), { asOf }));
      }),
      { numRuns: 40 },
    );
  });
});
