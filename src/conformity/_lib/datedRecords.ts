import type { Isms } from "../../model/IsmsSchema";
import { walkPattern } from "../../core/walkPattern";
import { pointer } from "./pointers";

/** A day a record says something happened: what happened, to what, and where the date is. */
export interface DatedEvent {
  readonly day: string;
  /** `evidence "MFA export" collected`: the record and what the date says happened. */
  readonly what: string;
  readonly ref: string;
}

/**
 * The places that record something as done: a date field of the objects found at a pattern
 * (`*` for each element of a list), what it says happened, and when it counts (an audit's
 * `performedOn` only once the audit is under way or completed).
 */
const DONE_DATES: readonly {
  readonly pattern: string;
  readonly noun: string;
  readonly fields: readonly (readonly [field: string, verb: string])[];
  readonly when?: (record: Record<string, unknown>) => boolean;
}[] = [
  { pattern: "context", noun: "the context", fields: [["reviewedOn", "reviewed"]] },
  { pattern: "objectives/*", noun: "objective", fields: [["communicatedOn", "communicated"]] },
  { pattern: "documents/*", noun: "document", fields: [["approval/approvedOn", "approved"], ["publishedOn", "published"], ["lastReviewedOn", "reviewed"]] },
  { pattern: "risks/*", noun: "risk", fields: [["identifiedOn", "identified"], ["lastAssessedOn", "assessed"], ["acceptance/acceptedOn", "accepted"]] },
  { pattern: "controls/*", noun: "control", fields: [["implementedOn", "implemented"], ["lastReviewedOn", "reviewed"]] },
  { pattern: "treatmentPlans/*/approvals/*", noun: "treatment plan approval", fields: [["approvedOn", "given"]] },
  { pattern: "treatmentPlans/*/actions/*", noun: "treatment action", fields: [["startedOn", "started"], ["completedOn", "completed"]] },
  { pattern: "changes/*", noun: "change", fields: [["requestedOn", "requested"], ["approvedOn", "approved"], ["implementedOn", "implemented"]] },
  { pattern: "competences/*/holders/*", noun: "competence", fields: [["acquiredOn", "acquired"]] },
  { pattern: "trainings/*", noun: "training", fields: [["deliveredOn", "delivered"]] },
  { pattern: "measurements/*/results/*", noun: "measurement result", fields: [["date", "measured"], ["analysedOn", "analysed"]] },
  { pattern: "audits/*", noun: "audit", fields: [["performedOn", "performed"], ["endedOn", "ended"]], when: (a) => a["status"] === "completed" || a["status"] === "in-progress" },
  { pattern: "managementReviews/*", noun: "management review", fields: [["heldOn", "held"]] },
  { pattern: "managementReviews/*/actions/*", noun: "management review action", fields: [["startedOn", "started"], ["completedOn", "completed"]] },
  { pattern: "nonconformities/*", noun: "nonconformity", fields: [["raisedOn", "raised"], ["closedOn", "closed"], ["effectivenessReview/reviewedOn", "reviewed for effectiveness"]] },
  { pattern: "nonconformities/*/correctiveActions/*", noun: "corrective action", fields: [["startedOn", "started"], ["completedOn", "completed"]] },
  { pattern: "improvements/*", noun: "improvement", fields: [["raisedOn", "raised"], ["implementedOn", "implemented"]] },
  { pattern: "incidents/*", noun: "incident", fields: [["occurredOn", "occurred"], ["detectedOn", "detected"], ["resolvedOn", "resolved"]] },
  { pattern: "suppliers/*", noun: "supplier", fields: [["lastAssessedOn", "assessed"]] },
  { pattern: "evidence/*", noun: "evidence", fields: [["collectedOn", "collected"]] },
];

/** The table with each field's keys split once. */
const COMPILED = DONE_DATES.map(({ pattern, noun, fields, when }) => ({
  pattern,
  noun,
  when,
  fields: fields.map(([field, verb]) => ({ keys: field.split("/"), verb })),
}));

/**
 * The events the records of a document say happened after `after` (every event, with `after` ""),
 * with their days, and how many dated events there are in all. The walk allocates nothing for an
 * event it does not return: a document has hundreds of thousands of dates and few are in the future.
 */
export function doneEvents(isms: Isms, after = ""): { readonly count: number; readonly events: DatedEvent[] } {
  const events: DatedEvent[] = [];
  let count = 0;
  for (const { pattern, noun, when, fields } of COMPILED) {
    walkPattern(isms, pattern, (value, path) => {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return;
      const record = value as Record<string, unknown>;
      if (when !== undefined && !when(record)) return;
      // Indexed loops: this runs for every dated record of the document.
      for (let f = 0; f < fields.length; f++) {
        const { keys, verb } = fields[f]!;
        let found: unknown = record;
        for (let k = 0; k < keys.length; k++) found = found !== null && typeof found === "object" ? (found as Record<string, unknown>)[keys[k]!] : undefined;
        if (typeof found !== "string") continue;
        count++;
        if (found <= after) continue;
        const name = typeof record["id"] === "string" ? `${noun} ${JSON.stringify(record["id"])}` : noun;
        events.push({ day: found, what: `${name} ${verb}`, ref: pointer(...path(), ...keys) });
      }
    });
  }
  return { count, events };
}
