import type { EndpointCoverage } from "../../model/EndpointCoverageSchema";
import type { Isms } from "../../model/IsmsSchema";
import type { IndexedEntity } from "../ConformityContext";
import { pointer } from "./pointers";

/** The latest coverage record of each population of devices (by scope), on or before `asOf`. */
export function latestCoverage(isms: Isms, asOf: string): IndexedEntity<EndpointCoverage>[] {
  const latest = new Map<string, IndexedEntity<EndpointCoverage>>();
  isms.endpointCoverage.forEach((value, i) => {
    if (value.checkedOn > asOf) return;
    const key = value.scope.trim().toLowerCase();
    const current = latest.get(key);
    if (current === undefined || value.checkedOn > current.value.checkedOn) latest.set(key, { value, pointer: pointer("endpointCoverage", i) });
  });
  return [...latest.values()];
}

/** `3 of 118 devices (2.5 %)`. */
export function shareOf(count: number, total: number): string {
  return `${count} of ${total} devices (${total === 0 ? 0 : Math.round((count / total) * 1000) / 10} %)`;
}
