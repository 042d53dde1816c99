import { builtInRule } from "../_lib/builtInRule";
import { located, unlessRecords } from "../_lib/operations";
import { listForMessage, plural } from "../_lib/text";

/** Annex A 8.17: the clocks of logged systems follow a reference time source. @category Conformity */
export const clocksSynchronised = builtInRule({
  id: "A.8.17-clocks-synchronised",
  controlId: "8.17",
  title: "Logged systems' clocks follow a reference time source",
  description:
    "When control 8.17 is applicable, a reference time source is recorded (`timeSources`) and every active log source names the one its clock follows (`timeSourceId`), so that events from different systems can be put in order. Minor when no time source is recorded; minor listing the log sources that name none: one lapse of the control, however many sources.",
  severity: "minor",
  stage: 2,
  hint: "Synchronise the systems to an approved reference (NTP, the cloud provider's time service) and record it for each log source.",
  reads: ["logSources", "timeSources"],
  check(isms, { index }) {
    const active = located(isms.logSources, "logSources", (l) => l.status === "active");
    const skip = unlessRecords("8.17", index, active, "no active log source is recorded");
    if (skip) return skip;
    if (isms.timeSources.length === 0) return [{ message: "no reference time source is recorded for the systems' clocks", refs: ["/timeSources"] }];
    const unsynchronised = active.filter(({ value }) => value.timeSourceId === undefined);
    if (unsynchronised.length === 0) return [];
    return [
      {
        message: `${plural(unsynchronised.length, "active log source names", "active log sources name")} no reference time source: ${listForMessage(unsynchronised.map(({ value }) => value.id))}`,
        refs: unsynchronised.map(({ pointer }) => pointer),
      },
    ];
  },
});
