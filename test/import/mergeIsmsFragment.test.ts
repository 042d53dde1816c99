import { describe, expect, it } from "vitest";
import { mergeIsmsFragment } from "../../src/import/index";
import { deepFreeze } from "../_lib/deepFreeze";
import { thrownIssues } from "../_lib/thrownIssues";

describe("mergeIsmsFragment", () => {
  it("updates entities with the same id field by field, removes fields set to undefined, appends new ones, and changes no input", () => {
    const doc = deepFreeze({ schemaVersion: "1.0", organization: { name: "Acme" }, controls: [{ id: "5.1", applicable: null, justification: "old", ownerId: "p-1" }] });
    const fragment = deepFreeze({ controls: [{ id: "5.1", applicable: true, justification: undefined }, { id: "5.2", applicable: false }], people: [{ id: "p-2", name: "Bo" }] });
    expect(mergeIsmsFragment(doc, fragment)).toEqual({
      schemaVersion: "1.0",
      organization: { name: "Acme" },
      controls: [
        { id: "5.1", applicable: true, ownerId: "p-1" },
        { id: "5.2", applicable: false },
      ],
      people: [{ id: "p-2", name: "Bo" }],
    });
  });

  it("merges a collection inside an object, named with a slash, keeping the object's other fields", () => {
    const doc = deepFreeze({ businessImpactAnalysis: { performedOn: "2026-03-01", services: [{ id: "svc-1", name: "Portal", rtoMinutes: 240 }] } });
    expect(mergeIsmsFragment(doc, { "businessImpactAnalysis/services": [{ id: "svc-1", rtoMinutes: 120 }, { id: "svc-2", name: "Billing" }] })).toEqual({
      businessImpactAnalysis: { performedOn: "2026-03-01", services: [{ id: "svc-1", name: "Portal", rtoMinutes: 120 }, { id: "svc-2", name: "Billing" }] },
    });
    expect(mergeIsmsFragment({}, { "businessImpactAnalysis/services": [{ id: "svc-1" }] })).toEqual({ businessImpactAnalysis: { services: [{ id: "svc-1" }] } });
  });

  it("refuses what is not a document or not lists of entities", () => {
    expect(thrownIssues(() => mergeIsmsFragment(null as never, {}))).toEqual(["/document invalid_type: expected an ISMS document (an object); found null"]);
    expect(thrownIssues(() => mergeIsmsFragment({}, { risks: [{ title: "x" }] } as never))).toEqual(["/fragment/risks invalid_type: expected a list of entities with ids; found an array of 1"]);
    expect(thrownIssues(() => mergeIsmsFragment({}, { "a/b/c": [] }))).toEqual(['/fragment/a~1b~1c invalid_value: expected a collection\'s name, or an object\'s and its collection\'s ("businessImpactAnalysis/services"); found "a/b/c"']);
  });
});
