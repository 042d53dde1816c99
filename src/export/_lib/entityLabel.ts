import { annexA } from "../../catalog/annexA";
import type { Isms } from "../../model/IsmsSchema";

/** What each list of the document holds, in the singular. */
const KINDS: Readonly<Record<string, string>> = {
  interestedParties: "interested party",
  people: "person",
  roles: "role",
  documents: "document",
  objectives: "objective",
  assets: "asset",
  threats: "threat",
  vulnerabilities: "vulnerability",
  risks: "risk",
  controls: "control",
  treatmentPlans: "treatment plan",
  changes: "change",
  competences: "competence",
  trainings: "training",
  communications: "communication",
  measurements: "measurement",
  audits: "audit",
  managementReviews: "management review",
  nonconformities: "nonconformity",
  improvements: "improvement",
  incidents: "incident",
  suppliers: "supplier",
  evidence: "evidence",
  requirements: "requirement",
  correctiveActions: "corrective action",
  actions: "action",
  approvals: "approval",
  findings: "audit finding",
  plannedAudits: "planned audit",
  exclusions: "exclusion",
  interfaces: "interface",
  holders: "holder",
  issues: "issue",
  decisions: "decision",
  results: "result",
  inputs: "input",
};

const catalogTitles = new Map<string, string>(annexA.controls.map((c) => [c.id, c.title]));

/** `lastAssessedOn` → `last assessed on`. */
function humanize(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** Cut to `max` characters at a word, with an ellipsis. */
function shorten(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function textField(value: Record<string, unknown>, key: string): string | undefined {
  const text = value[key];
  return typeof text === "string" && text.trim() !== "" ? text : undefined;
}

/** An item of a list by its name: `document "Access Control Policy" (doc-acp)`, `control 5.15 "Access control"`. */
function itemLabel(kind: string, item: unknown, index: number, people: ReadonlyMap<string, string>): string {
  if (item === null || typeof item !== "object") return `${kind} ${index + 1}`;
  const value = item as Record<string, unknown>;
  const id = textField(value, "id");
  if (kind === "control" && id !== undefined) {
    const custom = value["custom"] as { title?: unknown } | undefined;
    const title = typeof custom?.title === "string" ? custom.title : catalogTitles.get(id);
    return title === undefined ? `control ${id}` : `control ${id} "${shorten(title)}"`;
  }
  const personId = textField(value, "personId") ?? textField(value, "approvedById");
  const name =
    textField(value, "name") ??
    textField(value, "title") ??
    textField(value, "subject") ??
    textField(value, "description") ??
    (personId === undefined ? undefined : (people.get(personId) ?? personId));
  const date = textField(value, "date") ?? textField(value, "heldOn") ?? textField(value, "approvedOn");
  if (name === undefined) {
    if (id !== undefined) return `${kind} ${id}`;
    if (kind === "input" && typeof value["input"] === "string") return `input ${value["input"]}`;
    return date === undefined ? `${kind} ${index + 1}` : `${kind} of ${date}`;
  }
  return `${kind} "${shorten(name)}"${id === undefined ? "" : ` (${id})`}`;
}

/**
 * Names what a JSON Pointer into the document points at, the way a reader knows it: the entities on
 * the way by kind, name and id, then the field — `document "Access Control Policy" (doc-acp)`,
 * `supplier "Zendesk, Inc." (sup-zendesk) › last assessed on`, `the whole document` for `""`. A
 * pointer that leads nowhere is named by its segments.
 */
export function entityLabel(isms: Isms, pointer: string, people: ReadonlyMap<string, string> = peopleNames(isms)): string {
  if (pointer === "") return "the whole document";
  const segments = pointer.split("/").slice(1).map(unescapeSegment);
  const parts: string[] = [];
  let current: unknown = isms;
  let listKey: string | undefined;
  for (const segment of segments) {
    if (Array.isArray(current)) {
      const index = /^\d+$/.test(segment) ? Number(segment) : -1;
      const kind = KINDS[listKey ?? ""] ?? humanize(listKey ?? "item");
      current = current[index];
      // "all risks" then "risk …" reads as the item alone.
      if (listKey !== undefined) parts.pop();
      parts.push(itemLabel(kind, current, index, people));
      listKey = undefined;
      continue;
    }
    const next: unknown = current !== null && typeof current === "object" ? (current as Record<string, unknown>)[segment] : undefined;
    if (Array.isArray(next)) {
      listKey = segment;
      parts.push(`all ${humanize(segment)}`);
    } else {
      listKey = undefined;
      parts.push(humanize(segment));
    }
    current = next;
  }
  return parts.join(" › ");
}

/** Each person's name by id. */
export function peopleNames(isms: Pick<Isms, "people">): ReadonlyMap<string, string> {
  return new Map(isms.people.map((p) => [p.id, p.name]));
}
