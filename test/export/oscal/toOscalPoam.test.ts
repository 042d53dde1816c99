import { describe, expect, it } from "vitest";
import { parseIsms, type Isms } from "../../../src/index";
import { ISMS_KIT_OSCAL_NS, OscalError, toOscalPoam, type OscalPoam, type OscalPoamItem } from "../../../src/export/oscal/index";
import { deepFreeze } from "../../_lib/deepFreeze";
import { describeWithOscal, EXAMPLES, exampleJson, isUuidV5, oscalSchemaErrors, readOscalJson, TODAY, uuidsOf } from "./_oscal";

const example = (name: (typeof EXAMPLES)[number]): Isms => parseIsms(exampleJson(name));
const prop = (item: { props?: { name: string; ns?: string; value: string }[] } | undefined, name: string) =>
  item?.props?.filter((p) => p.name === name && p.ns === ISMS_KIT_OSCAL_NS).map((p) => p.value);

const isms = parseIsms({
  schemaVersion: "1.0",
  organization: { name: "Acme" },
  people: [{ id: "p-it", name: "Ida Tech" }],
  riskMethod: { preset: "3x3" },
  risks: [
    { id: "r-1", title: "Laptop theft", ownerId: "p-it", inherent: { likelihood: "likely", impact: "moderate" }, residual: { likelihood: "unlikely", impact: "moderate" } },
    { id: "r-2", title: "Closed risk", status: "closed" },
  ],
  treatmentPlans: [
    {
      id: "tp-1",
      title: "Protect laptops",
      riskIds: ["r-1", "r-2"],
      actions: [
        { id: "a-1", description: "Encrypt every laptop", ownerId: "p-it", startedOn: "2026-05-01", dueDate: "2026-09-30", status: "in-progress", controlIds: ["8.1"] },
        { id: "a-2", description: "Buy cable locks", dueDate: "2026-12-31", status: "open" },
        { id: "a-3", description: "Write the policy", status: "done" },
        { id: "a-4", description: "Dropped idea", status: "cancelled" },
      ],
    },
  ],
  nonconformities: [
    {
      id: "nc-1",
      title: "Access review skipped",
      description: "The Q1 access review has no record.",
      source: "internal-audit",
      severity: "minor",
      raisedOn: "2026-04-20",
      controlIds: ["5.18"],
      clauseIds: ["9.2.2"],
      rootCause: { description: "Nobody owned the review." },
      correctiveActions: [
        { id: "ca-1", description: "Name an owner", status: "done", completedOn: "2026-05-01" },
        { id: "ca-2", description: "Automate the export", ownerId: "p-it", dueDate: "2026-08-31", status: "open" },
      ],
      status: "in-progress",
    },
    { id: "nc-2", title: "Closed one", source: "complaint", raisedOn: "2026-01-10", status: "closed" },
  ],
});

describe("toOscalPoam", () => {
  const poam = toOscalPoam(isms, { asOf: "2026-06-30" })["plan-of-action-and-milestones"];

  it("makes a POA&M item of each open or in-progress treatment action and open nonconformity", () => {
    expect(poam["poam-items"].map((item) => [item.title, prop(item, "source")?.[0]])).toEqual([
      ["Encrypt every laptop", "treatment-plan-action"],
      ["Buy cable locks", "treatment-plan-action"],
      ["Access review skipped", "nonconformity"],
    ]);
    expect(prop(poam["poam-items"][0], "control-id")).toEqual(["8.1"]);
    expect(prop(poam["poam-items"][2], "clause")).toEqual(["9.2.2"]);
  });

  it("links action items to the open risks their plan treats, with ratings, remediations and deadline", () => {
    const [laptop, nc] = poam.risks ?? [];
    expect(poam.risks).toHaveLength(2);
    expect(poam["poam-items"][0]?.["related-risks"]).toEqual([{ "risk-uuid": laptop?.uuid }]);
    expect(laptop).toMatchObject({ title: "Laptop theft", status: "remediating", deadline: "2026-12-31T23:59:59Z" });
    expect(laptop?.characterizations?.map((c) => [prop(c, "rating"), c.facets.map((f) => `${f.name}=${f.value}`)])).toEqual([
      [["inherent"], ["likelihood=likely", "impact=moderate", "risk=high"]],
      [["residual"], ["likelihood=unlikely", "impact=moderate", "risk=low"]],
    ]);
    expect(laptop?.remediations?.map((r) => [r.title, r.lifecycle, r.tasks?.[0]?.timing])).toEqual([
      ["Encrypt every laptop", "planned", { "within-date-range": { start: "2026-05-01T00:00:00Z", end: "2026-09-30T23:59:59Z" } }],
      ["Buy cable locks", "planned", { "on-date": { date: "2026-12-31T23:59:59Z" } }],
    ]);
    expect(laptop?.remediations?.[0]?.tasks?.[0]?.["responsible-roles"]).toEqual([{ "role-id": "action-owner", "party-uuids": [expect.any(String)] }]);
    expect(nc).toMatchObject({ title: "Nonconformity: Access review skipped", statement: "Nobody owned the review.", status: "remediating", deadline: "2026-08-31T23:59:59Z" });
    expect(nc?.remediations?.map((r) => [r.title, r.lifecycle])).toEqual([
      ["Name an owner", "completed"],
      ["Automate the export", "planned"],
    ]);
  });

  it("records a nonconformity as an observation", () => {
    expect(poam.observations).toEqual([
      expect.objectContaining({ title: "Access review skipped", methods: ["EXAMINE"], types: ["finding"], collected: "2026-04-20T00:00:00Z" }),
    ]);
    expect(poam["poam-items"][2]?.["related-observations"]).toEqual([{ "observation-uuid": poam.observations?.[0]?.uuid }]);
  });

  it("names the organization and the action owners as parties", () => {
    expect(poam.metadata.parties?.map((party) => [party.type, party.name])).toEqual([
      ["organization", "Acme"],
      ["person", "Ida Tech"],
    ]);
    expect(poam.metadata.roles).toEqual([{ id: "action-owner", title: "Action owner" }]);
    expect(poam.metadata["last-modified"]).toBe("2026-06-30T00:00:00Z");
  });

  it("holds one placeholder item when nothing is open (OSCAL requires one)", () => {
    const items = toOscalPoam(parseIsms({ schemaVersion: "1.0", organization: { name: "Calm" } }), { asOf: "2026-06-30" })["plan-of-action-and-milestones"]["poam-items"];
    expect(items.map((item: OscalPoamItem) => [item.title, prop(item, "placeholder")])).toEqual([["No open treatment-plan actions or nonconformities", ["true"]]]);
  });

  it("still writes the POA&M when the risk method is unusable, without ratings", () => {
    const noMethod = parseIsms({
      schemaVersion: "1.0",
      organization: { name: "Acme" },
      risks: [{ id: "r-1", title: "Unrated" }],
      treatmentPlans: [{ id: "tp", title: "Plan", riskIds: ["r-1"], actions: [{ id: "a", description: "Do it", status: "open" }] }],
    });
    const risks = toOscalPoam(noMethod, { asOf: "2026-06-30" })["plan-of-action-and-milestones"].risks;
    expect(risks?.map((risk) => [risk.title, risk.characterizations])).toEqual([["Unrated", undefined]]);
  });

  it("is deterministic, with version 5 UUIDs that are all distinct", () => {
    const a = JSON.stringify(toOscalPoam(example("saas-company"), { asOf: TODAY }));
    expect(JSON.stringify(toOscalPoam(example("saas-company"), { asOf: TODAY }))).toBe(a);
    const uuids = uuidsOf(JSON.parse(a));
    expect(uuids.every(isUuidV5)).toBe(true);
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it("takes lastModified and version from the options, and rejects a bad asOf or lastModified", () => {
    const metadata = toOscalPoam(isms, { asOf: new Date(2026, 5, 30), lastModified: "2026-07-01T08:00:00+02:00", version: "Q2" })["plan-of-action-and-milestones"].metadata;
    expect([metadata["last-modified"], metadata.version]).toEqual(["2026-07-01T08:00:00+02:00", "Q2"]);
    let caught: unknown;
    try {
      toOscalPoam(isms, { asOf: "30/06/2026", lastModified: "noon" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OscalError);
    expect((caught as OscalError).issues.map((issue) => `${issue.code} ${issue.pointer}`)).toEqual(["invalid_value /options/asOf", "invalid_format /options/lastModified"]);
    expect(() => toOscalPoam(isms, undefined as never)).toThrow(/options.asOf: expected a calendar day/);
  });

  it("rejects an asOf outside the years OSCAL accepts (1900–2999), given as a day or a Date", () => {
    for (const asOf of ["1899-12-31", "3000-01-01", new Date(Date.UTC(1850, 0, 2, 12))]) {
      let caught: unknown;
      try {
        toOscalPoam(isms, { asOf });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(OscalError);
      expect((caught as OscalError).issues.map((issue) => `${issue.code} ${issue.pointer}: ${issue.message}`)).toEqual([
        expect.stringMatching(/^invalid_value \/options\/asOf: expected a calendar day from 1900-01-01 to 2999-12-31/),
      ]);
    }
    expect(toOscalPoam(isms, { asOf: "1900-01-01" })["plan-of-action-and-milestones"].metadata["last-modified"]).toBe("1900-01-01T00:00:00Z");
  });

  it("writes 29 February of the 1900s as OSCAL's pattern accepts it: the same instant, with an offset", () => {
    // The OSCAL 1.2.1 pattern rejects 1904-02-29 … 1996-02-29 (found by the pipeline fuzzer).
    const poam = toOscalPoam(isms, { asOf: "1916-02-29" });
    expect(poam["plan-of-action-and-milestones"].metadata["last-modified"]).toBe("1916-02-28T23:00:00-01:00");
    expect(Date.parse("1916-02-28T23:00:00-01:00")).toBe(Date.parse("1916-02-29T00:00:00Z"));
    expect(oscalSchemaErrors("poam", poam)).toEqual([]);
    expect(toOscalPoam(isms, { asOf: new Date(Date.UTC(1996, 1, 29, 15, 30)), lastModified: new Date(Date.UTC(1996, 1, 29, 15, 30)) })["plan-of-action-and-milestones"].metadata["last-modified"]).toBe(
      "1996-03-01T00:30:00.000+09:00",
    );
    expect(toOscalPoam(isms, { asOf: "2026-06-30", lastModified: "1904-02-29T11:00:00Z" })["plan-of-action-and-milestones"].metadata["last-modified"]).toBe("1904-02-28T23:00:00-12:00");
  });

  it("does not mutate its input", () => {
    const frozen = deepFreeze(structuredClone(example("saas-company")));
    expect(() => toOscalPoam(frozen, deepFreeze({ asOf: TODAY }))).not.toThrow();
  });
});

describeWithOscal("toOscalPoam output against the official OSCAL 1.2.1 POA&M schema", () => {
  it.each(EXAMPLES)("validates for examples/%s.isms.json", (name) => {
    const poam: OscalPoam = toOscalPoam(example(name), { asOf: TODAY });
    expect(poam["plan-of-action-and-milestones"]["poam-items"].length).toBeGreaterThan(0);
    expect(oscalSchemaErrors("poam", poam)).toEqual([]);
  });

  it("validates for the hand-made document above and for one with nothing open", () => {
    expect(oscalSchemaErrors("poam", toOscalPoam(isms, { asOf: "2026-06-30" }))).toEqual([]);
    expect(oscalSchemaErrors("poam", toOscalPoam(parseIsms({ schemaVersion: "1.0", organization: { name: "Calm" } }), { asOf: "2026-06-30" }))).toEqual([]);
  });

  it("the validator accepts NIST's own POA&M example (so it checks what it should)", () => {
    expect(oscalSchemaErrors("poam", readOscalJson("examples/ifa_plan-of-action-and-milestones.json"))).toEqual([]);
    expect(oscalSchemaErrors("poam", { "plan-of-action-and-milestones": { uuid: "x" } }).length).toBeGreaterThan(0);
  });
});
