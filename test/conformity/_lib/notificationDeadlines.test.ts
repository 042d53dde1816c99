import { describe, expect, it } from "vitest";
import { IncidentSchema, parseIsms, resolveIsmsParameters } from "../../../src/index";
import { isLate, isOverdue, notificationStandings, requiredRegimes } from "../../../src/conformity/_lib/notificationDeadlines";

const parameters = resolveIsmsParameters(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, parameters: { notificationDeadlineHours: { "nis2-early-warning": 12 } } }));
const incident = (extra: object) =>
  IncidentSchema.parse({ id: "inc", title: "Outage", severity: "high", status: "resolved", detectedAt: "2026-10-24T22:00:00+02:00", ...extra });
const triage = (regimes: string[], decidedAt = "2026-10-24T23:00:00+02:00") => ({ triage: { decidedAt, decidedById: "p", classification: "incident", regimes } });

describe("notification deadlines", () => {
  it("bring the reports that follow a listed regime (NIS2's final report, DORA's intermediate and final reports)", () => {
    expect(requiredRegimes(incident(triage(["nis2-notification"]))).map((r) => r.id)).toEqual(["nis2-notification", "nis2-final-report"]);
    expect(requiredRegimes(incident(triage(["dora-initial"]))).map((r) => r.id)).toEqual(["dora-initial", "dora-intermediate", "dora-final"]);
    expect(requiredRegimes(incident({ ...triage(["gdpr-authority"]), triage: { ...triage([]).triage, classification: "event", regimes: ["gdpr-authority"] } }))).toEqual([]);
  });

  it("run on instants across a change of daylight-saving time, with the organisation's own target", () => {
    // Aware at 23:00 CEST on 24 October; 12 hours later is 10:00 CET on 25 October, after the clocks went back.
    const [early] = notificationStandings(incident(triage(["nis2-early-warning"])), parameters);
    expect(early?.due).toBe("2026-10-25T11:00:00+02:00");
    expect(isLate("2026-10-25T10:30:00+01:00", early!.due)).toBe(true);
    expect(isLate("2026-10-25T09:30:00+01:00", early!.due)).toBe(false);
    expect(early?.deadlines.map((d) => [d.parameter.id, d.parameter.source, d.after])).toEqual([["notificationDeadlineHours.nis2-early-warning", "organization", "awareness"]]);
  });

  it("start a follow-up's clock when the report before it is sent, and not before", () => {
    const sent = incident({ ...triage(["nis2-notification"]), notifications: [{ id: "n", regime: "nis2-notification", recipient: "CSIRT", sentAt: "2026-01-31T09:00:00+01:00" }] });
    expect(notificationStandings(sent, parameters).map((s) => [s.regime.id, s.due])).toEqual([
      ["nis2-notification", "2026-10-27T23:00:00+02:00"],
      ["nis2-final-report", "2026-02-28T09:00:00+01:00"],
    ]);
    expect(notificationStandings(incident(triage(["nis2-notification"])), parameters).map((s) => s.regime.id)).toEqual(["nis2-notification"]);
  });

  it("take the earliest of DORA's two clocks, and a notification's own deadline over the regime's", () => {
    const dora = incident({ ...triage(["dora-initial"]), awareAt: "2026-10-24T22:30:00+02:00", classifiedAt: "2026-10-25T20:00:00+01:00" });
    // 4 hours from classification is 00:00 CET on the 26th; 24 hours from awareness comes first.
    expect(notificationStandings(dora, parameters)[0]?.due).toBe("2026-10-25T22:30:00+02:00");
    const own = incident({ ...triage(["contractual"]), notifications: [{ id: "n", regime: "contractual", recipient: "Customer", dueAt: "2026-10-25T12:00:00+02:00" }] });
    expect(notificationStandings(own, parameters)).toMatchObject([{ due: "2026-10-25T12:00:00+02:00", deadlines: [] }]);
  });

  it("judge by whole days, giving the benefit of the doubt, when only a day is known", () => {
    const dayOnly = { ...incident(triage(["gdpr-authority"])), detectedAt: undefined, triage: undefined, detectedOn: "2026-03-02" };
    const withDays = { ...dayOnly, triage: { decidedAt: undefined as unknown as string, decidedById: "p", classification: "incident" as const, regimes: ["gdpr-authority" as const] } };
    const [gdpr] = notificationStandings(withDays, parameters);
    expect(gdpr?.due).toBe("2026-03-05");
    expect(isLate("2026-03-05T23:59:00+01:00", gdpr!.due)).toBe(false);
    expect(isLate("2026-03-06T00:01:00+01:00", gdpr!.due)).toBe(true);
    expect(isOverdue(gdpr!.due, "2026-03-05")).toBe(false);
    expect(isOverdue(gdpr!.due, "2026-03-06")).toBe(true);
  });
});
