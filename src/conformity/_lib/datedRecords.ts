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

type Found = { record: Record<string, unknown>; path: (string | number)[] };

/** Every event the records of a document say happened, with its day. */
export function doneEvents(isms: Isms): DatedEvent[] {
  const events: DatedEvent[] = [];
  for (const { pattern, noun, fields, when } of DONE_DATES) {
    for (const { record, path } of walk(isms, pattern.split("/"))) {
      if (when !== undefined && !when(record)) continue;
      const name = typeof record["id"] === "string" ? `${noun} ${JSON.stringify(record["id"])}` : noun;
      for (const [field, verb] of fields) {
        const keys = field.split("/");
        let value: unknown = record;
        for (const key of keys) value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
        if (typeof value === "string") events.push({ day: value, what: `${name} ${verb}`, ref: pointer(...path, ...keys) });
      }
    }
  }
  return events;
}

/** The objects at the segments of a pattern (`*`: each element of a list), with their paths, in document order. */
function walk(root: unknown, segments: readonly string[]): Found[] {
  let found: Found[] = [{ record: root as Record<string, unknown>, path: [] }];
  for (const segment of segments) {
    found = found.flatMap(({ record, path }): Found[] => {
      if (segment === "*") {
        return Array.isArray(record)
          ? record.flatMap((item, i) => (item !== null && typeof item === "object" ? [{ record: item as Record<string, unknown>, path: [...path, i] }] : []))
          : [];
      }
      const value = (record as Record<string, unknown>)[segment];
      return value !== null && typeof value === "object" ? [{ record: value as Record<string, unknown>, path: [...path, segment] }] : [];
    });
  }
  return found.filter(({ record }) => !Array.isArray(record));
}
