import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIsms, RiskSchema, type Risk } from "../../src/index";
import { checkTreatmentOption } from "../../src/treatment/checkTreatmentOption";
import { deepFreeze } from "../_lib/deepFreeze";
import { arbitraryIsms } from "../fixtures/arbitraryIsms";
import { loadExample } from "./_helpers/documents";
import { thrownIssues } from "../_lib/thrownIssues";

const risk = (fields: Record<string, unknown>): Risk => RiskSchema.parse({ id: "r-1", title: "A risk", ownerId: "p-1", ...fields });
const codes = (r: Risk, options?: Parameters<typeof checkTreatmentOption>[1]) => checkTreatmentOption(r, options).map((p) => p.code);

describe("checkTreatmentOption", () => {
  it("has no problems for a risk without treatment (assessRisks flags that)", () => {
    expect(checkTreatmentOption(risk({}))).toEqual([]);
  });

  it("modify needs at least one control", () => {
    expect(checkTreatmentOption(risk({ treatment: { option: "modify" } }), { pointer: "/risks/2" })).toEqual([
      {
        code: "modify-without-controls",
        pointer: "/risks/2/treatment/controlIds",
        message: 'risk "r-1" is to be modified, but its treatment selects no control',
      },
    ]);
    expect(codes(risk({ treatment: { option: "modify", controlIds: ["8.7"] } }))).toEqual([]);
  });

  it("retain needs the risk owner's acceptance", () => {
    expect(codes(risk({ treatment: { option: "retain" } }))).toEqual(["retain-without-acceptance"]);
    expect(codes(risk({ treatment: { option: "retain" }, acceptance: { acceptedById: "p-1", acceptedOn: "2026-01-01" } }))).toEqual([]);
    const byOther = checkTreatmentOption(risk({ treatment: { option: "retain" }, acceptance: { acceptedById: "p-2", acceptedOn: "2026-01-01" } }), {
      pointer: "/risks/0",
    });
    expect(byOther).toEqual([
      {
        code: "retain-accepted-by-non-owner",
        pointer: "/risks/0/acceptance/acceptedById",
        message: 'risk "r-1" is retained, but its residual risk was accepted by "p-2", not by its owner "p-1"',
      },
    ]);
    expect(codes(risk({ ownerId: undefined, treatment: { option: "retain" } }))).toEqual(["retain-without-owner", "retain-without-acceptance"]);
  });

  it("checks the expiry of the acceptance only when asOf is given", () => {
    const expired = risk({ treatment: { option: "retain" }, acceptance: { acceptedById: "p-1", acceptedOn: "2025-01-01", expiresOn: "2026-01-01" } });
    expect(codes(expired)).toEqual([]);
    expect(codes(expired, { asOf: "2026-01-01" })).toEqual([]);
    expect(checkTreatmentOption(expired, { asOf: "2026-01-02", pointer: "/risks/1" })).toEqual([
      {
        code: "retain-acceptance-expired",
        pointer: "/risks/1/acceptance/expiresOn",
        message: 'risk "r-1" is retained, but the acceptance of its residual risk expired on 2026-01-01',
      },
    ]);
    expect(codes(expired, { asOf: new Date(2026, 0, 2) })).toEqual(["retain-acceptance-expired"]);
  });

  it("share names the party, as text or as suppliers", () => {
    expect(codes(risk({ treatment: { option: "share" } }))).toEqual(["share-without-party"]);
    expect(codes(risk({ treatment: { option: "share", sharedWith: "   " } }))).toEqual(["share-without-party"]);
    expect(codes(risk({ treatment: { option: "share", sharedWith: "Cyber insurer" } }))).toEqual([]);
    expect(codes(risk({ treatment: { option: "share", supplierIds: ["sup-1"] } }))).toEqual([]);
  });

  it("avoid names the activity given up", () => {
    expect(checkTreatmentOption(risk({ treatment: { option: "avoid" } }))).toEqual([
      {
        code: "avoid-without-activity",
        pointer: "/treatment/option",
        message: 'risk "r-1" is avoided, but does not name the activity given up (avoidedActivity)',
      },
    ]);
    expect(codes(risk({ treatment: { option: "avoid", avoidedActivity: "On-premises installations" } }))).toEqual([]);
  });

  it.each(["saas-company", "startup"] as const)("finds no problem in the treatments of the %s example", (name) => {
    const isms = loadExample(name);
    const problems = isms.risks.flatMap((r, i) => checkTreatmentOption(r, { pointer: `/risks/${i}`, asOf: "2026-11-28" }));
    expect(problems).toEqual([]);
  });

  it("rejects bad arguments with clear errors", () => {
    expect(thrownIssues(() => checkTreatmentOption(null as unknown as Risk))).toEqual(["/risk invalid_type: expected a risk with an id; found null"]);
    expect(thrownIssues(() => checkTreatmentOption(risk({}), { pointer: "risks/1" }))).toEqual(['/options/pointer invalid_format: expected a JSON Pointer such as "/risks/3"; found "risks/1"']);
    expect(thrownIssues(() => checkTreatmentOption(risk({ treatment: { option: "retain" } }), { asOf: "2026-02-30" }))).toEqual([
      '/options/asOf invalid_format: expected a calendar date YYYY-MM-DD that exists; found "2026-02-30"',
    ]);
    expect(thrownIssues(() => checkTreatmentOption(risk({}), "x" as never))).toEqual(['/options invalid_type: expected an options object; found "x"']);
  });

  it("does not mutate its input, on generated documents", () => {
    fc.assert(
      fc.property(arbitraryIsms, (input) => {
        const isms = deepFreeze(parseIsms(input));
        for (const r of isms.risks) {
          const problems = checkTreatmentOption(r, { asOf: "2030-01-01" });
          for (const problem of problems) expect(problem.message).toContain(JSON.stringify(r.id));
        }
      }),
      { numRuns: 50 },
    );
  });
});
