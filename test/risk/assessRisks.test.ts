import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessRisks } from "../../src/risk/assessRisks";
import { RiskMethodError } from "../../src/method/RiskMethodError";
import { riskMatrixPresets } from "../../src/method/riskMatrixPresets";
import { parseIsms, type IsmsInput } from "../../src/index";
import { deepFreeze } from "../_lib/deepFreeze";

function doc(risks: NonNullable<IsmsInput["risks"]>, extra: Partial<IsmsInput> = {}) {
  return parseIsms({
    schemaVersion: "1.0",
    organization: { name: "Acme" },
    people: [
      { id: "p-1", name: "Owner" },
      { id: "p-2", name: "Other" },
    ],
    riskMethod: { preset: "5x5", acceptance: { maxLevel: "low", validityMonths: 12 }, assessmentIntervalMonths: 12 },
    risks,
    ...extra,
  });
}

const rated = {
  ownerId: "p-1",
  lastAssessedOn: "2026-01-10",
  inherent: { likelihood: "likely", impact: "severe" },
  residual: { likelihood: "rare", impact: "minor" },
  treatment: { option: "modify" as const, controlIds: ["8.7"] },
};

describe("assessRisks", () => {
  it("scores inherent, residual and target ratings on the document's method", () => {
    const isms = doc([{ id: "r-1", title: "R", ...rated, treatment: { ...rated.treatment, targetResidual: { likelihood: "rare", impact: "minor" } } }]);
    const [entry] = assessRisks(isms, { asOf: "2026-03-01" }).entries;
    expect(entry?.inherent).toEqual({ likelihood: "likely", impact: "severe", level: "critical", levelIndex: 3 });
    expect(entry?.residual?.level).toBe("low");
    expect(entry?.target?.level).toBe("low");
    expect(entry?.meetsAcceptanceCriteria).toBe(true);
    expect(entry?.pointer).toBe("/risks/0");
  });

  it("tells acceptance missing, accepted, expired (own expiry or method validity), stale, not applicable", () => {
    const accepted = { acceptedById: "p-1", acceptedOn: "2026-01-15", acceptedRating: { likelihood: "rare", impact: "minor" } };
    const isms = doc([
      { id: "missing", title: "R", ...rated },
      { id: "accepted", title: "R", ...rated, acceptance: accepted },
      { id: "expired-own", title: "R", ...rated, acceptance: { ...accepted, expiresOn: "2026-02-01" } },
      { id: "expired-validity", title: "R", ...rated, acceptance: { ...accepted, acceptedOn: "2025-01-15" } },
      { id: "stale", title: "R", ...rated, acceptance: { ...accepted, acceptedRating: { likelihood: "rare", impact: "insignificant" } } },
      { id: "closed", title: "R", ...rated, status: "closed" },
    ]);
    const register = assessRisks(isms, { asOf: "2026-03-01" });
    expect(register.entries.map((e) => [e.riskId, e.acceptance.state])).toEqual([
      ["missing", "missing"],
      ["accepted", "accepted"],
      ["expired-own", "expired"],
      ["expired-validity", "expired"],
      ["stale", "stale"],
      ["closed", "not-applicable"],
    ]);
    expect(register.entries[3]?.acceptance.expiresOn).toBe("2026-01-15");
    expect(register.summary.acceptance).toEqual({ missing: 1, accepted: 1, expired: 2, stale: 1, "not-applicable": 1 });
  });

  it("runs an acceptance no longer than the criteria allow for its level, unless it states its own expiry", () => {
    const method = {
      riskMethod: {
        preset: "5x5",
        acceptance: { maxLevel: "low", validityMonths: 12, authorities: [{ level: "high", topManagement: true, maxValidityMonths: 6 }] },
        assessmentIntervalMonths: 12,
      },
    };
    const high = { ...rated, residual: { likelihood: "possible", impact: "major" } };
    const isms = doc(
      [
        { id: "low", title: "R", ...rated, acceptance: { acceptedById: "p-1", acceptedOn: "2026-01-15" } },
        { id: "high", title: "R", ...high, acceptance: { acceptedById: "p-1", acceptedOn: "2026-01-15" } },
        { id: "own", title: "R", ...high, acceptance: { acceptedById: "p-1", acceptedOn: "2026-01-15", expiresOn: "2029-01-15", acceptedRating: { likelihood: "possible", impact: "major" } } },
      ],
      method as Partial<IsmsInput>,
    );
    const register = assessRisks(isms, { asOf: "2026-08-01" });
    expect(register.entries.map((e) => [e.riskId, e.acceptance.level, e.acceptance.maxExpiresOn, e.acceptance.expiresOn, e.acceptance.state])).toEqual([
      ["low", "low", "2027-01-15", "2027-01-15", "accepted"],
      ["high", "high", "2026-07-15", "2026-07-15", "expired"],
      ["own", "high", "2026-07-15", "2029-01-15", "accepted"],
    ]);
  });

  it("finds overdue assessments from the method's interval, clamping month ends", () => {
    const isms = doc([
      { id: "due-later", title: "R", ...rated, lastAssessedOn: "2025-03-31" },
      { id: "overdue", title: "R", ...rated, lastAssessedOn: "2025-02-28" },
      { id: "never", title: "R", ...rated, lastAssessedOn: undefined } as never,
    ]);
    const register = assessRisks(isms, { asOf: "2026-03-01" });
    expect(register.entries.map((e) => [e.assessment.dueOn, e.assessment.overdue])).toEqual([
      ["2026-03-31", false],
      ["2026-02-28", true],
      [undefined, true],
    ]);
    expect(register.summary.overdueAssessments).toBe(2);
  });

  it("flags residual above inherent and residual lowered without controls", () => {
    const isms = doc([
      { id: "above", title: "R", ...rated, residual: { likelihood: "almost-certain", impact: "severe" } },
      { id: "lowered", title: "R", ...rated, treatment: { option: "retain", controlIds: [] } },
      { id: "shared", title: "R", ...rated, treatment: { option: "share", sharedWith: "Insurer", controlIds: [] } },
    ]);
    const flags = assessRisks(isms, { asOf: "2026-03-01" }).entries.map((e) => e.flags.map((f) => f.code));
    expect(flags).toEqual([["residual-above-inherent"], ["lowered-without-controls"], []]);
  });

  it("flags missing owners, ratings and treatments, and acceptance by someone else", () => {
    const isms = doc([
      { id: "bare", title: "R" },
      { id: "other", title: "R", ...rated, acceptance: { acceptedById: "p-2", acceptedOn: "2026-01-15" } },
    ]);
    const [bare, other] = assessRisks(isms, { asOf: "2026-03-01" }).entries;
    expect(bare?.flags.map((f) => f.code)).toEqual(["missing-owner", "missing-inherent-rating", "missing-treatment"]);
    expect(other?.flags).toEqual([
      { code: "accepted-by-non-owner", pointer: "/risks/1/acceptance/acceptedById", message: 'the residual risk was accepted by "p-2", not by its owner "p-1"' },
    ]);
  });

  it("reports plan status and the owner's approval", () => {
    const isms = doc([{ id: "r-1", title: "R", ...rated }, { id: "r-2", title: "R", ...rated }], {
      treatmentPlans: [
        {
          id: "tp",
          title: "Plan",
          riskIds: ["r-1"],
          actions: [
            { id: "a1", description: "x", status: "done" },
            { id: "a2", description: "y", status: "open" },
          ],
          approvals: [{ approvedById: "p-1", approvedOn: "2026-01-20" }],
        },
      ],
    });
    const [one, two] = assessRisks(isms, { asOf: "2026-03-01" }).entries;
    expect(one?.plan).toEqual({ planIds: ["tp"], status: "in-progress", approvedByOwner: true });
    expect(two?.plan).toEqual({ planIds: [], status: "none", approvedByOwner: false });
  });

  it("summarises counts per level and every heat-map cell", () => {
    const isms = doc([{ id: "r-1", title: "R", ...rated }, { id: "r-2", title: "R", ...rated }, { id: "r-3", title: "R" }]);
    const { summary } = assessRisks(isms, { asOf: "2026-03-01" });
    expect(summary.byLevel.inherent).toEqual({ low: 0, medium: 0, high: 0, critical: 2 });
    expect(summary.byLevel.residual).toEqual({ low: 2, medium: 0, high: 0, critical: 0 });
    expect(summary.unrated).toBe(1);
    expect(summary.heatmap.inherent).toHaveLength(25);
    expect(summary.heatmap.inherent.find((c) => c.count > 0)).toEqual({
      likelihood: "likely", impact: "severe", level: "critical", count: 2, riskIds: ["r-1", "r-2"],
    });
  });

  it("scores with another method when asked, and lists every rating that does not fit it", () => {
    const isms = doc([{ id: "r-1", title: "R", ...rated }]);
    expect(() => assessRisks(isms, { asOf: "2026-03-01", method: "3x3" })).toThrow(
      new RiskMethodError('Ratings do not fit risk matrix "3x3"', [
        {
          path: ["risks", 0, "inherent", "impact"],
          pointer: "/risks/0/inherent/impact",
          code: "unknown_id",
          message: '"severe" is not on the impact scale of risk matrix "3x3" (expected one of "minor", "moderate", "major")',
        },
        {
          path: ["risks", 0, "residual", "likelihood"],
          pointer: "/risks/0/residual/likelihood",
          code: "unknown_id",
          message: '"rare" is not on the likelihood scale of risk matrix "3x3" (expected one of "unlikely", "possible", "likely")',
        },
      ]),
    );
    expect(() => assessRisks(isms, { asOf: "2026-03-01", method: "3x3" })).toThrow(
      'Ratings do not fit risk matrix "3x3": 2 problems\n' +
        '  risks[0].inherent.impact: "severe" is not on the impact scale of risk matrix "3x3" (expected one of "minor", "moderate", "major")\n' +
        '  risks[0].residual.likelihood: "rare" is not on the likelihood scale of risk matrix "3x3" (expected one of "unlikely", "possible", "likely")',
    );
    expect(() => assessRisks(isms, { asOf: "2026-03-01", method: "7x7" })).toThrow(/unknown preset "7x7"/);
  });

  it("refuses a document without a method and a bad asOf", () => {
    const isms = parseIsms({ schemaVersion: "1.0", organization: { name: "A" } });
    expect(() => assessRisks(isms, { asOf: "2026-03-01" })).toThrow(/no riskMethod/);
    expect(() => assessRisks(doc([]), { asOf: "2026-02-30" })).toThrow(/asOf: expected a calendar date/);
  });

  it("does not mutate its input and is deterministic", () => {
    const isms = deepFreeze(doc([{ id: "r-1", title: "R", ...rated }]));
    const a = JSON.stringify(assessRisks(isms, { asOf: "2026-03-01" }));
    expect(JSON.stringify(assessRisks(isms, { asOf: new Date(2026, 2, 1) }))).toBe(a);
  });

  it("property: for registers built so, residual never exceeds inherent and levels follow the matrix", () => {
    const m = riskMatrixPresets["5x5"];
    const ratings = fc.record({ l: fc.nat(m.likelihood.length - 1), i: fc.nat(m.impact.length - 1) });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(ratings, fc.nat(4), fc.nat(4)), { maxLength: 20 }),
        (specs) => {
          // residual = inherent reduced by controls (never increased)
          const risks = specs.map(([r, dl, di], k) => ({
            id: `r-${k}`,
            title: "R",
            ownerId: "p-1",
            inherent: { likelihood: m.likelihood[r.l]!.id, impact: m.impact[r.i]!.id },
            residual: { likelihood: m.likelihood[Math.max(0, r.l - dl)]!.id, impact: m.impact[Math.max(0, r.i - di)]!.id },
            treatment: { option: "modify" as const, controlIds: ["8.1"] },
          }));
          const register = assessRisks(doc(risks), { asOf: "2026-03-01" });
          for (const e of register.entries) {
            expect(e.residual!.levelIndex).toBeLessThanOrEqual(e.inherent!.levelIndex);
            expect(e.flags.map((f) => f.code)).not.toContain("residual-above-inherent");
          }
          const cells = register.summary.heatmap.residual.reduce((n, c) => n + c.count, 0);
          expect(cells).toBe(risks.length);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("assessRisks' summary", () => {
  it("counts and maps exactly what its entries say (a plain recount, on generated documents)", async () => {
    const { arbitraryIsms } = await import("../fixtures/arbitraryIsms");
    const matrix = riskMatrixPresets["5x5"];
    fc.assert(
      fc.property(arbitraryIsms, fc.constantFrom("2025-06-01", "2026-11-28"), (input, asOf) => {
        const { entries, summary } = assessRisks(parseIsms(input), { asOf });
        const count = (p: (e: (typeof entries)[number]) => boolean) => entries.filter(p).length;
        const byLevel = (pick: "inherent" | "residual") =>
          Object.fromEntries(matrix.levels.map((l) => [l.id, count((e) => e[pick]?.level === l.id)]));
        const heatmap = (pick: "inherent" | "residual") =>
          matrix.likelihood.flatMap((l, li) =>
            matrix.impact.map((i, ii) => {
              const riskIds = entries.filter((e) => e[pick]?.likelihood === l.id && e[pick]?.impact === i.id).map((e) => e.riskId);
              return { likelihood: l.id, impact: i.id, level: matrix.levels[matrix.grid[li]![ii]!]!.id, count: riskIds.length, riskIds };
            }),
          );
        expect(summary).toStrictEqual({
          total: entries.length,
          open: count((e) => e.status === "open"),
          byLevel: { inherent: byLevel("inherent"), residual: byLevel("residual") },
          unrated: count((e) => e.inherent === undefined && e.residual === undefined),
          meetingAcceptanceCriteria: count((e) => e.meetsAcceptanceCriteria === true),
          exceedingAcceptanceCriteria: count((e) => e.meetsAcceptanceCriteria === false),
          acceptance: Object.fromEntries((["missing", "accepted", "expired", "stale", "not-applicable"] as const).map((s) => [s, count((e) => e.acceptance.state === s)])),
          overdueAssessments: count((e) => e.assessment.overdue),
          flagged: count((e) => e.flags.length > 0),
          heatmap: { inherent: heatmap("inherent"), residual: heatmap("residual") },
        });
        // Each entry's scores are the matrix's for its ratings.
        for (const e of entries) for (const s of [e.inherent, e.residual, e.target]) if (s) expect(s.level).toBe(matrix.levels[s.levelIndex]!.id);
      }),
      { numRuns: 150 },
    );
  });
});
