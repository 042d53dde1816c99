import { describe, expect, it } from "vitest";
import { entityLabel } from "../../../src/export/_lib/entityLabel";
import { loadExample } from "../../treatment/_helpers/documents";

describe("entityLabel", () => {
  const isms = loadExample("saas-company");

  it("names entities by kind, name and id instead of their index", () => {
    expect(entityLabel(isms, "/documents/10")).toBe('document "Access Control Policy" (doc-acp)');
    expect(entityLabel(isms, "/people/25")).toBe('person "Julia Schneider" (p-sales)');
    expect(entityLabel(isms, "/controls/14")).toBe('control 5.15 "Access control"');
  });

  it("follows a pointer through nested entities to the field", () => {
    expect(entityLabel(isms, "/suppliers/7/lastAssessedOn")).toBe('supplier "Zendesk, Inc." (sup-zendesk) › last assessed on');
    expect(entityLabel(isms, "/nonconformities/3/correctiveActions/0")).toBe(
      'nonconformity "Access Control Policy not reviewed at its planned interval" (nc-2026-02) › corrective action "Review, update and re-approve the Access Control Policy" (nc-2026-02-ca1)',
    );
    expect(entityLabel(isms, "/measurements/4/results/0")).toBe(`measurement "Median hours to revoke leavers' access" (m-leaver) › result of ${isms.measurements[4]!.results[0]!.date}`);
  });

  it("names lists, single parts, the whole document, and pointers that lead nowhere", () => {
    expect(entityLabel(isms, "")).toBe("the whole document");
    expect(entityLabel(isms, "/trainings")).toBe("all trainings");
    expect(entityLabel(isms, "/context")).toBe("context");
    expect(entityLabel(isms, "/risks/999")).toBe("risk 1000");
    expect(entityLabel(isms, "/nowhere/a~1b")).toBe("nowhere › a/b");
  });

  it("shortens long names at a word", () => {
    const label = entityLabel(isms, "/context/issues/0");
    expect(label.length).toBeLessThan(100);
    expect(label).toMatch(/^context › issue "As a processor under the GDPR .*…" \(ci-01\)$/);
  });
});
