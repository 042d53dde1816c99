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

/** A date field of a record: its keys under the record, what it says happened, and a reader of it. */
interface DateField {
  readonly keys: readonly string[];
  readonly verb: string;
  /** The field's value on a record: a function of its own per field, so each reads one shape of record. */
  readonly read: (record: Dated) => unknown;
}

/** A record at a pattern's place, read as the document's JSON value it is. */
type Dated = any;

/** A date field: `field` ("approval/approvedOn"), what it says happened, and its reader. */
const at = (field: string, verb: string, read: (record: Dated) => unknown): DateField => ({ keys: field.split("/"), verb, read });

/**
 * The places that record something as done: a date field of the objects found at a pattern
 * (`*` for each element of a list), what it says happened, and when it counts (an audit's
 * `performedOn` only once the audit is under way or completed). A pattern `collection/*` is read
 * with an indexed loop over the collection; deeper ones with {@link walkPattern}.
 */
const DONE_DATES: readonly {
  readonly pattern: string;
  readonly noun: string;
  readonly fields: readonly DateField[];
  readonly when?: (record: Record<string, unknown>) => boolean;
}[] = [
  { pattern: "context", noun: "the context", fields: [at("reviewedOn", "reviewed", (r) => r.reviewedOn)] },
  { pattern: "objectives/*", noun: "objective", fields: [at("communicatedOn", "communicated", (r) => r.communicatedOn)] },
  {
    pattern: "documents/*",
    noun: "document",
    fields: [at("approval/approvedOn", "approved", (r) => r.approval?.approvedOn), at("publishedOn", "published", (r) => r.publishedOn), at("lastReviewedOn", "reviewed", (r) => r.lastReviewedOn)],
  },
  {
    pattern: "risks/*",
    noun: "risk",
    fields: [at("identifiedOn", "identified", (r) => r.identifiedOn), at("lastAssessedOn", "assessed", (r) => r.lastAssessedOn), at("acceptance/acceptedOn", "accepted", (r) => r.acceptance?.acceptedOn)],
  },
  { pattern: "controls/*", noun: "control", fields: [at("implementedOn", "implemented", (r) => r.implementedOn), at("lastReviewedOn", "reviewed", (r) => r.lastReviewedOn)] },
  { pattern: "treatmentPlans/*/approvals/*", noun: "treatment plan approval", fields: [at("approvedOn", "given", (r) => r.approvedOn)] },
  { pattern: "treatmentPlans/*/actions/*", noun: "treatment action", fields: [at("startedOn", "started", (r) => r.startedOn), at("completedOn", "completed", (r) => r.completedOn)] },
  {
    pattern: "changes/*",
    noun: "change",
    fields: [at("requestedOn", "requested", (r) => r.requestedOn), at("approvedOn", "approved", (r) => r.approvedOn), at("implementedOn", "implemented", (r) => r.implementedOn)],
  },
  { pattern: "competences/*/holders/*", noun: "competence", fields: [at("acquiredOn", "acquired", (r) => r.acquiredOn)] },
  { pattern: "trainings/*", noun: "training", fields: [at("deliveredOn", "delivered", (r) => r.deliveredOn)] },
  { pattern: "measurements/*/results/*", noun: "measurement result", fields: [at("date", "measured", (r) => r.date), at("analysedOn", "analysed", (r) => r.analysedOn)] },
  {
    pattern: "audits/*",
    noun: "audit",
    fields: [at("performedOn", "performed", (r) => r.performedOn), at("endedOn", "ended", (r) => r.endedOn)],
    when: (a) => a["status"] === "completed" || a["status"] === "in-progress",
  },
  { pattern: "managementReviews/*", noun: "management review", fields: [at("heldOn", "held", (r) => r.heldOn)] },
  { pattern: "managementReviews/*/actions/*", noun: "management review action", fields: [at("startedOn", "started", (r) => r.startedOn), at("completedOn", "completed", (r) => r.completedOn)] },
  {
    pattern: "nonconformities/*",
    noun: "nonconformity",
    fields: [
      at("raisedOn", "raised", (r) => r.raisedOn),
      at("closedOn", "closed", (r) => r.closedOn),
      at("effectivenessReview/reviewedOn", "reviewed for effectiveness", (r) => r.effectivenessReview?.reviewedOn),
    ],
  },
  { pattern: "nonconformities/*/correctiveActions/*", noun: "corrective action", fields: [at("startedOn", "started", (r) => r.startedOn), at("completedOn", "completed", (r) => r.completedOn)] },
  { pattern: "improvements/*", noun: "improvement", fields: [at("raisedOn", "raised", (r) => r.raisedOn), at("implementedOn", "implemented", (r) => r.implementedOn)] },
  {
    pattern: "incidents/*",
    noun: "incident",
    fields: [at("occurredOn", "occurred", (r) => r.occurredOn), at("detectedOn", "detected", (r) => r.detectedOn), at("resolvedOn", "resolved", (r) => r.resolvedOn)],
  },
  { pattern: "suppliers/*", noun: "supplier", fields: [at("lastAssessedOn", "assessed", (r) => r.lastAssessedOn)] },
  { pattern: "evidence/*", noun: "evidence", fields: [at("collectedOn", "collected", (r) => r.collectedOn)] },
];

/** `collection` for a pattern `collection/*`, else undefined. */
function collectionOf(pattern: string): string | undefined {
  const match = /^([^/*]+)\/\*$/.exec(pattern);
  return match?.[1];
}

/** The table with each pattern's collection found once. */
const COMPILED = DONE_DATES.map((place) => ({ ...place, collection: collectionOf(place.pattern) }));

/**
 * The events the records of a document say happened after `after` (every event, with `after` ""),
 * with their days, and how many dated events there are in all. The walk allocates nothing for an
 * event it does not return: a document has hundreds of thousands of dates and few are in the future.
 */
export function doneEvents(isms: Isms, after = ""): { readonly count: number; readonly events: DatedEvent[] } {
  const events: DatedEvent[] = [];
  let count = 0;
  for (const { pattern, collection, noun, when, fields } of COMPILED) {
    const record = (value: unknown, path: () => (string | number)[]): void => {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return;
      if (when !== undefined && !when(value as Record<string, unknown>)) return;
      // Indexed loops: this runs for every dated record of the document.
      for (let f = 0; f < fields.length; f++) {
        const found = fields[f]!.read(value);
        if (typeof found !== "string") continue;
        count++;
        if (found <= after) continue;
        const id = (value as Record<string, unknown>)["id"];
        const name = typeof id === "string" ? `${noun} ${JSON.stringify(id)}` : noun;
        events.push({ day: found, what: `${name} ${fields[f]!.verb}`, ref: pointer(...path(), ...fields[f]!.keys) });
      }
    };
    if (collection === undefined) {
      walkPattern(isms, pattern, record);
      continue;
    }
    // The usual place, `collection/*`: one loop, the path written only for an event returned.
    const list: unknown = (isms as unknown as Record<string, unknown>)[collection];
    if (!Array.isArray(list)) continue;
    let position = 0;
    const path = () => [collection, position];
    for (; position < list.length; position++) record(list[position], path);
  }
  return { count, events };
}
