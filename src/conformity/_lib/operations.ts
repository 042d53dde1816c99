import type { Incident } from "../../model/IncidentSchema";
import type { Isms } from "../../model/IsmsSchema";
import type { IsmsParameter } from "../../model/resolveIsmsParameters";
import type { ConformityIndex, IndexedEntity } from "../ConformityContext";
import type { ConformityNotAssessable, ConformityRuleFinding } from "../ConformityRule";
import { unlessApplicable } from "./applicability";
import { gradeItems } from "./grading";
import type { GradingPolicy } from "../GradingPolicySchema";
import { pointer } from "./pointers";
import { listForMessage } from "./text";

/** Whether an incident record is an incident: not an event the triage decided is not one. */
export function isIncident(incident: Incident): boolean {
  return incident.triage?.classification !== "event";
}

/** The entities of a collection with their pointers, those `keep` selects. */
export function located<T>(items: readonly T[], collection: string, keep: (item: T) => boolean = () => true): IndexedEntity<T>[] {
  const out: IndexedEntity<T>[] = [];
  items.forEach((value, i) => {
    if (keep(value)) out.push({ value, pointer: pointer(collection, i) });
  });
  return out;
}

/** The latest day `day` gives among the items, on or before `asOf`, with its item. */
export function latestOn<T>(items: readonly T[] | undefined, day: (item: T) => string | undefined, asOf: string): { readonly item: T; readonly day: string } | undefined {
  let best: { item: T; day: string } | undefined;
  for (const item of items ?? []) {
    const d = day(item);
    if (d !== undefined && d <= asOf && (best === undefined || d > best.day)) best = { item, day: d };
  }
  return best;
}

/**
 * The start of a control's rule on operating records: why it is not assessable (the control is
 * excluded or undecided, or `records` is empty, with `none` as the reason), else `undefined`.
 */
export function unlessRecords(controlId: string, index: ConformityIndex, records: readonly unknown[], none: string): ConformityNotAssessable | undefined {
  return unlessApplicable(controlId, index) ?? (records.length === 0 ? { notAssessable: none } : undefined);
}

/**
 * One finding per lapse (the rule's default severity) or, when the lapses form a pattern under the
 * grading policy (and `systemic` is not false: an opportunity for improvement never becomes a major
 * by number), one major finding listing them: `what` names the population ("active backup
 * jobs"), `label` each lapse in the list.
 */
export function gradeLapses<T>(
  lapses: readonly { readonly item: T; readonly message: string; readonly refs: readonly string[]; readonly parameters?: readonly IsmsParameter[] }[],
  population: number,
  policy: GradingPolicy,
  what: string,
  label: (item: T) => string,
  systemic = true,
): ConformityRuleFinding[] {
  const parametersOf = (all: typeof lapses) => {
    const seen = new Map<string, IsmsParameter>();
    for (const l of all) for (const p of l.parameters ?? []) seen.set(p.id, p);
    return seen.size === 0 ? {} : { parameters: [...seen.values()] };
  };
  if (!systemic) return lapses.map((l) => ({ message: l.message, refs: l.refs, ...(l.parameters && l.parameters.length > 0 ? { parameters: l.parameters } : {}) }));
  return gradeItems(
    lapses,
    population,
    policy,
    (l) => ({ message: l.message, refs: l.refs, ...(l.parameters && l.parameters.length > 0 ? { parameters: l.parameters } : {}) }),
    (all) => ({ message: `${all.length} of ${population} ${what}: ${listForMessage(all.map((l) => label(l.item)))}`, refs: all.flatMap((l) => l.refs), ...parametersOf(all) }),
  );
}

/** Whether a record's status keeps it in use (`active`, or no status). */
export function isInUse(record: { readonly status?: string }): boolean {
  return record.status === undefined || record.status === "active";
}

/** The active accounts of a document that `keep` selects (all by default), located: only those are given a pointer. */
export function activeAccounts(isms: Isms, keep: (account: Isms["accounts"][number]) => boolean = () => true): IndexedEntity<Isms["accounts"][number]>[] {
  return located(isms.accounts, "accounts", (a) => a.status === "active" && keep(a));
}
