import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArgumentError, planCertificationCycle } from "../../src/index";
import { arbitraryIsoDate } from "../fixtures/arbitraryIsms";

describe("planCertificationCycle", () => {
  it("plans surveillance within 12 and 24 months and recertification before the 3-year expiry", () => {
    expect(planCertificationCycle({ certifiedOn: "2025-03-17" })).toEqual({
      certifiedOn: "2025-03-17",
      expiresOn: "2028-03-16",
      audits: [
        { kind: "surveillance", sequence: 1, dueBy: "2026-03-16" },
        { kind: "surveillance", sequence: 2, dueBy: "2027-03-16" },
        { kind: "recertification", sequence: 1, dueBy: "2028-03-16" },
      ],
    });
  });

  it("handles month ends and leap days", () => {
    expect(planCertificationCycle({ certifiedOn: "2024-03-01" }).audits[0]?.dueBy).toBe("2025-02-28");
    expect(planCertificationCycle({ certifiedOn: "2024-02-29" })).toMatchObject({ expiresOn: "2027-02-28", audits: [{ dueBy: "2025-02-28" }, { dueBy: "2026-02-28" }, { dueBy: "2027-02-28" }] });
    expect(planCertificationCycle({ certifiedOn: "2025-01-01" }).expiresOn).toBe("2027-12-31");
  });

  it("takes a Date as its calendar day", () => {
    expect(planCertificationCycle({ certifiedOn: new Date(2025, 2, 17) })).toEqual(planCertificationCycle({ certifiedOn: "2025-03-17" }));
  });

  it("rejects a date that does not exist", () => {
    expect(() => planCertificationCycle({ certifiedOn: "2025-02-30" })).toThrow(ArgumentError);
    expect(() => planCertificationCycle({ certifiedOn: "2025-02-30" })).toThrow('options.certifiedOn: expected a calendar date YYYY-MM-DD that exists; found "2025-02-30"');
    expect(() => planCertificationCycle({} as never)).toThrow("options.certifiedOn: expected a calendar date YYYY-MM-DD or a Date; found nothing");
  });

  it("always plans the audits in order, the first within a year, all before expiry", () => {
    fc.assert(
      fc.property(arbitraryIsoDate, (certifiedOn) => {
        const { expiresOn, audits } = planCertificationCycle({ certifiedOn });
        const [s1, s2, recert] = audits.map((a) => a.dueBy);
        expect(certifiedOn < s1!).toBe(true);
        expect(s1! < s2! && s2! < recert!).toBe(true);
        expect(recert).toBe(expiresOn);
        const yearLater = `${Number(certifiedOn.slice(0, 4)) + 1}${certifiedOn.slice(4)}`;
        expect(s1! < yearLater).toBe(true);
      }),
    );
  });
});
