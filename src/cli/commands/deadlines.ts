import { incidentDeadlines, type IncidentDeadline } from "isms-kit";
import { didYouMeanHint } from "../../core/didYouMean";
import { isIsoDate } from "../../core/isoDate";
import { isIsoDateTime } from "../../core/isoDateTime";
import { isTimeZone } from "../../core/timeZone";
import { CliError, EXIT } from "../_lib/CliError";
import type { Command } from "../_lib/Command";
import { loadIsms } from "../_lib/loadIsms";
import { renderTable, type TableCell } from "../_lib/renderTable";
import type { StyleName } from "../_lib/style";
import { plural } from "../_lib/text";
import { toJson } from "../_lib/writeOutput";

const STATUS_STYLE: Readonly<Record<IncidentDeadline["status"], StyleName>> = { met: "green", late: "yellow", overdue: "red", open: "bold", waiting: "dim" };

/** `1 h 30 min`, `3 days`: how late, in words. */
function lateness(d: IncidentDeadline): string {
  if (d.lateByDays !== undefined) return plural(d.lateByDays, "day");
  if (d.lateByMinutes === undefined) return "";
  const hours = Math.floor(d.lateByMinutes / 60);
  const minutes = d.lateByMinutes % 60;
  return hours === 0 ? `${minutes} min` : `${hours} h${minutes === 0 ? "" : ` ${minutes} min`}`;
}

/** `isms-kit deadlines <file>`: every notification deadline of the incidents. */
export const deadlines: Command = {
  name: "deadlines",
  description:
    "Prints every notification an incident owes (ISO/IEC 27001:2022 Annex A 5.26; GDPR Art. 33 and 34, NIS2 Art. 23(4), DORA Art. 19(4), a contract) with the instant it is due — hours as elapsed hours and months as calendar months, on the time line, so offsets and daylight-saving changes cannot move them — and where it stands: met, late (by how much), overdue, open or waiting for the report it follows. The regimes are those the triage decided apply, the reports that follow them, and any a notification is recorded under; the deadlines are the organisation's parameters, the legal ones by default. --as-of takes a day or a date-time with its offset (on a day, a notification due that day is not yet overdue).",
  arguments: [{ name: "file", required: true, description: "the ISMS document: a JSON or YAML file, a folder (isms.yaml and isms/), or - for standard input" }],
  options: [
    { name: "incident", type: "string", multiple: true, valueName: "<id>", description: "only this incident (repeat for more)" },
    { name: "format", short: "f", type: "string", valueName: "<table|json>", choices: ["table", "json"], description: "table (default) or json (per incident, every deadline with its clocks)" },
    { name: "time-zone", type: "string", valueName: "<zone>", description: "an IANA time zone (Europe/Berlin): months on its wall clock, due times in its offset" },
    { name: "fail-on-overdue", type: "boolean", description: "exit 1 when a notification is overdue" },
    { name: "as-of", type: "string", valueName: "<YYYY-MM-DD|date-time>", description: "the day, or the moment with its offset, to judge on (default: today)" },
  ],
  exitCodes: [
    [EXIT.ok, "the deadlines were printed (with --fail-on-overdue: and none is overdue)"],
    [EXIT.nonconformities, "with --fail-on-overdue: a notification is overdue"],
    [EXIT.invalid, "the file cannot be read or is not a valid document; no incident with that id; bad usage"],
  ],
  examples: [
    "isms-kit deadlines examples/startup.isms.json",
    "isms-kit deadlines . --incident inc-2026-07 --as-of 2026-03-31T14:00:00+02:00 --time-zone Europe/Berlin",
    "isms-kit deadlines . --fail-on-overdue --format json",
  ],
  run({ args, options, io, out, style, width }) {
    const given = options["as-of"];
    const asOf = given === undefined ? io.today() : String(given);
    if (!isIsoDate(asOf) && !isIsoDateTime(asOf)) throw new CliError(`deadlines: --as-of must be a day YYYY-MM-DD or a date-time with its offset (2026-03-31T14:00:00+02:00); found "${asOf}"`);
    const timeZone = options["time-zone"];
    if (timeZone !== undefined && !isTimeZone(timeZone)) throw new CliError(`deadlines: --time-zone must be an IANA time zone such as Europe/Berlin; found "${String(timeZone)}"`);
    const isms = loadIsms(args["file"] ?? "-", io);
    const wanted = options["incident"] === undefined ? undefined : [options["incident"]].flat().map(String);
    const ids = isms.incidents.map((i) => i.id);
    for (const id of wanted ?? []) if (!ids.includes(id)) throw new CliError(`deadlines: no incident with id "${id}"${didYouMeanHint(id, ids)}`);
    const incidents = isms.incidents.filter((i) => wanted === undefined || wanted.includes(i.id));
    const all = incidents.map((incident) => ({
      incidentId: incident.id,
      title: incident.title,
      deadlines: incidentDeadlines(incident, { asOf, parameters: isms.parameters, ...(typeof timeZone === "string" ? { timeZone } : {}) }),
    }));
    const list = all.flatMap((i) => i.deadlines);
    const status = options["fail-on-overdue"] === true && list.some((d) => d.status === "overdue") ? EXIT.nonconformities : EXIT.ok;
    if (options["format"] === "json") {
      out(toJson({ asOf, incidents: all }));
      return status;
    }
    if (list.length === 0) {
      out(`No notification is owed: no incident's triage found a regime that applies, and none is recorded (${plural(incidents.length, "incident")}).\n`);
      return status;
    }
    out(
      renderTable(
        [{ header: "Incident" }, { header: "Regime" }, { header: "Due" }, { header: "Status" }, { header: "Sent", drop: 2 }, { header: "Late by", align: "right", drop: 1 }, { header: "Source", flex: true, min: 8, ideal: 20, drop: 3 }],
        all.flatMap((incident) =>
          incident.deadlines.map((d): TableCell[] => [
            { text: incident.incidentId, style: "bold" },
            d.regime,
            d.dueAt ?? { text: `after ${d.waitingFor ?? "the report before"}`, style: "dim" },
            { text: d.status, style: STATUS_STYLE[d.status] },
            d.sent?.at ?? "",
            lateness(d),
            d.source === undefined ? "contract" : `${d.source.framework.toUpperCase()} ${d.source.requirementId}`,
          ]),
        ),
        { width, style },
      ),
    );
    const counts = (["met", "late", "overdue", "open", "waiting"] as const).map((s) => [s, list.filter((d) => d.status === s).length] as const).filter(([, n]) => n > 0);
    out(`\n${plural(list.length, "notification")} of ${plural(all.filter((i) => i.deadlines.length > 0).length, "incident")}, as of ${asOf}: ${counts.map(([s, n]) => style(STATUS_STYLE[s], `${n} ${s}`)).join(", ")}\n`);
    return status;
  },
};
