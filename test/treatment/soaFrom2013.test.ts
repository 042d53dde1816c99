import { describe, expect, it } from "vitest";
import { annexAControlIds, ControlSchema, parseIsms, type ControlDecision2013 } from "../../src/index";
import { buildStatementOfApplicability } from "../../src/treatment/buildStatementOfApplicability";
import { soaFrom2013 } from "../../src/treatment/soaFrom2013";
import { TreatmentInputError } from "../../src/treatment/TreatmentInputError";
import { deepFreeze } from "../_lib/deepFreeze";
import { annexA, annexA2013 } from "../../src/catalog/index";

const all2013 = (decide: (id: string) => Partial<ControlDecision2013>): ControlDecision2013[] =>
  annexA2013.controls.map((c) => ({ id: c.id, applicable: true, implementationStatus: "implemented", justification: `J ${c.id}`, ...decide(c.id) }));

function thrown(input: unknown): TreatmentInputError {
  try {
    soaFrom2013(input as ControlDecision2013[]);
  } catch (error) {
    if (error instanceof TreatmentInputError) return error;
    throw error;
  }
  throw new Error("expected soaFrom2013 to throw");
}

describe("soaFrom2013", () => {
  it("drafts a record for each of the 93 controls, in catalog order, that ControlSchema accepts", () => {
    const result = soaFrom2013(deepFreeze(all2013(() => ({}))));
    expect(result.controls.map((c) => c.id)).toEqual([...annexAControlIds]);
    for (const record of result.controls) expect(ControlSchema.parse(record)).toEqual(record);
    expect(result.summary).toEqual({ total: 93, applicable: 82, excluded: 0, undecided: 11, new: 11, needingAttention: 11 });
  });

  it("marks the 11 new controls as needing a decision", () => {
    const result = soaFrom2013(all2013(() => ({})));
    const fresh = result.transitions.filter((t) => t.isNew);
    expect(fresh.map((t) => t.controlId)).toEqual(annexA.controls.filter((c) => c.isNew).map((c) => c.id));
    for (const t of fresh) {
      expect(t.problems).toEqual([{ code: "new-in-2022", message: `${t.controlId}: new in 2022: needs a decision` }]);
      expect(result.controls.find((c) => c.id === t.controlId)).toMatchObject({ applicable: null, notes: "New in ISO/IEC 27001:2022: needs a decision." });
    }
  });

  it("merges: applicable if any source is, excluded only when all are, undecided otherwise", () => {
    const result = soaFrom2013([
      // 5.18 ← A.9.2.2, A.9.2.5, A.9.2.6: mixed
      { id: "A.9.2.2", applicable: true, justification: "JML process", implementationStatus: "implemented", reasons: ["risk-treatment"], ownerId: "p-it" },
      { id: "A.9.2.5", applicable: false, justification: "No reviews" },
      { id: "A.9.2.6", applicable: true, implementationStatus: "planned", reasons: ["contractual"], ownerId: "p-it" },
      // 7.2 ← A.11.1.2, A.11.1.6: all excluded
      { id: "A.11.1.2", applicable: false, justification: "No premises" },
      { id: "A.11.1.6", applicable: false, justification: "No loading areas" },
      // 5.1 ← A.5.1.1, A.5.1.2: one excluded, one missing
      { id: "A.5.1.1", applicable: false, justification: "x" },
      // 8.1 ← A.6.2.1, A.11.2.8: one included, one undecided
      { id: "A.6.2.1", applicable: true, justification: "Mobile devices" },
      { id: "A.11.2.8", applicable: null },
    ]);
    const record = (id: string) => result.controls.find((c) => c.id === id);
    const problems = (id: string) => result.transitions.find((t) => t.controlId === id)?.problems.map((p) => p.code);

    expect(record("5.18")).toEqual({
      id: "5.18",
      applicable: true,
      reasons: ["risk-treatment", "contractual"],
      justification: "A.9.2.2: JML process\nA.9.2.5: No reviews",
      implementationStatus: "partially-implemented",
      ownerId: "p-it",
      requirementIds: [],
      documentIds: [],
      evidenceIds: [],
      notes: "Drafted from the ISO/IEC 27001:2013 decisions on A.9.2.2, A.9.2.5, A.9.2.6.",
    });
    expect(problems("5.18")).toEqual(["mixed-decisions"]);
    expect(result.transitions.find((t) => t.controlId === "5.18")?.problems[0]?.message).toBe(
      "5.18: A.9.2.2 and A.9.2.6 included but A.9.2.5 excluded in 2013: check the merged control is justified as a whole",
    );

    expect(record("7.2")).toMatchObject({ applicable: false, justification: "A.11.1.2: No premises\nA.11.1.6: No loading areas", reasons: [] });
    expect(record("7.2")?.implementationStatus).toBeUndefined();
    expect(problems("7.2")).toEqual([]);

    expect(record("5.1")?.applicable).toBeNull();
    expect(result.transitions.find((t) => t.controlId === "5.1")?.problems).toEqual([
      { code: "partly-decided", message: "5.1: no decision for A.5.1.2 (2013), which it also covers: needs a decision" },
    ]);

    expect(record("8.1")?.applicable).toBe(true);
    expect(problems("8.1")).toEqual(["partly-decided"]);

    expect(record("5.15")).toMatchObject({ applicable: null, notes: "Not decided in the 2013 Statement of Applicability (A.9.1.1, A.9.1.2)." });
    expect(problems("5.15")).toEqual(["no-2013-decision"]);
  });

  it("keeps a single source's justification as it is and feeds A.18.2.3 to both 5.36 and 8.8", () => {
    const result = soaFrom2013([
      { id: "A.9.4.2", applicable: true, justification: "SSO with MFA", implementationStatus: "implemented" },
      { id: "A.18.2.3", applicable: true, justification: "Yearly penetration test", implementationStatus: "implemented" },
    ]);
    expect(result.controls.find((c) => c.id === "8.5")).toMatchObject({ applicable: true, justification: "SSO with MFA", implementationStatus: "implemented" });
    for (const id of ["5.36", "8.8"]) {
      expect(result.transitions.find((t) => t.controlId === id)?.decided2013).toEqual(["A.18.2.3"]);
      expect(result.controls.find((c) => c.id === id)?.applicable).toBe(true);
    }
  });

  it("merges implementation statuses conservatively", () => {
    const status = (statuses: ("implemented" | "partially-implemented" | "planned" | "not-implemented" | undefined)[]) => {
      const ids = ["A.13.2.1", "A.13.2.2", "A.13.2.3"] as const; // → 5.14
      const decisions = statuses.map((s, i) => ({ id: ids[i]!, applicable: true, ...(s === undefined ? {} : { implementationStatus: s }) }));
      return soaFrom2013(decisions).controls.find((c) => c.id === "5.14")?.implementationStatus;
    };
    expect(status(["implemented", "implemented", "implemented"])).toBe("implemented");
    expect(status(["implemented", "planned", "implemented"])).toBe("partially-implemented");
    expect(status(["partially-implemented", "not-implemented", "planned"])).toBe("partially-implemented");
    expect(status(["planned", "not-implemented", "planned"])).toBe("not-implemented");
    expect(status(["planned", undefined, "planned"])).toBe("planned");
    expect(status([undefined, undefined, undefined])).toBeUndefined();
  });

  it("gives a draft that builds into an SoA with the new controls undecided", () => {
    const result = soaFrom2013(all2013((id) => (id.startsWith("A.11.") ? { applicable: false, justification: "Cloud only" } : {})));
    const soa = buildStatementOfApplicability(
      parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, controls: result.controls as never }),
    );
    expect(soa.summary.undecided).toBe(result.summary.undecided);
    expect(soa.rows.filter((r) => r.applicable === null).map((r) => r.controlId)).toEqual(
      result.transitions.filter((t) => result.controls.find((c) => c.id === t.controlId)?.applicable === null).map((t) => t.controlId),
    );
  });

  it("reports every invalid entry with its path", () => {
    const error = thrown([
      { id: "A.9.2.3", applicable: true },
      { id: "9.4.2", applicable: true },
      { id: "A.99.1.1", applicable: false },
      { id: "A.9.2.3", applicable: false },
      { id: "A.5.1.1", applicable: "yes" },
      { id: "A.5.1.2", applicable: true, justificaton: "typo" },
      "A.6.1.1",
    ]);
    expect(error.issues.map((i) => [i.pointer, i.code])).toEqual([
      ["/1/id", "unknown_id"],
      ["/2/id", "unknown_id"],
      ["/3/id", "duplicate_id"],
      ["/4/applicable", "invalid_type"],
      ["/5", "unrecognized_keys"],
      ["/6", "invalid_type"],
    ]);
    expect(error.issues[0]?.message).toBe('expected an ISO/IEC 27001:2013 Annex A control id ("A.5.1.1" … "A.18.2.3"); found "9.4.2" (did you mean "A.9.4.2"?)');
    expect(error.issues[2]?.message).toBe("duplicate decision for A.9.2.3 (first given at [0])");
    expect(error.message.split("\n")[0]).toBe("Invalid 2013 decisions: 6 problems");
    expect(error.message).toContain('  [1].id: expected an ISO/IEC 27001:2013 Annex A control id');
    expect(thrown({}).issues).toEqual([{ path: [], pointer: "", code: "invalid_type", message: "expected a list of 2013 decisions; found an object" }]);
  });

  it("is deterministic and does not mutate its input", () => {
    const input = deepFreeze(all2013((id) => (id.endsWith(".1") ? { applicable: false, justification: "n/a" } : {})));
    expect(soaFrom2013(input)).toEqual(soaFrom2013(structuredClone(input) as ControlDecision2013[]));
  });
});
