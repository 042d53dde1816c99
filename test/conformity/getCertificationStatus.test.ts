import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getCertificationStatus, parseIsms, type IsmsInput } from "../../src/index";
import { deepFreeze } from "../_lib/deepFreeze";

const doc = (certification: unknown, audits: IsmsInput["audits"] = []) =>
  parseIsms({ schemaVersion: "1.0", organization: { name: "Acme", ...(certification ? { certification } : {}) }, audits } as IsmsInput);
const certified = { edition: "2022", status: "certified", certifiedOn: "2025-03-17", expiresOn: "2028-03-16" };
const surveillance = (id: string, performedOn: string, status = "completed") => ({ id, type: "surveillance" as const, status: status as "completed", performedOn });

describe("getCertificationStatus", () => {
  it("knows an organisation without a certificate", () => {
    expect(getCertificationStatus(doc(undefined), { asOf: "2026-01-01" })).toMatchObject({ status: "not-certified", nextAudit: undefined, cycle: undefined });
  });

  it("follows an organisation working towards certification to its stage 1, then stage 2", () => {
    const planned = [{ id: "s1", type: "certification-stage-1" as const, status: "planned" as const, plannedOn: "2027-01-26" }];
    expect(getCertificationStatus(doc({ edition: "2022", status: "in-progress" }, planned), { asOf: "2026-11-28" })).toMatchObject({
      status: "in-progress",
      nextAudit: { kind: "certification-stage-1", plannedOn: "2027-01-26" },
      message: "Working towards certification; the next step is the stage 1 audit, planned on 2027-01-26.",
    });
    const afterStage1 = [{ id: "s1", type: "certification-stage-1" as const, status: "completed" as const, performedOn: "2027-01-26" }];
    expect(getCertificationStatus(doc({ edition: "2022", status: "in-progress", nextAuditOn: "2027-03-01" }, afterStage1), { asOf: "2027-02-01" }).nextAudit).toEqual({
      kind: "certification-stage-2",
      plannedOn: "2027-03-01",
    });
  });

  it("reports a valid certificate and its next surveillance audit", () => {
    const result = getCertificationStatus(doc(certified), { asOf: "2025-09-01" });
    expect(result).toMatchObject({ status: "valid", expiresOn: "2028-03-16", nextAudit: { kind: "surveillance", sequence: 1, dueBy: "2026-03-16" } });
    expect(result.cycle?.audits).toHaveLength(3);
  });

  it("reports a surveillance audit past its latest date", () => {
    expect(getCertificationStatus(doc(certified), { asOf: "2026-03-17" })).toMatchObject({ status: "surveillance-overdue", nextAudit: { sequence: 1, dueBy: "2026-03-16" } });
    expect(getCertificationStatus(doc(certified, [surveillance("a", "2026-02-17")]), { asOf: "2027-03-17" })).toMatchObject({ status: "surveillance-overdue", nextAudit: { sequence: 2 } });
    expect(getCertificationStatus(doc(certified, [surveillance("a", "2026-02-17", "planned")]), { asOf: "2026-04-01" }).status).toBe("surveillance-overdue");
  });

  it("moves on to recertification after both surveillance audits", () => {
    const audits = [surveillance("a", "2026-02-17"), surveillance("b", "2027-02-16"), { id: "r", type: "recertification" as const, status: "planned" as const, plannedOn: "2028-01-20" }];
    expect(getCertificationStatus(doc(certified, audits), { asOf: "2027-06-01" }).nextAudit).toEqual({ kind: "recertification", sequence: 1, dueBy: "2028-03-16", plannedOn: "2028-01-20" });
  });

  it("takes the cycle from the certification body's decisions", () => {
    const stage2 = { id: "s2", type: "certification-stage-2" as const, status: "completed" as const, performedOn: "2025-02-24", decision: { outcome: "certified" as const, decidedOn: "2025-03-17" } };
    const fromAudits = getCertificationStatus(doc(undefined, [stage2, surveillance("a", "2026-02-17")]), { asOf: "2026-11-28" });
    expect(fromAudits).toMatchObject({ status: "valid", certifiedOn: "2025-03-17", expiresOn: "2028-03-16", nextAudit: { kind: "surveillance", sequence: 2, dueBy: "2027-03-16" } });
    const recert = { id: "r", type: "recertification" as const, status: "completed" as const, performedOn: "2028-01-20", decision: { outcome: "recertified" as const, decidedOn: "2028-02-20" } };
    expect(getCertificationStatus(doc(certified, [stage2, recert]), { asOf: "2028-06-01" })).toMatchObject({
      status: "valid",
      certifiedOn: "2028-02-20",
      expiresOn: "2031-02-19",
      nextAudit: { kind: "surveillance", sequence: 1, dueBy: "2029-02-19" },
    });
    const special = { id: "sp", type: "special" as const, status: "completed" as const, performedOn: "2026-05-01", decision: { outcome: "suspended" as const, decidedOn: "2026-05-10" } };
    expect(getCertificationStatus(doc(certified, [special]), { asOf: "2026-06-01" }).status).toBe("suspended");
    const lifted = { ...special, id: "sp2", performedOn: "2026-07-01", decision: { outcome: "continued" as const, decidedOn: "2026-07-05" } };
    expect(getCertificationStatus(doc(certified, [surveillance("a", "2026-02-17"), special, lifted]), { asOf: "2026-08-01" }).status).toBe("valid");
    const refused = { ...stage2, decision: { outcome: "refused" as const, decidedOn: "2025-03-17" } };
    expect(getCertificationStatus(doc({ edition: "2022", status: "in-progress" }, [refused]), { asOf: "2025-04-01" }).status).toBe("not-certified");
  });

  it("reports an expired certificate, by its date or its status", () => {
    expect(getCertificationStatus(doc(certified), { asOf: "2028-03-17" })).toMatchObject({ status: "expired", message: "The certificate expired on 2028-03-16; a new certification audit is needed." });
    expect(getCertificationStatus(doc({ ...certified, status: "expired" }), { asOf: "2026-01-01" }).status).toBe("expired");
  });

  it("knows that certificates against the 2013 edition ended on 2025-10-31", () => {
    const old = { edition: "2013", status: "certified", certifiedOn: "2023-05-02" };
    const kept = [surveillance("a", "2024-04-01"), surveillance("b", "2025-04-01")];
    expect(getCertificationStatus(doc(old, kept), { asOf: "2025-10-31" })).toMatchObject({ status: "valid", nextAudit: { kind: "recertification", dueBy: "2026-05-01" } });
    expect(getCertificationStatus(doc(old, kept), { asOf: "2025-10-31" }).message).toContain("issued against the 2013 edition, whose certificates end on 2025-10-31");
    expect(getCertificationStatus(doc(old, kept), { asOf: "2025-11-01" })).toMatchObject({ status: "transition-ended", nextAudit: { kind: "recertification" } });
  });

  it("passes on a suspension or withdrawal", () => {
    expect(getCertificationStatus(doc({ ...certified, status: "suspended" }), { asOf: "2026-01-01" }).status).toBe("suspended");
    expect(getCertificationStatus(doc({ ...certified, status: "withdrawn" }), { asOf: "2026-01-01" }).status).toBe("withdrawn");
  });

  it("judges a certificate without dates as valid, saying what it cannot check", () => {
    expect(getCertificationStatus(doc({ edition: "2022", status: "certified" }), { asOf: "2026-01-01" })).toMatchObject({ status: "valid", cycle: undefined, nextAudit: undefined });
  });

  it("reads the examples: the SaaS company is valid until 2028, the start-up heads for stage 1", () => {
    const read = (f: string) => parseIsms(JSON.parse(readFileSync(new URL(`../../examples/${f}`, import.meta.url), "utf8")));
    expect(getCertificationStatus(read("saas-company.isms.json"), { asOf: "2026-11-28" })).toMatchObject({
      status: "valid",
      nextAudit: { kind: "surveillance", sequence: 2, dueBy: "2027-03-16", plannedOn: "2027-02-16" },
    });
    expect(getCertificationStatus(read("startup.isms.json"), { asOf: "2026-11-28" })).toMatchObject({
      status: "in-progress",
      nextAudit: { kind: "certification-stage-1", plannedOn: "2027-01-26" },
    });
  });

  it("does not mutate its input and rejects a bad asOf", () => {
    const isms = deepFreeze(doc(certified, [surveillance("a", "2026-02-17")]));
    expect(() => getCertificationStatus(isms, { asOf: "2026-05-01" })).not.toThrow();
    expect(() => getCertificationStatus(isms, { asOf: "yesterday" })).toThrow('Invalid arguments to getCertificationStatus: 1 problem\n  options.asOf: expected a calendar date YYYY-MM-DD that exists; found "yesterday"');
  });
});
