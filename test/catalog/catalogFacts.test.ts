/**
 * Pins the facts that `catalog/SOURCES.md` records a decision for, and a sample of facts checked
 * against the sources, so that a later edit cannot silently undo them.
 */
import { describe, expect, it } from "vitest";
import { annexA, annexA2013, clauses, getClause, getControl } from "../../src/catalog/index";
import { mapFrom2013, mapTo2013 } from "../../src/mappings/index";

describe("catalog facts recorded in catalog/SOURCES.md", () => {
  it("5.22: information_security_assurance is an operational capability, not a security domain (2022-03 correction)", () => {
    expect(getControl("5.22").attributes).toEqual({
      controlTypes: ["preventive"],
      securityProperties: ["confidentiality", "integrity", "availability"],
      cybersecurityConcepts: ["identify"],
      operationalCapabilities: ["supplier_relationships_security", "information_security_assurance"],
      securityDomains: ["governance_and_ecosystem", "protection", "defence"],
    });
  });

  it("6.6: the table's '#Supplier_relationships' is the defined value supplier_relationships_security", () => {
    expect(getControl("6.6").attributes.operationalCapabilities).toEqual([
      "information_protection",
      "human_resource_security",
      "supplier_relationships_security",
    ]);
    expect(getControl("6.6").attributes.securityProperties).toEqual(["confidentiality"]);
  });

  it("7.4 and 7.13 follow the corrected standard", () => {
    expect(getControl("7.4").attributes).toEqual({
      controlTypes: ["preventive", "detective"],
      securityProperties: ["confidentiality", "integrity", "availability"],
      cybersecurityConcepts: ["protect", "detect"],
      operationalCapabilities: ["physical_security"],
      securityDomains: ["protection", "defence"],
    });
    expect(getControl("7.13").attributes).toEqual({
      controlTypes: ["preventive"],
      securityProperties: ["confidentiality", "integrity", "availability"],
      cybersecurityConcepts: ["protect"],
      operationalCapabilities: ["asset_management", "physical_security"],
      securityDomains: ["protection", "resilience"],
    });
  });

  it("uses the ISO/IEC 27001:2022 Annex A titles", () => {
    expect(getControl("5.1").title).toBe("Policies for information security");
    expect(getControl("5.22").title).toBe("Monitoring, review and change management of supplier services");
    expect(getControl("5.34").title).toBe("Privacy and protection of PII");
    expect(getControl("8.1").title).toBe("User end point devices");
    expect(getControl("8.25").title).toBe("Secure development life cycle");
    expect(getControl("8.34").title).toBe("Protection of information systems during audit testing");
  });

  it("the 11 controls new in 2022", () => {
    expect(annexA.controls.filter((c) => c.isNew).map((c) => c.id)).toEqual([
      "5.7", "5.23", "5.30", "7.4", "8.9", "8.10", "8.11", "8.12", "8.16", "8.23", "8.28",
    ]);
  });

  it("merged and split controls of the 2013 → 2022 correspondence", () => {
    expect(mapTo2013("8.32")).toEqual(["A.12.1.2", "A.14.2.2", "A.14.2.3", "A.14.2.4"]);
    expect(mapTo2013("7.10")).toEqual(["A.8.3.1", "A.8.3.2", "A.8.3.3", "A.11.2.5"]);
    expect(mapTo2013("5.17")).toEqual(["A.9.2.4", "A.9.3.1", "A.9.4.3"]);
    expect(mapFrom2013("A.18.2.3")).toEqual(["5.36", "8.8"]);
    expect(mapFrom2013("A.13.2.1")).toEqual(["5.14"]);
    expect(mapFrom2013("A.17.2.1")).toEqual(["8.14"]);
    expect(annexA2013.controls.filter((c) => mapFrom2013(c.id).length > 1).map((c) => c.id)).toEqual(["A.18.2.3"]);
    expect(annexA.controls.filter((c) => mapTo2013(c.id).length > 0)).toHaveLength(82);
    expect(annexA2013.controls.reduce((n, c) => n + mapFrom2013(c.id).length, 0)).toBe(115);
  });

  it("uses the ISO/IEC 27001:2013 Annex A titles", () => {
    const title = (id: string) => annexA2013.controls.find((c) => c.id === id)?.title;
    expect(title("A.12.4.4")).toBe("Clock synchronisation");
    expect(title("A.13.1.3")).toBe("Segregation in networks");
    expect(title("A.11.2.7")).toBe("Secure disposal or reuse of equipment");
    expect(title("A.9.4.2")).toBe("Secure log-on procedures");
  });

  it("clause titles of the 2022 edition: 6.3 is new, 10.1 is continual improvement, 10.2 nonconformity", () => {
    expect(getClause("4.1").title).toBe("Understanding the organization and its context");
    expect(getClause("6.1.3").title).toBe("Information security risk treatment");
    expect(getClause("6.3").title).toBe("Planning of changes");
    expect(getClause("9.2.2").title).toBe("Internal audit programme");
    expect(getClause("10.1").title).toBe("Continual improvement");
    expect(getClause("10.2").title).toBe("Nonconformity and corrective action");
    expect(clauses.filter((c) => !c.assessable).map((c) => c.id)).toEqual([
      "4", "5", "6", "6.1", "7", "7.5", "8", "9", "9.2", "9.3", "10",
    ]);
  });
});
