import type { Isms } from "../../model/IsmsSchema";
import type { ConformityContext } from "../ConformityContext";
import type { ConformityCheckResult } from "../ConformityRule";
import { shiftMonths } from "./dates";
import { gradeLapses, latestOn, unlessRecords } from "./operations";
import { describeParameter } from "./parameters";
import { quote } from "./text";

/**
 * The access-review lapses of one privilege level: each active system with active accounts of the
 * level whose last completed review covering them (all accounts; for `privileged`, also a review of
 * the privileged ones) is older than the organisation's interval for the level, or missing.
 */
export function accessReviewLapses(isms: Isms, { asOf, index, parameters, gradingPolicy }: ConformityContext, level: "standard" | "privileged"): ConformityCheckResult {
  const controlId = level === "privileged" ? "8.2" : "5.18";
  const { systems, accountsBySystem, accessReviewsBySystem } = index.operations;
  const inScope = [...systems.values()].filter(({ value }) => value.status === "active" && (accountsBySystem.get(value.id) ?? []).some((a) => a.value.status === "active" && a.value.privilege === level));
  const skip = unlessRecords(controlId, index, inScope, `no active system has active ${level} accounts on record`);
  if (skip) return skip;
  const interval = parameters[`accessReviewIntervalMonths.${level}`];
  const since = shiftMonths(asOf, -interval.value);
  const lapses = inScope.flatMap(({ value: system, pointer }) => {
    const reviews = (accessReviewsBySystem.get(system.id) ?? []).filter((r) => level === "privileged" || r.value.scope === "all");
    const last = latestOn(reviews, (r) => r.value.performedOn, asOf);
    if (last !== undefined && last.day >= since) return [];
    const what = level === "privileged" ? "privileged access to" : "access to";
    return [
      {
        item: system.id,
        message:
          last === undefined
            ? `${what} system ${quote(system.name)} has never been reviewed (every ${describeParameter(interval)})`
            : `${what} system ${quote(system.name)} was last reviewed on ${last.day}: due again by ${shiftMonths(last.day, interval.value)} (every ${describeParameter(interval)})`,
        refs: last === undefined ? [pointer] : [last.item.pointer],
        parameters: [interval],
      },
    ];
  });
  return gradeLapses(lapses, inScope.length, gradingPolicy, `systems are overdue for a review of ${level} access`, (id) => id);
}
