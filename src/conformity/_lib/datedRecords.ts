import type { Isms } from "../../model/IsmsSchema";
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

/** The compiled table: each pattern's segments and each field's keys, split once. */
const COMPILED = DONE_DATES.map(({ pattern, noun, fields, when }) => ({
  segments: pattern.split("/"),
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
  const trail: (string | number)[] = [];
  for (const { segments, noun, when, fields } of COMPILED) {
    const visit = (record: Record<string, unknown>): void => {
      if (when !== undefined && !when(record)) return;
      for (const { keys, verb } of fields) {
        let value: unknown = record;
        for (const key of keys) value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
        if (typeof value !== "string") continue;
        count++;
        if (value <= after) continue;
        const name = typeof record["id"] === "string" ? `${noun} ${JSON.stringify(record["id"])}` : noun;
        events.push({ day: value, what: `${name} ${verb}`, ref: pointer(...trail, ...keys) });
      }
    };
    const step = (value: unknown, depth: number): void => {
      if (value === null || typeof value !== "object") return;
      if (depth === segments.length) {
        if (!Array.isArray(value)) visit(value as Record<string, unknown>);
        return;
      }
      const segment = segments[depth]!;
      if (segment === "*") {
        if (!Array.isArray(value)) return;
        for (let i = 0; i < value.length; i++) {
          trail.push(i);
          step(value[i], depth + 1);
          trail.pop();
        }
      } else {
        trail.push(segment);
        step((value as Record<string, unknown>)[segment], depth + 1);
        trail.pop();
      }
    };
    step(isms, 0);
  }
  return { count, events };
}
