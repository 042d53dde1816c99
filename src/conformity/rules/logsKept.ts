import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { gradeLapses, located, unlessRecords } from "../_lib/operations";
import { describeParameter } from "../_lib/parameters";
import type { ConformityRuleFinding } from "../ConformityRule";
import { quote } from "../_lib/text";

/** Annex A 8.15: logs are produced for every system, kept long enough, and protected. @category Conformity */
export const logsKept = builtInRule({
  id: "A.8.15-logs-kept",
  controlId: "8.15",
  title: "Logs are kept long enough and protected, for every system",
  description: `When control 8.15 is applicable, every active log source keeps its logs at least as long as the organisation's minimum (\`parameters.logRetentionDays\`) and protects them against tampering (\`integrity\` other than none): minor for each that does not, ${ISOLATED_LAPSE}. Every active system has an active log source (\`logSources[].systemId\`): minor for each system without; ${SYSTEMIC_RULE} (of the active systems).`,
  severity: "minor",
  stage: 2,
  hint: "Extend the retention, move the logs to protected storage (append-only, signed or write-once), and log the systems that are not.",
  reads: ["logSources", "systems"],
  check(isms, { index, parameters, gradingPolicy }) {
    const active = located(isms.logSources, "logSources", (l) => l.status === "active");
    const skip = unlessRecords("8.15", index, active, "no active log source is recorded");
    if (skip) return skip;
    const minimum = parameters.logRetentionDays;
    const out: ConformityRuleFinding[] = [];
    for (const { value: l, pointer } of active) {
      const short = l.retentionDays < minimum.value ? `keeps its logs ${l.retentionDays} days (at least ${describeParameter(minimum)})` : undefined;
      const open = l.integrity === "none" ? "does not protect its logs against tampering" : undefined;
      if (short === undefined && open === undefined) continue;
      out.push({ message: `log source ${quote(l.name)} ${[short, open].filter((x) => x !== undefined).join(" and ")}`, refs: [pointer], ...(short ? { parameters: [minimum] } : {}) });
    }
    const { systems, logSourcesBySystem } = index.operations;
    const activeSystems = [...systems.values()].filter(({ value }) => value.status === "active");
    const unlogged = activeSystems.filter(({ value }) => !logSourcesBySystem.has(value.id)).map(({ value, pointer }) => ({ item: value, message: `system ${quote(value.name)} has no active log source`, refs: [pointer] }));
    return [...out, ...gradeLapses(unlogged, activeSystems.length, gradingPolicy, "active systems have no log source", (s) => s.id)];
  },
});
