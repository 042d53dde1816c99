import type { AccessEvent } from "../../model/AccessEventSchema";
import type { Isms } from "../../model/IsmsSchema";
import type { ConformityContext } from "../ConformityContext";
import type { ConformityCheckResult } from "../ConformityRule";
import { gradeLapses, located, unlessRecords } from "./operations";
import { quote } from "./text";

/**
 * The lapses of one step of the joiner or leaver process: each event of `type` whose day has come
 * (on or before `asOf`) for which `lapse` says what is missing.
 */
export function accessEventLapses(
  isms: Isms,
  { asOf, index, gradingPolicy }: ConformityContext,
  controlId: string,
  type: AccessEvent["type"],
  lapse: (event: AccessEvent) => { readonly what: string; readonly field?: string } | undefined,
  population: string,
  systemic = true,
): ConformityCheckResult {
  const events = located(isms.accessEvents, "accessEvents", (e) => e.type === type && e.effectiveOn <= asOf);
  const skip = unlessRecords(controlId, index, events, `no ${type} is recorded`);
  if (skip) return skip;
  const lapses = events.flatMap(({ value: e, pointer }) => {
    const found = lapse(e);
    if (found === undefined) return [];
    const who = quote(index.people.get(e.personId)?.value.name ?? e.personId);
    return [{ item: e, message: `the ${type} ${who} (${type === "joiner" ? "first day" : "last day"} ${e.effectiveOn}) ${found.what}`, refs: [found.field === undefined ? pointer : `${pointer}/${found.field}`] }];
  });
  return gradeLapses(lapses, events.length, gradingPolicy, population, (e) => e.id, systemic);
}
