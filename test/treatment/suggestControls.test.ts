import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIsms } from "../../src/index";
import { suggestControls } from "../../src/treatment/suggestControls";
import { deepFreeze } from "../_lib/deepFreeze";
import { arbitraryIsms } from "../fixtures/arbitraryIsms";
import { doc, loadExample } from "./_helpers/documents";
import { annexA, defineCatalog, getControl } from "../../src/catalog/index";
import { thrownIssues } from "../_lib/thrownIssues";

describe("suggestControls", () => {
  it("favours controls of the theme and capabilities that suit the risk's assets", () => {
    const isms = doc({
      assets: [{ id: "a-staff", name: "Staff", type: "people" }],
      risks: [{ id: "r-1", title: "Social engineering", assetIds: ["a-staff"], affectedProperties: ["confidentiality"], treatment: { option: "modify", controlIds: ["6.3"] } }],
    });
    const suggestions = suggestControls("r-1", isms, { limit: 5 });
    for (const s of suggestions) expect(s.theme).toBe("people");
    expect(suggestions[0]?.reasons).toContain("a people control, suited to the risk's people assets");
    expect(suggestions.map((s) => s.controlId)).not.toContain("6.3");
  });

  it("favours detect and respond controls when the current controls only protect", () => {
    const isms = doc({
      assets: [{ id: "a-app", name: "Web application", type: "software" }],
      risks: [{ id: "r-1", title: "Injection", assetIds: ["a-app"], affectedProperties: ["integrity"], treatment: { option: "modify", controlIds: ["8.28", "8.25"] } }],
    });
    const suggestions = suggestControls("r-1", isms, { limit: 10 });
    const top = suggestions[0]!;
    expect(top.reasons.some((reason) => /^adds (identify|detect|respond|recover)/.test(reason))).toBe(true);
    const concepts = (id: string) => getControl(id)?.attributes.cybersecurityConcepts ?? [];
    expect(suggestions.slice(0, 3).every((s) => concepts(s.controlId).some((c) => c === "detect" || c === "respond" || c === "identify"))).toBe(true);
  });

  it("uses the threats' affected properties when the risk names none", () => {
    const isms = doc({
      threats: [{ id: "t-1", name: "DDoS", affectedProperties: ["availability"] }],
      risks: [{ id: "r-1", title: "Outage", threatIds: ["t-1"], treatment: { option: "modify", controlIds: ["8.6"] } }],
    });
    const [first] = suggestControls("r-1", isms, { limit: 1 });
    expect(first?.reasons[0]).toBe("protects availability, which the risk affects");
  });

  it("counts the organisation's own controls with the concepts of the Annex A controls they relate to", () => {
    const base = {
      assets: [{ id: "a-1", name: "Platform", type: "service" as const }],
      controls: [{ id: "ORG-1", custom: { title: "SOC service", relatedAnnexAIds: ["8.16" as const] }, applicable: true }],
    };
    const withOwn = doc({ ...base, risks: [{ id: "r-1", title: "R", assetIds: ["a-1"], treatment: { option: "modify", controlIds: ["ORG-1"] } }] });
    const reasons = suggestControls("r-1", withOwn, { limit: Infinity }).flatMap((s) => s.reasons);
    expect(reasons.some((reason) => reason.startsWith("adds detect"))).toBe(false);
    expect(reasons.some((reason) => reason.includes("the risk has no controls yet"))).toBe(false);
  });

  it("mentions suppliers when the risk or its assets involve them", () => {
    const isms = doc({
      suppliers: [{ id: "sup-1", name: "Cloud Co", criticality: "critical" }],
      risks: [{ id: "r-1", title: "Supplier breach", treatment: { option: "share", sharedWith: "Cloud Co", supplierIds: ["sup-1"] } }],
    });
    const top = suggestControls("r-1", isms, { limit: 3 });
    expect(top[0]?.reasons).toContain("operational capability supplier relationships security, suited to the risk's suppliers");
  });

  it("is deterministic, ranks by score with catalog order for ties, and honours limit", () => {
    const isms = loadExample("saas-company");
    for (const risk of isms.risks) {
      const all = suggestControls(risk, isms, { limit: Infinity });
      expect(suggestControls(risk.id, isms, { limit: Infinity })).toEqual(all);
      const order = new Map(annexA.controls.map((c, i) => [c.id as string, i]));
      for (let i = 1; i < all.length; i++) {
        const [a, b] = [all[i - 1]!, all[i]!];
        expect(a.score > b.score || (a.score === b.score && order.get(a.controlId)! < order.get(b.controlId)!)).toBe(true);
      }
      for (const s of all) {
        expect(risk.treatment?.controlIds ?? []).not.toContain(s.controlId);
        expect(s.score).toBeGreaterThan(0);
        expect(s.reasons.length).toBeGreaterThan(0);
      }
      expect(suggestControls(risk, isms).length).toBeLessThanOrEqual(10);
      expect(suggestControls(risk, isms, { limit: 2 })).toEqual(all.slice(0, 2));
    }
  });

  it("reports the organisation's current decision on each suggested control", () => {
    const isms = loadExample("startup");
    const byId = new Map(isms.controls.map((c) => [c.id, c.applicable]));
    for (const s of suggestControls(isms.risks[0]!, isms, { limit: Infinity })) {
      expect(s.applicable).toBe(byId.get(s.controlId) ?? null);
    }
  });

  it("ranks the controls of another catalog", () => {
    const acme = defineCatalog({
      id: "acme",
      name: "Acme",
      controls: [
        { id: "ACME-1", title: "Badge readers", theme: "physical", attributes: { securityProperties: ["confidentiality"] } },
        { id: "ACME-2", title: "Intrusion alarms", theme: "physical", attributes: { cybersecurityConcepts: ["detect"] } },
        { id: "ACME-3", title: "Unrelated", theme: "privacy" },
      ],
    });
    const isms = doc({
      assets: [{ id: "a-1", name: "Office", type: "site" }],
      risks: [{ id: "r-1", title: "Break-in", assetIds: ["a-1"], affectedProperties: ["confidentiality"], treatment: { option: "modify", controlIds: ["7.1"] } }],
    });
    expect(suggestControls("r-1", isms, { catalog: acme }).map((s) => [s.controlId, s.score])).toEqual([
      ["ACME-1", 3],
      ["ACME-2", 4],
    ].sort((a, b) => (b[1] as number) - (a[1] as number)));
  });

  it("rejects bad arguments with clear errors", () => {
    const isms = doc({ risks: [{ id: "r-1", title: "R" }] });
    expect(thrownIssues(() => suggestControls("r-9", isms))).toEqual(['/risk invalid_value: the document has no risk with id "r-9"']);
    expect(thrownIssues(() => suggestControls(42 as never, isms))).toEqual(["/risk invalid_type: expected a risk or a risk id; found 42"]);
    expect(thrownIssues(() => suggestControls("r-1", isms, { limit: 0 }))).toEqual(["/options/limit too_small: expected a whole number at least 1; found 0"]);
    expect(thrownIssues(() => suggestControls("r-1", isms, { limit: 2.5 }))).toEqual(["/options/limit invalid_value: expected a whole number at least 1; found 2.5"]);
    expect(thrownIssues(() => suggestControls("r-1", {} as never)).map((line) => line.split(" ")[0])).toEqual(["/isms/assets", "/isms/threats", "/isms/controls", "/isms/risks"]);
    expect(thrownIssues(() => suggestControls("r-1", isms, { catalog: {} as never }))).toEqual(["/options/catalog invalid_type: expected a catalog with controls; found an object"]);
  });

  it("does not mutate its input, on generated documents", () => {
    fc.assert(
      fc.property(arbitraryIsms, (input) => {
        const isms = deepFreeze(parseIsms(input));
        for (const risk of isms.risks) {
          const suggestions = suggestControls(risk, isms, { limit: 5 });
          expect(suggestions.length).toBeLessThanOrEqual(5);
        }
      }),
      { numRuns: 40 },
    );
  });
});
