/**
 * The notification regimes are data in the model (the root entry must not import the framework
 * data); this test holds them to the framework data's reporting duties, so the two cannot drift.
 */
import { describe, expect, it } from "vitest";
import { defaultIsmsParameters, NotificationRegimeIdSchema, notificationRegimes } from "../../src/index";
import { getFramework } from "../../src/mappings/index";

/** An ISO 8601 duration of the parameters' units: `PT72H`, `P1M`. */
const duration = (parameter: string): string => {
  const [field, key] = parameter.split(".") as [keyof typeof defaultIsmsParameters, string];
  const value = (defaultIsmsParameters[field] as Record<string, number>)[key]!;
  return field.endsWith("Hours") ? `PT${value}H` : `P${value}M`;
};

describe("notificationRegimes", () => {
  it("has one regime per id of NotificationRegimeIdSchema, in its order, frozen", () => {
    expect(notificationRegimes.map((r) => r.id)).toEqual(NotificationRegimeIdSchema.options);
    expect(Object.isFrozen(notificationRegimes)).toBe(true);
    expect(Object.isFrozen(notificationRegimes[0]!.deadlines)).toBe(true);
  });

  it("names only parameters that exist, and every notification parameter is some regime's", () => {
    const used = new Set(notificationRegimes.flatMap((r) => r.deadlines.map((d) => d.parameter)));
    const defined = [
      ...Object.keys(defaultIsmsParameters.notificationDeadlineHours).map((k) => `notificationDeadlineHours.${k}`),
      ...Object.keys(defaultIsmsParameters.notificationDeadlineMonths).map((k) => `notificationDeadlineMonths.${k}`),
    ];
    expect([...used].sort()).toEqual(defined.sort());
  });

  it("starts each clock at awareness, classification or an earlier regime's notice", () => {
    const ids = new Set<string>(NotificationRegimeIdSchema.options);
    for (const regime of notificationRegimes) {
      for (const { after } of regime.deadlines) {
        expect(after === "awareness" || after === "classification" || (ids.has(after) && after !== regime.id), `${regime.id}: ${after}`).toBe(true);
      }
    }
  });

  it.each(notificationRegimes.filter((r) => r.source !== undefined).map((r) => [r.id, r] as const))("%s agrees with the framework's reporting duty", (_id, regime) => {
    const requirement = getFramework(regime.source!.framework)?.requirements.find((r) => r.id === regime.source!.requirementId);
    const duty = requirement?.reportingDuty;
    expect(duty, `${regime.source!.framework} ${regime.source!.requirementId} carries no reporting duty`).toBeDefined();
    expect(duty!.event).toBe(regime.event);
    expect(duty!.recipient).toBe(regime.recipient);
    const [first] = regime.deadlines;
    // Where the framework's text sets the deadline, the default is exactly it, and the clock starts where it says.
    if (duty!.within !== undefined) expect(duration(first!.parameter)).toBe(duty!.within);
    if (regime.refinedBy === undefined && duty!.after !== undefined) {
      const after = notificationRegimes.find((r) => r.source?.requirementId === duty!.after)?.id ?? duty!.after;
      expect(first!.after).toBe(after);
    }
    // Where it leaves the deadline to a delegated act, the regime says which.
    if (duty!.within === undefined && regime.refinedBy === undefined) expect(regime.reading).toMatch(/undue delay/);
  });

  it("holds DORA's deadlines as Delegated Regulation (EU) 2025/301 sets them: 4 h from classification, at most 24 h from awareness; 72 h; one month", () => {
    const initial = notificationRegimes.find((r) => r.id === "dora-initial")!;
    expect(initial.deadlines.map((d) => [duration(d.parameter), d.after])).toEqual([
      ["PT4H", "classification"],
      ["PT24H", "awareness"],
    ]);
    expect(notificationRegimes.find((r) => r.id === "dora-intermediate")!.deadlines.map((d) => [duration(d.parameter), d.after])).toEqual([["PT72H", "dora-initial"]]);
    expect(notificationRegimes.find((r) => r.id === "dora-final")!.deadlines.map((d) => [duration(d.parameter), d.after])).toEqual([["P1M", "dora-intermediate"]]);
  });
});
