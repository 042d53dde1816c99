/**
 * `doneEvents` reads every date field a record of the document says something was done on: each
 * field with a reader of its own, each place of the table (top-level lists with one loop, nested
 * lists by pattern). A document with every such date in the future gives one event per field, with
 * the pointer of the field itself — so a reader that reads another field than its keys name fails.
 */
import { describe, expect, it } from "vitest";
import { doneEvents } from "../../../src/conformity/_lib/datedRecords";
import type { Isms } from "../../../src/index";

const LATER = "2999-01-01";

/** Every dated place of the table, each date field set to a day of its own after LATER, with the pointers expected. */
function everyDate(): { doc: Isms; pointers: string[]; dayAt: Map<string, string> } {
  const doc = {
    context: { reviewedOn: LATER },
    objectives: [{ id: "o-1", communicatedOn: LATER }],
    documents: [{ id: "d-1", approval: { approvedOn: LATER }, publishedOn: LATER, lastReviewedOn: LATER }],
    risks: [{ id: "r-1", identifiedOn: LATER, lastAssessedOn: LATER, acceptance: { acceptedOn: LATER } }],
    controls: [{ id: "5.1", implementedOn: LATER, lastReviewedOn: LATER }],
    treatmentPlans: [{ id: "tp-1", approvals: [{ approvedOn: LATER }], actions: [{ id: "a-1", startedOn: LATER, completedOn: LATER }] }],
    changes: [{ id: "c-1", requestedOn: LATER, approvedOn: LATER, implementedOn: LATER }],
    competences: [{ id: "k-1", holders: [{ acquiredOn: LATER }] }],
    trainings: [{ id: "t-1", deliveredOn: LATER }],
    measurements: [{ id: "m-1", results: [{ date: LATER, analysedOn: LATER }] }],
    audits: [{ id: "au-1", status: "completed", performedOn: LATER, endedOn: LATER }, { id: "au-2", status: "planned", performedOn: LATER }],
    managementReviews: [{ id: "mr-1", heldOn: LATER, actions: [{ id: "mra-1", startedOn: LATER, completedOn: LATER }] }],
    nonconformities: [{ id: "nc-1", raisedOn: LATER, closedOn: LATER, effectivenessReview: { reviewedOn: LATER }, correctiveActions: [{ id: "ca-1", startedOn: LATER, completedOn: LATER }] }],
    improvements: [{ id: "i-1", raisedOn: LATER, implementedOn: LATER }],
    incidents: [{ id: "inc-1", occurredOn: LATER, detectedOn: LATER, resolvedOn: LATER }],
    suppliers: [{ id: "s-1", lastAssessedOn: LATER }],
    evidence: [{ id: "e-1", collectedOn: LATER }],
  } as unknown as Isms;
  const pointers = [
    "/context/reviewedOn",
    "/objectives/0/communicatedOn",
    "/documents/0/approval/approvedOn", "/documents/0/publishedOn", "/documents/0/lastReviewedOn",
    "/risks/0/identifiedOn", "/risks/0/lastAssessedOn", "/risks/0/acceptance/acceptedOn",
    "/controls/0/implementedOn", "/controls/0/lastReviewedOn",
    "/treatmentPlans/0/approvals/0/approvedOn",
    "/treatmentPlans/0/actions/0/startedOn", "/treatmentPlans/0/actions/0/completedOn",
    "/changes/0/requestedOn", "/changes/0/approvedOn", "/changes/0/implementedOn",
    "/competences/0/holders/0/acquiredOn",
    "/trainings/0/deliveredOn",
    "/measurements/0/results/0/date", "/measurements/0/results/0/analysedOn",
    "/audits/0/performedOn", "/audits/0/endedOn",
    "/managementReviews/0/heldOn",
    "/managementReviews/0/actions/0/startedOn", "/managementReviews/0/actions/0/completedOn",
    "/nonconformities/0/raisedOn", "/nonconformities/0/closedOn", "/nonconformities/0/effectivenessReview/reviewedOn",
    "/nonconformities/0/correctiveActions/0/startedOn", "/nonconformities/0/correctiveActions/0/completedOn",
    "/improvements/0/raisedOn", "/improvements/0/implementedOn",
    "/incidents/0/occurredOn", "/incidents/0/detectedOn", "/incidents/0/resolvedOn",
    "/suppliers/0/lastAssessedOn",
    "/evidence/0/collectedOn",
  ];
  // A day of its own for each field, written at its pointer: a reader of the wrong field gives the wrong day.
  const dayAt = new Map<string, string>();
  pointers.forEach((pointer, i) => {
    const day = `2999-${String(1 + Math.floor(i / 28)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    const keys = pointer.slice(1).split("/");
    let at: Record<string, unknown> = doc as unknown as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
    at[keys.at(-1)!] = day;
    dayAt.set(pointer, day);
  });
  return { doc, pointers, dayAt };
}

describe("doneEvents", () => {
  it("reads every dated field of every place, each at its own pointer (a planned audit's day does not count)", () => {
    const { doc, pointers, dayAt } = everyDate();
    const { count, events } = doneEvents(doc, "2026-11-30");
    expect(events.map((e) => e.ref)).toEqual(pointers);
    expect(count).toBe(pointers.length);
    expect(events.filter((e) => e.day !== dayAt.get(e.ref)).map((e) => e.ref)).toEqual([]);
    expect(events.find((e) => e.ref === "/risks/0/acceptance/acceptedOn")?.what).toBe('risk "r-1" accepted');
  });

  it("counts every date and returns none on or before the day asked", () => {
    const { doc, pointers } = everyDate();
    expect(doneEvents(doc, "2999-12-31")).toEqual({ count: pointers.length, events: [] });
    expect(doneEvents({ ...doc, risks: "not a list", context: undefined } as unknown as Isms, "2026-11-30").count).toBe(pointers.length - 4);
  });
});
