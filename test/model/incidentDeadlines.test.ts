import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArgumentError, IncidentSchema, incidentDeadlines } from "../../src/index";
import { deepFreeze } from "../../src/core/deepFreeze";
import { formatInstant, instantOf } from "../../src/core/isoDateTime";

type Input = Record<string, unknown>;

const incident = (fields: Partial<Input>) =>
  IncidentSchema.parse({ id: "inc-1", title: "Breach", severity: "high", status: "open", detectedAt: "2026-01-01T00:00:00Z", ...fields });
const triage = (decidedAt: string, regimes: string[]) => ({ decidedAt, decidedById: "p-dpo", classification: "incident", regimes });
const sent = (regime: string, sentAt: string, id = `n-${regime}-${sentAt}`) => ({ id, regime, recipient: "Authority", sentAt });
const byRegime = (list: ReturnType<typeof incidentDeadlines>) => Object.fromEntries(list.map((d) => [d.regime, d]));

describe("incidentDeadlines: hours are elapsed hours on the time line", () => {
  // Europe/Berlin 2026: clocks go forward at 02:00 CET on 29 March, back at 03:00 CEST on 25 October.
  const march = (sentAt: string) =>
    incidentDeadlines(incident({ detectedAt: "2026-03-28T09:00:00+01:00", awareAt: "2026-03-28T10:00:00+01:00", notifications: [sent("gdpr-authority", sentAt)] }), {
      regimes: ["gdpr-authority"],
    })[0]!;

  it("across the March change, 72 hours from 10:00 CET end at 11:00 CEST (a naive wall-clock count would say 10:00)", () => {
    expect(march("2026-03-31T10:30:00+02:00")).toMatchObject({ dueAt: "2026-03-31T10:00:00+01:00", status: "met", precision: "instant" });
    expect(march("2026-03-31T11:00:00+02:00").status).toBe("met");
    expect(march("2026-03-31T11:30:00+02:00")).toMatchObject({ status: "late", lateByMinutes: 30 });
  });

  it("across the October change, 72 hours from 10:00 CEST end at 09:00 CET (a naive count would give 30 minutes more)", () => {
    const october = (sentAt: string) =>
      incidentDeadlines(incident({ detectedAt: "2026-10-24T09:00:00+02:00", awareAt: "2026-10-24T10:00:00+02:00", notifications: [sent("gdpr-authority", sentAt)] }), {
        regimes: ["gdpr-authority"],
        timeZone: "Europe/Berlin",
      })[0]!;
    expect(october("2026-10-27T09:30:00+01:00")).toMatchObject({ dueAt: "2026-10-27T09:00:00+01:00", status: "late", lateByMinutes: 30 });
    expect(october("2026-10-27T08:59:59+01:00").status).toBe("met");
  });

  it("writes the due time in the local offset at the due instant when a time zone is named, the same instant either way", () => {
    const deadlines = (timeZone?: string) =>
      incidentDeadlines(incident({ detectedAt: "2026-03-28T09:00:00+01:00", awareAt: "2026-03-28T10:00:00+01:00" }), {
        regimes: ["gdpr-authority", "nis2-early-warning"],
        ...(timeZone === undefined ? {} : { timeZone }),
      });
    const fixed = deadlines();
    const local = deadlines("Europe/Berlin");
    expect(local.map((d) => d.dueAt)).toEqual(["2026-03-31T11:00:00+02:00", "2026-03-29T11:00:00+02:00"]);
    expect(local.map((d) => instantOf(d.dueAt!))).toEqual(fixed.map((d) => instantOf(d.dueAt!)));
  });

  it("gives one due instant whatever offset the awareness is written in", () => {
    const due = (awareAt: string) => incidentDeadlines(incident({ detectedAt: awareAt, awareAt }), { regimes: ["nis2-early-warning"] })[0]!.dueAt!;
    const written = ["2026-06-01T23:30:00-05:00", "2026-06-02T04:30:00Z", "2026-06-02T10:00:00+05:30", "2026-06-02T18:30:00+14:00"].map(due);
    expect(written).toEqual(["2026-06-02T23:30:00-05:00", "2026-06-03T04:30:00Z", "2026-06-03T10:00:00+05:30", "2026-06-03T18:30:00+14:00"]);
    expect(new Set(written.map(instantOf)).size).toBe(1);
  });

  it("counts 72 hours over a leap day as three days of the calendar that has it", () => {
    const due = (awareAt: string) => incidentDeadlines(incident({ detectedAt: awareAt, awareAt }), { regimes: ["gdpr-authority"] })[0]!.dueAt;
    expect(due("2028-02-27T12:00:00Z")).toBe("2028-03-01T12:00:00Z");
    expect(due("2027-02-27T12:00:00Z")).toBe("2027-03-02T12:00:00Z");
  });
});

describe("incidentDeadlines: months are calendar months", () => {
  const finalReport = (notifiedAt: string, options: { timeZone?: string } = {}, finalAt?: string) =>
    byRegime(
      incidentDeadlines(
        incident({
          detectedAt: "2026-01-01T00:00:00Z",
          triage: triage("2026-01-01T00:00:00Z", ["nis2-notification"]),
          notifications: [sent("nis2-notification", notifiedAt), ...(finalAt === undefined ? [] : [sent("nis2-final-report", finalAt)])],
        }),
        options,
      ),
    )["nis2-final-report"]!;

  it("ends a month on the same day of the next month, or the last day of a shorter one (leap years included)", () => {
    expect(finalReport("2028-01-31T09:00:00Z").dueAt).toBe("2028-02-29T09:00:00Z");
    expect(finalReport("2027-01-31T09:00:00Z").dueAt).toBe("2027-02-28T09:00:00Z");
    expect(finalReport("2028-02-29T09:00:00Z").dueAt).toBe("2028-03-29T09:00:00Z");
    expect(finalReport("2026-12-15T16:00:00-08:00").dueAt).toBe("2027-01-15T16:00:00-08:00");
  });

  it("reads the month on the local wall clock across a daylight-saving change when a time zone is named", () => {
    // 10 March 14:00 CET + 1 month is 10 April 14:00 CEST, an hour earlier than 14:00 at the March offset.
    expect(finalReport("2026-03-10T14:00:00+01:00").dueAt).toBe("2026-04-10T14:00:00+01:00");
    expect(finalReport("2026-03-10T14:00:00+01:00", { timeZone: "Europe/Berlin" }).dueAt).toBe("2026-04-10T14:00:00+02:00");
    expect(finalReport("2026-03-10T14:00:00+01:00", { timeZone: "Europe/Berlin" }, "2026-04-10T14:30:00+02:00")).toMatchObject({ status: "late", lateByMinutes: 30 });
    expect(finalReport("2026-03-10T14:00:00+01:00", {}, "2026-04-10T14:30:00+02:00").status).toBe("met");
  });

  it("starts the clock at the report before, and waits while it is not sent", () => {
    const waiting = byRegime(incidentDeadlines(incident({ triage: triage("2026-01-01T00:00:00Z", ["nis2-notification"]) })))["nis2-final-report"]!;
    expect(waiting).toMatchObject({ status: "waiting", waitingFor: "nis2-notification", basis: "follows", clocks: [] });
    expect(waiting.dueAt).toBeUndefined();
    expect(finalReport("2026-02-02T10:00:00Z").clocks[0]).toMatchObject({ after: "nis2-notification", startedAt: "2026-02-02T10:00:00Z", startedBy: "notifications[0].sentAt" });
  });

  it("runs a clock past the last accepted year: a due time in 3000 is a due time, not a crash", () => {
    // Before, reading the due time back refused the year 3000 with a plain Error.
    expect(finalReport("2999-12-20T10:00:00Z")).toMatchObject({ dueAt: "3000-01-20T10:00:00Z", status: "open" });
    expect(finalReport("2999-12-20T10:00:00Z", { timeZone: "Europe/Berlin" }).dueAt).toBe("3000-01-20T11:00:00+01:00");
  });
});

describe("incidentDeadlines: DORA's clocks", () => {
  const dora = (fields: Partial<Input>) =>
    byRegime(incidentDeadlines(incident({ detectedAt: "2026-05-01T08:00:00Z", awareAt: "2026-05-01T08:00:00Z", triage: triage("2026-05-01T09:00:00Z", ["dora-initial"]), ...fields })));

  it("is due at the earlier of 4 hours from classification and 24 hours from awareness", () => {
    expect(dora({ classifiedAt: "2026-05-01T20:00:00Z" })["dora-initial"]).toMatchObject({ dueAt: "2026-05-02T00:00:00Z" });
    const late = dora({ classifiedAt: "2026-05-02T06:00:00Z" })["dora-initial"]!;
    expect(late.dueAt).toBe("2026-05-02T08:00:00Z");
    expect(late.clocks.map((c) => [c.after, c.startedBy, c.dueAt])).toEqual([
      ["classification", "classifiedAt", "2026-05-02T10:00:00Z"],
      ["awareness", "awareAt", "2026-05-02T08:00:00Z"],
    ]);
    expect(dora({})["dora-initial"]!.clocks[0]).toMatchObject({ startedBy: "triage.decidedAt", dueAt: "2026-05-01T13:00:00Z" });
  });

  it("runs the intermediate report from the first initial notification and the final one from the latest intermediate report", () => {
    const result = dora({
      notifications: [
        sent("dora-initial", "2026-05-01T12:00:00Z", "n1"),
        sent("dora-intermediate", "2026-05-03T12:00:00Z", "n2"),
        sent("dora-intermediate", "2026-05-20T12:00:00Z", "n3"),
      ],
    });
    expect(result["dora-initial"]).toMatchObject({ status: "met", sent: { index: 0, id: "n1", at: "2026-05-01T12:00:00Z" } });
    expect(result["dora-intermediate"]).toMatchObject({ dueAt: "2026-05-04T12:00:00Z", status: "met", sent: { id: "n2" } });
    expect(result["dora-final"]).toMatchObject({ dueAt: "2026-06-20T12:00:00Z", status: "open", clocks: [{ startedBy: "notifications[2].sentAt" }] });
  });
});

describe("incidentDeadlines: what applies, and how it stands", () => {
  it("lists the regimes the triage decided, those that follow them and those a notification is recorded under", () => {
    const result = incidentDeadlines(
      incident({ triage: triage("2026-01-01T01:00:00Z", ["gdpr-authority"]), notifications: [{ id: "c1", regime: "contractual", recipient: "Customer", sentAt: "2026-01-02T00:00:00Z" }] }),
    );
    expect(result.map((d) => [d.regime, d.basis])).toEqual([
      ["gdpr-authority", "triage"],
      ["contractual", "recorded"],
    ]);
    expect(incidentDeadlines(incident({ triage: { ...triage("2026-01-01T01:00:00Z", ["gdpr-authority"]), classification: "event" } }))).toEqual([]);
    expect(incidentDeadlines(incident({}))).toEqual([]);
  });

  it("lets a notification's own due time win over the regime's", () => {
    const [contract] = incidentDeadlines(
      incident({ notifications: [{ id: "c1", regime: "contractual", recipient: "Customer", dueAt: "2026-01-01T12:00:00Z", sentAt: "2026-01-01T13:00:00Z" }] }),
    );
    expect(contract).toMatchObject({ dueAt: "2026-01-01T12:00:00Z", dueFrom: "notification", status: "late", lateByMinutes: 60 });
    expect(contract!.clocks[0]!.dueAt).toBe("2026-01-04T00:00:00Z");
  });

  it("judges unsent notifications on asOf: overdue past the due time, else open with the minutes left", () => {
    const list = (asOf?: string | Date) => incidentDeadlines(incident({ awareAt: "2026-01-01T00:00:00Z", triage: triage("2026-01-01T00:00:00Z", ["gdpr-authority"]) }), asOf === undefined ? {} : { asOf });
    expect(list()[0]).toMatchObject({ status: "open" });
    expect(list()[0]!.minutesLeft).toBeUndefined();
    expect(list("2026-01-03T23:00:00Z")[0]).toMatchObject({ status: "open", minutesLeft: 60 });
    expect(list(new Date("2026-01-04T00:00:00Z"))[0]).toMatchObject({ status: "open", minutesLeft: 0 });
    expect(list("2026-01-04T02:00:00+01:00")[0]).toMatchObject({ status: "overdue", lateByMinutes: 60 });
    expect(list("2026-01-04")[0]!.status).toBe("open");
    expect(list("2026-01-05")[0]).toMatchObject({ status: "overdue", lateByDays: 1 });
  });

  it("judges by calendar day when only the day of detection is known", () => {
    const day = (fields: Partial<Input>, asOf?: string) =>
      incidentDeadlines(IncidentSchema.parse({ id: "i", title: "Lost laptop", severity: "medium", status: "open", detectedOn: "2026-03-02", ...fields }), {
        regimes: ["gdpr-authority"],
        ...(asOf === undefined ? {} : { asOf }),
      })[0]!;
    expect(day({})).toMatchObject({ dueAt: "2026-03-05", precision: "day", clocks: [{ startedBy: "detectedOn", startedAt: "2026-03-02" }] });
    expect(day({ notifications: [sent("gdpr-authority", "2026-03-05T23:00:00+01:00")] }).status).toBe("met");
    expect(day({ notifications: [sent("gdpr-authority", "2026-03-07T08:00:00+01:00")] })).toMatchObject({ status: "late", lateByDays: 2 });
    expect(day({}, "2026-03-06T00:30:00+01:00")).toMatchObject({ status: "overdue", lateByDays: 1 });
  });

  it("reads the organisation's own deadlines and names the parameter used", () => {
    const [d] = incidentDeadlines(incident({ awareAt: "2026-01-01T00:00:00Z" }), { regimes: ["gdpr-authority"], parameters: { notificationDeadlineHours: { "gdpr-authority": 48 } } });
    expect(d).toMatchObject({ dueAt: "2026-01-03T00:00:00Z", clocks: [{ parameter: { id: "notificationDeadlineHours.gdpr-authority", value: 48, unit: "hours", source: "organization" } }] });
    expect(d!.source).toEqual({ framework: "gdpr", requirementId: "Art.33(1)" });
  });

  it("does not mutate its inputs, and returns data it owns", () => {
    const input = deepFreeze(incident({ triage: triage("2026-01-01T00:00:00Z", ["dora-initial"]), notifications: [sent("dora-initial", "2026-01-01T02:00:00Z")] }));
    const options = deepFreeze({ regimes: ["dora-initial", "dora-intermediate"] as const, parameters: { notificationDeadlineHours: { "dora-initial": 2 } } });
    const [first] = incidentDeadlines(input, { ...options, regimes: [...options.regimes] });
    expect(first!.status).toBe("met");
    (first!.source as { framework: string }).framework = "changed";
    expect(incidentDeadlines(input)[0]!.source?.framework).toBe("dora");
  });
});

describe("incidentDeadlines: bad input", () => {
  const valid = incident({});
  const codes = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(ArgumentError);
      return (error as ArgumentError).issues.map((i) => `${i.pointer} ${i.message}`);
    }
    throw new Error("expected an ArgumentError");
  };

  it("names every unknown regime, with a suggestion", () => {
    expect(codes(() => incidentDeadlines(valid, { regimes: ["gdpr-authorty", "nis2-notification", 7] as never }))).toEqual([
      '/options/regimes/0 expected a notification regime id (gdpr-authority, gdpr-data-subjects, gdpr-controller, nis2-early-warning, nis2-notification, nis2-final-report, dora-initial, dora-intermediate, dora-final, contractual); found "gdpr-authorty" (did you mean "gdpr-authority"?)',
      "/options/regimes/2 expected a notification regime id (gdpr-authority, gdpr-data-subjects, gdpr-controller, nis2-early-warning, nis2-notification, nis2-final-report, dora-initial, dora-intermediate, dora-final, contractual); found 7",
    ]);
  });

  it("refuses an asOf, a time zone, parameters or an incident that are not what they claim", () => {
    expect(codes(() => incidentDeadlines(valid, { asOf: "2026-03-04T09:00:00" }))[0]).toMatch(/^\/options\/asOf expected a date-time with its offset/);
    expect(codes(() => incidentDeadlines(valid, { asOf: new Date(Number.NaN) }))[0]).toMatch(/invalid Date/);
    expect(codes(() => incidentDeadlines(valid, { asOf: new Date(Date.UTC(1850, 0, 1)) }))[0]).toBe("/options/asOf expected a Date from 1900-01-01 to 2999-12-31 (UTC); found 1850-01-01T00:00:00Z");
    expect(codes(() => incidentDeadlines(valid, { timeZone: "Europe/Berlinn" }))[0]).toMatch(/^\/options\/timeZone expected an IANA time zone/);
    expect(codes(() => incidentDeadlines(valid, { parameters: { notificationDeadlineHours: { "gdpr-authority": 0 } } }))[0]).toMatch(/^\/options\/parameters\/notificationDeadlineHours\/gdpr-authority /);
    expect(codes(() => incidentDeadlines({ ...valid, awareAt: "2026-02-30T10:00:00Z" }))[0]).toMatch(/^\/incident\/awareAt /);
    expect(codes(() => incidentDeadlines(valid, 3 as never))[0]).toMatch(/^\/options expected an options object/);
  });
});

describe("incidentDeadlines: properties", () => {
  const minute = 60_000;
  const instant = fc.integer({ min: Date.UTC(1990, 0, 1) / minute, max: Date.UTC(2990, 0, 1) / minute }).map((m) => m * minute);
  const offset = fc.integer({ min: -12 * 4, max: 14 * 4 }).map((q) => q * 15);
  const at = (t: number, off: number) => formatInstant(t, off);
  const regimes = fc.subarray(["gdpr-authority", "gdpr-data-subjects", "gdpr-controller", "nis2-early-warning", "nis2-notification", "dora-initial", "contractual"] as const, { minLength: 1 });

  it("never puts a due time before awareness, and judges a sending met exactly when it is not after the due time", () => {
    fc.assert(
      fc.property(instant, offset, fc.integer({ min: 0, max: 72 * 60 }), fc.integer({ min: 0, max: 90 * 24 * 60 }), regimes, fc.array(fc.integer({ min: 0, max: 60 * 24 * 60 }), { maxLength: 4 }), (aware, off, triageAfter, classifiedAfter, chosen, sentAfter) => {
        const awareAt = at(aware, off);
        const notifications = sentAfter.map((m, i) => sent(chosen[i % chosen.length]!, at(aware + m * minute, off), `n${i}`));
        const list = incidentDeadlines(
          incident({ detectedAt: awareAt, awareAt, classifiedAt: at(aware + classifiedAfter * minute, off), triage: triage(at(aware + triageAfter * minute, off), [...chosen]), notifications }),
        );
        for (const d of list) {
          if (d.dueAt === undefined) continue;
          expect(instantOf(d.dueAt)).toBeGreaterThanOrEqual(aware);
          if (d.sent !== undefined) expect(d.status === "met").toBe(instantOf(d.sent.at) <= instantOf(d.dueAt));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same due instants for an hours deadline however the awareness is written", () => {
    fc.assert(
      fc.property(instant, offset, offset, (aware, a, b) => {
        const dues = [a, b].map((off) =>
          incidentDeadlines(incident({ detectedAt: at(aware, off), awareAt: at(aware, off) }), { regimes: ["gdpr-authority", "nis2-early-warning", "contractual"] }).map((d) => instantOf(d.dueAt!)),
        );
        expect(dues[0]).toEqual(dues[1]);
      }),
      { numRuns: 100 },
    );
  });
});
