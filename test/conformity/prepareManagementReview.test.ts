import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { managementReviewInputs } from "../../src/catalog/index";
import { assessRisks, parseIsms } from "../../src/index";
import { prepareManagementReview } from "../../src/export/report/index";
import { deepFreeze } from "../_lib/deepFreeze";
import { arbitraryIsms } from "../fixtures/arbitraryIsms";
import { argumentErrorOf } from "../export/_helpers/argumentErrorOf";
import { loadExample } from "../treatment/_helpers/documents";
import { resolvesIn } from "./_fixtures/resolvePointer";

const asOf = "2026-11-28";

describe("prepareManagementReview", () => {
  const saas = deepFreeze(loadExample("saas-company"));
  const pack = prepareManagementReview(saas, { asOf });

  it("covers inputs a) to g) of 9.3.2, with d) in its four sub-items, labelled as the catalog labels them", () => {
    expect(pack.inputs.map((i) => i.item)).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
    expect(pack.inputs.map((i) => i.label)).toEqual(managementReviewInputs.map((input) => input.label));
    expect(pack.inputs[3]!.subItems!.map((s) => s.item)).toEqual(["1", "2", "3", "4"]);
    expect(pack.inputs[3]!.entries).toEqual(pack.inputs[3]!.subItems!.flatMap((s) => s.entries));
  });

  it("looks back to the last management review by default, and names the next one planned", () => {
    expect(pack.since).toBe("2026-01-21");
    expect(pack.previousReview).toEqual({ id: "mr-2026", heldOn: "2026-01-21", pointer: "/managementReviews/1" });
    const startup = prepareManagementReview(loadExample("startup"), { asOf });
    expect(startup.since).toBe("2025-11-28");
    expect(startup.previousReview).toBeUndefined();
    expect(startup.nextReview).toEqual({ id: "bp-mr-1", plannedOn: "2027-01-12", pointer: "/managementReviews/0" });
    expect(startup.inputs[0]!.summary).toBe("No management review has been held before, so there are no previous actions.");
  });

  it("a) lists the previous review's actions with their state", () => {
    expect(pack.inputs[0]!.summary).toBe("4 actions from previous reviews: 4 done.");
    expect(pack.inputs[0]!.entries.map((e) => [e.id, e.status, e.pointer])).toEqual([
      ["mr-2026-a1", "done", "/managementReviews/1/actions/0"],
      ["mr-2026-a2", "done", "/managementReviews/1/actions/1"],
      ["mr-2026-a3", "done", "/managementReviews/1/actions/2"],
      ["mr-2026-a4", "done", "/managementReviews/1/actions/3"],
    ]);
  });

  it("d) sets nonconformities of the period against the period before, and follows corrective actions", () => {
    const [ncs, measurements, audits, objectives] = pack.inputs[3]!.subItems!;
    expect(ncs!.summary).toBe("2 nonconformities raised since 2026-01-21 (1 in the 311 days before); 1 open. Corrective actions: 2 of 4 done, 1 overdue.");
    expect(ncs!.entries.map((e) => [e.id, e.status])).toEqual([
      ["nc-2026-01", "closed"],
      ["nc-2026-02", "in-progress"],
    ]);
    expect(measurements!.entries.find((e) => e.id === "m-patch")).toMatchObject({ status: "target met", date: "2026-10-31", note: "latest 100 (target ≥ 95 %); before: 95.5 on 2026-09-30; 5 results since 2026-01-21" });
    expect(audits!.summary).toMatch(/^3 audits since 2026-01-21 \(2 internal, 1 external\)/);
    expect(objectives!.entries).toHaveLength(6);
  });

  it("e) counts complaints and external audits, and says what the document cannot show", () => {
    const e = pack.inputs[4]!;
    expect(e.entries.map((x) => [x.kind, x.id])).toEqual([["audit", "aud-2026-surv"]]);
    expect(e.summary).toContain("0 complaints and 1 external audit since 2026-01-21");
    expect(e.summary).toContain("has no record type in the document");
  });

  it("f) lists the open risks above the criteria or with lapsed acceptance, and every treatment plan", () => {
    const f = pack.inputs[5]!;
    expect(f.summary).toMatch(/^22 risks \(20 open\); residual: Low 18, Medium 4, High 0, Critical 0\. 18 meet the acceptance criteria \(at most Low\), 4 exceed them\./);
    expect(f.entries.find((e) => e.id === "risk-07")).toMatchObject({ kind: "risk", status: "acceptance expired", pointer: "/risks/6" });
    expect(f.entries.filter((e) => e.kind === "treatment-plan")).toHaveLength(3);
  });

  it("g) gathers open improvements and the audits' opportunities for improvement", () => {
    const g = pack.inputs[6]!;
    expect(g.entries.filter((e) => e.kind === "improvement").map((e) => e.id)).toEqual(["imp-03", "imp-04", "imp-05", "imp-07"]);
    expect(g.entries.filter((e) => e.kind === "audit-finding")).toHaveLength(2);
  });

  it("takes another period with since, and a register already drawn up", () => {
    const register = assessRisks(saas, { asOf });
    const wide = prepareManagementReview(saas, { asOf, since: "2024-01-01", riskRegister: register });
    expect(wide.since).toBe("2024-01-01");
    expect(wide.inputs[0]!.entries.length).toBeGreaterThan(pack.inputs[0]!.entries.length);
    expect(wide.inputs[5]).toEqual(prepareManagementReview(saas, { asOf, since: "2024-01-01" }).inputs[5]);
  });

  it("refuses bad arguments", () => {
    expect(() => prepareManagementReview(saas, { asOf, since: "2026-12-01" })).toThrow(
      argumentErrorOf("prepareManagementReview", "/options/since", "invalid_value", 'expected a day on or before asOf 2026-11-28; found "2026-12-01"'),
    );
    expect(() => prepareManagementReview(saas, { asOf: "2026-02-30" })).toThrow(
      argumentErrorOf("prepareManagementReview", "/options/asOf", "invalid_format", 'expected a calendar date YYYY-MM-DD that exists; found "2026-02-30"'),
    );
    expect(() => prepareManagementReview(saas, { asOf, riskRegister: assessRisks(saas, { asOf: "2026-11-27" }) })).toThrow(
      argumentErrorOf("prepareManagementReview", "/options/riskRegister", "invalid_value", "drawn up for 2026-11-27, not for asOf 2026-11-28"),
    );
    expect(() => prepareManagementReview({} as never, { asOf })).toThrow("Invalid arguments to prepareManagementReview");
  });

  it("on any valid document: seven inputs, and every entry's pointer leads into the document", () => {
    fc.assert(
      fc.property(arbitraryIsms, (input) => {
        const isms = parseIsms(input);
        const result = prepareManagementReview(isms, { asOf });
        expect(result.inputs).toHaveLength(7);
        for (const input of result.inputs) {
          expect(input.summary).toMatch(/\S/);
          for (const entry of input.entries) expect(resolvesIn(isms, entry.pointer), entry.pointer).toBe(true);
        }
      }),
      { numRuns: 25, seed: 19 },
    );
  });
});
