import { describe, expect, it } from "vitest";
import { buildStatementOfApplicability, parseIsms, type Isms } from "../../../src/index";
import { ISMS_KIT_OSCAL_NS, OscalError, toOscalCatalog, toOscalProfile } from "../../../src/export/oscal/index";
import { deepFreeze } from "../../_lib/deepFreeze";
import { describeWithOscal, EXAMPLES, exampleJson, isUuidV5, oscalSchemaErrors, readOscalJson, uuidsOf } from "./_oscal";

const example = (name: (typeof EXAMPLES)[number]): Isms => parseIsms(exampleJson(name));

const isms = parseIsms({
  schemaVersion: "1.0",
  organization: { name: "Acme" },
  people: [{ id: "p-ceo", name: "Cleo Exec" }],
  risks: [{ id: "r-1", title: "Ransomware", treatment: { option: "modify", controlIds: ["8.13"] } }],
  controls: [
    { id: "5.1", applicable: true, reasons: ["best-practice"], implementationStatus: "implemented", justification: "Policies are the base.\nAll of them." },
    { id: "8.13", applicable: true, implementationStatus: "planned", ownerId: "p-ceo", plannedImplementationDate: "2026-09-30" },
    { id: "7.4", applicable: false, justification: "No premises of our own." },
    { id: "5.2", applicable: true },
    { id: "7.5", applicable: null },
    { id: "ACME-1", applicable: true, custom: { title: "Customer data stays in the EU", relatedAnnexAIds: ["5.34"] }, implementationStatus: "implemented" },
  ],
});
const soa = buildStatementOfApplicability(isms, { date: "2026-06-30", version: "1.0", approvedById: "p-ceo", approvedOn: "2026-06-30" });

describe("toOscalProfile", () => {
  const { profile } = toOscalProfile(soa, { catalogHref: "annex-a.oscal.json" });
  const applicableIds = soa.rows.filter((row) => row.source === "annex-a" && row.applicable === true).map((row) => `A.${row.controlId}`);

  it("selects the applicable controls of the catalog by their OSCAL ids and lists the excluded ones", () => {
    expect(profile.imports).toHaveLength(1);
    const [entry] = profile.imports;
    expect(entry?.["include-controls"]).toEqual([{ "with-ids": applicableIds }]);
    expect(entry?.["exclude-controls"]).toEqual([{ "with-ids": ["A.7.4"] }]);
    expect(entry?.href).toBe(`#${profile["back-matter"].resources[0]?.uuid}`);
    expect(profile["back-matter"].resources[0]?.rlinks).toEqual([{ href: "annex-a.oscal.json", "media-type": "application/json" }]);
    expect(profile.merge).toEqual({ "as-is": true });
  });

  it("selects ids that the catalog of toOscalCatalog holds", () => {
    const catalogIds = new Set((toOscalCatalog().catalog.groups ?? []).flatMap((group) => (group.controls ?? []).map((control) => control.id)));
    expect(applicableIds.every((id) => catalogIds.has(id))).toBe(true);
    expect(profile.modify?.alters.every((alter) => catalogIds.has(alter["control-id"]))).toBe(true);
  });

  it("adds implementation status, reasons, owner, dates and risks as props, and the justification as a part", () => {
    const alter = (id: string) => profile.modify?.alters.find((a) => a["control-id"] === id)?.adds[0];
    expect(alter("A.5.1")).toEqual({
      position: "ending",
      props: [
        { name: "implementation-status", ns: ISMS_KIT_OSCAL_NS, value: "implemented" },
        { name: "inclusion-reason", ns: ISMS_KIT_OSCAL_NS, value: "best-practice" },
      ],
      parts: [{ name: "justification", ns: ISMS_KIT_OSCAL_NS, prose: "Policies are the base.\nAll of them." }],
    });
    expect(alter("A.8.13")?.props?.map((p) => `${p.name}=${p.value}${p.class === undefined ? "" : ` (${p.class})`}`)).toEqual([
      "implementation-status=planned",
      "inclusion-reason=risk-treatment (derived)",
      "owner-id=p-ceo",
      "planned-implementation-date=2026-09-30",
      "risk-id=r-1",
    ]);
    const withProblems = soa.rows.filter((row) => row.source === "annex-a" && row.applicable === true && row.problems.length > 0);
    expect(withProblems.length).toBeGreaterThan(0);
    for (const row of withProblems) {
      expect(alter(`A.${row.controlId}`)?.props?.filter((p) => p.name === "soa-problem").map((p) => p.value)).toEqual(row.problems.map((problem) => problem.code));
    }
    expect(profile.modify?.alters.map((a) => a["control-id"])).toEqual(applicableIds);
  });

  it("records the SoA's metadata, the approver, the exclusions with their justification, undecided and own controls", () => {
    expect(profile.metadata).toMatchObject({ title: "Statement of Applicability", "last-modified": "2026-06-30T00:00:00Z", version: "1.0" });
    expect(profile.metadata.parties?.map((party) => party.name)).toEqual(["Acme", "Cleo Exec"]);
    expect(profile.metadata["responsible-parties"]).toEqual([{ "role-id": "approver", "party-uuids": [profile.metadata.parties?.[1]?.uuid] }]);
    const remarks = profile.metadata.remarks ?? "";
    expect(remarks).toContain("- A.7.4 Physical security monitoring: No premises of our own.");
    expect(remarks).toContain("Controls without a decision:\n\n- A.5.3 Segregation of duties\n");
    expect(remarks).toContain("- ACME-1 Customer data stays in the EU (applicable, implemented), related to 5.34");
  });

  it("needs lastModified when the SoA has no date, and rejects an invalid one", () => {
    const undated = buildStatementOfApplicability(isms, { documentId: null });
    expect(() => toOscalProfile(undated)).toThrow(/options.lastModified: the Statement of Applicability has no date/);
    expect(toOscalProfile(undated, { lastModified: "2026-07-01" }).profile.metadata["last-modified"]).toBe("2026-07-01T00:00:00Z");
    expect(() => toOscalProfile(soa, { lastModified: "July" })).toThrow(OscalError);
  });

  it("reads a blank version or title of the SoA's document as none, and blames only the options for their own values", () => {
    const withBlank = parseIsms({
      schemaVersion: "1.0",
      organization: { name: "Acme" },
      documents: [{ id: "doc-soa", title: "Statement of Applicability", type: "record", version: " \n ", clauseIds: ["6.1.3"] }],
    });
    const blank = buildStatementOfApplicability(withBlank, { date: "2026-06-30" });
    expect(blank.metadata.version).toBe(" \n ");
    expect(toOscalProfile(blank).profile.metadata.version).toBe("2026-06-30");
    expect(toOscalProfile({ ...blank, metadata: { ...blank.metadata, title: "\n" } }).profile.metadata.title).toBe("Statement of Applicability");
    let caught: unknown;
    try {
      toOscalProfile(blank, { version: " ", title: "" });
    } catch (error) {
      caught = error;
    }
    expect((caught as OscalError).issues.map((issue) => `${issue.code} ${issue.pointer}`)).toEqual(["too_small /options/title", "too_small /options/version"]);
  });

  it("stays valid when nothing is applicable: all included, all excluded", () => {
    const none = buildStatementOfApplicability(parseIsms({ schemaVersion: "1.0", organization: { name: "Empty" } }), { date: "2026-06-30" });
    const [entry] = toOscalProfile(none).profile.imports;
    expect(entry?.["include-all"]).toEqual({});
    expect(entry?.["exclude-controls"]?.[0]?.["with-ids"]).toHaveLength(93);
  });

  it("is deterministic, with version 5 UUIDs", () => {
    const a = JSON.stringify(toOscalProfile(buildStatementOfApplicability(example("saas-company"))));
    expect(JSON.stringify(toOscalProfile(buildStatementOfApplicability(example("saas-company"))))).toBe(a);
    expect(uuidsOf(JSON.parse(a)).every(isUuidV5)).toBe(true);
  });

  it("does not mutate its input", () => {
    const frozen = deepFreeze(structuredClone(buildStatementOfApplicability(example("saas-company"))));
    expect(() => toOscalProfile(frozen, deepFreeze({ version: "x" }))).not.toThrow();
  });
});

describeWithOscal("toOscalProfile output against the official OSCAL 1.2.1 profile schema", () => {
  it.each(EXAMPLES)("validates for examples/%s.isms.json", (name) => {
    const profile = toOscalProfile(buildStatementOfApplicability(example(name)), { lastModified: "2026-11-28" });
    expect(oscalSchemaErrors("profile", profile)).toEqual([]);
  });

  it("validates for the hand-made SoA and for one with nothing applicable", () => {
    expect(oscalSchemaErrors("profile", toOscalProfile(soa))).toEqual([]);
    const none = buildStatementOfApplicability(parseIsms({ schemaVersion: "1.0", organization: { name: "Empty" } }), { date: "2026-06-30" });
    expect(oscalSchemaErrors("profile", toOscalProfile(none))).toEqual([]);
  });

  it("the validator accepts NIST's SP 800-53 LOW baseline profile (so it checks what it should)", () => {
    expect(oscalSchemaErrors("profile", readOscalJson("examples/NIST_SP-800-53_rev5_LOW-baseline_profile.json"))).toEqual([]);
  });
});
