import { ArgumentError, type ArgumentIssue } from "../core/ArgumentError";
import { argumentError, readOptions } from "../core/arguments";
import { addDaysToDay, addMonthsToDay, daysBetween } from "../core/calendar";
import { describeValue } from "../core/describeValue";
import { didYouMeanHint } from "../core/didYouMean";
import { parseOrThrow } from "../core/fromZodIssues";
import { DATE_RANGE_TEXT, isIsoDate } from "../core/isoDate";
import { addMonthsToDateTime, compareMoments, dayOf, formatInstant, instantOf, isIsoDateTime, offsetOf } from "../core/isoDateTime";
import { formatJsonPath, type JsonPath } from "../core/jsonPointer";
import { addMonthsInTimeZone, isTimeZone, offsetInTimeZone } from "../core/timeZone";
import { IncidentSchema, type Incident } from "./IncidentSchema";
import { IsmsParametersSchema, type IsmsParameters } from "./IsmsParametersSchema";
import { notificationRegimes, type NotificationClock, type NotificationRegime, type NotificationRegimeId } from "./notificationRegimes";
import { resolveIsmsParameters, type IsmsParameter, type IsmsParameterId } from "./resolveIsmsParameters";

/**
 * Where a notification stands: `met` (sent by its due time), `late` (sent after it), `overdue` (not
 * sent, and due before `asOf`), `open` (not sent, not yet due on `asOf` — or no `asOf` was given), or
 * `waiting` (its clock has not started: the report it follows has not been sent).
 *
 * @category Model
 * @example
 * ```ts
 * const status: IncidentDeadlineStatus = "overdue";
 * ```
 */
export type IncidentDeadlineStatus = "met" | "late" | "overdue" | "open" | "waiting";

/**
 * One clock of a notification regime as it runs for an incident: what started it, when, the
 * organisation parameter that sets its length, and the due time it gives.
 *
 * @category Model
 * @example
 * ```ts
 * const clock: IncidentDeadlineClock = {
 *   after: "awareness", startedAt: "2026-03-28T10:00:00+01:00", startedBy: "awareAt",
 *   parameter: { id: "notificationDeadlineHours.gdpr-authority", value: 72, unit: "hours", source: "default" },
 *   dueAt: "2026-03-31T11:00:00+02:00",
 * };
 * ```
 */
export interface IncidentDeadlineClock {
  readonly after: NotificationClock;
  /** When the clock started: a date-time, or a day when the incident records only the day. */
  readonly startedAt: string;
  /** The field of the incident it was read from: `awareAt`, `triage.decidedAt`, `detectedOn`, `notifications[0].sentAt` … */
  readonly startedBy: string;
  readonly parameter: IsmsParameter;
  readonly dueAt: string;
}

/**
 * A notification an incident owes under one regime: when it is due, on which legal text and clock,
 * and whether it was sent in time.
 *
 * @category Model
 * @example
 * ```ts
 * const incident = IncidentSchema.parse({
 *   id: "inc-7", title: "Customer data exposed", severity: "high", status: "contained",
 *   detectedAt: "2026-03-28T09:40:00+01:00", awareAt: "2026-03-28T10:00:00+01:00", personalDataBreach: true,
 *   triage: { decidedAt: "2026-03-28T11:00:00+01:00", decidedById: "p-dpo", classification: "incident", regimes: ["gdpr-authority"] },
 * });
 * const [deadline]: readonly IncidentDeadline[] = incidentDeadlines(incident);
 * [deadline?.regime, deadline?.dueAt, deadline?.status]
 * //=> ["gdpr-authority", "2026-03-31T10:00:00+01:00", "open"]
 * ```
 */
export interface IncidentDeadline {
  readonly regime: NotificationRegimeId;
  readonly name: string;
  readonly recipient: string;
  /** The framework requirement that carries the duty, when it is law (see `isms-kit/mappings`). */
  readonly source?: NotificationRegime["source"];
  /** The further legal act that sets the deadline, when the framework's text leaves it to one. */
  readonly refinedBy?: string;
  /** How isms-kit reads the source (what "without undue delay" is judged against, which clock). */
  readonly reading: string;
  /**
   * Why the regime is listed: the triage decided it applies (`triage`), it follows one that applies
   * (`follows`, e.g. NIS2's final report), a notification under it is recorded (`recorded`), or the
   * caller asked for it (`given`).
   */
  readonly basis: "triage" | "follows" | "recorded" | "given";
  readonly status: IncidentDeadlineStatus;
  /**
   * When it is due: the earliest of its clocks, or the notification's own `dueAt` (a contract or an
   * authority set another); absent while `waiting`. A date-time in the offset of the clock's start
   * (or of `options.timeZone` at the due instant), or a day when the clock started on a day only.
   */
  readonly dueAt?: string;
  readonly dueFrom: "regime" | "notification";
  /** `instant` when the due time is a date-time; `day` when it is judged by calendar day (the clock started on a day without a time). */
  readonly precision: "instant" | "day";
  /** Every clock of the regime that has started, with the due time each gives. */
  readonly clocks: readonly IncidentDeadlineClock[];
  /** The report whose sending starts the clock, while it has not been sent. */
  readonly waitingFor?: NotificationRegimeId;
  /** The earliest notification sent under the regime: its place in `incident.notifications`, its id and when. */
  readonly sent?: { readonly index: number; readonly id: string; readonly at: string };
  /** How late it was sent, or is on `asOf` (`late`, `overdue`), in whole minutes when both are date-times. */
  readonly lateByMinutes?: number;
  /** How late, in calendar days, when the due time or the other moment is a day. */
  readonly lateByDays?: number;
  /** Whole minutes left on `asOf` (an instant) before it is due (`open`). */
  readonly minutesLeft?: number;
}

/**
 * Options of {@link incidentDeadlines}.
 *
 * @category Model
 * @example
 * ```ts
 * const options: IncidentDeadlinesOptions = {
 *   asOf: "2026-03-31T12:00:00+02:00",
 *   parameters: { notificationDeadlineHours: { "gdpr-authority": 48 } },
 *   timeZone: "Europe/Berlin",
 * };
 * ```
 */
export interface IncidentDeadlinesOptions {
  /**
   * The regimes to compute, in any order: by default those the triage decided apply (when it
   * classified an incident), those that follow them, and those a notification is recorded under.
   */
  readonly regimes?: readonly NotificationRegimeId[];
  /** The organisation's parameters (the document's `parameters`): a deadline left out takes its legal default. */
  readonly parameters?: IsmsParameters | undefined;
  /**
   * The moment to judge unsent notifications on: a date-time with its offset, a `Date` (its
   * instant), or a day `YYYY-MM-DD` (a notification due that day is not yet overdue). Without it,
   * an unsent notification is `open`.
   */
  readonly asOf?: string | Date;
  /**
   * An IANA time zone (`Europe/Berlin`) for reading calendar months on the local wall clock across a
   * daylight-saving change, and for writing due times in the local offset. Without it, months are
   * counted in the offset the clock started in.
   */
  readonly timeZone?: string;
}

const FN = "incidentDeadlines";
const REGIMES = new Map<NotificationRegimeId, NotificationRegime>(notificationRegimes.map((r) => [r.id, r]));
/**
 * Clocks that start at the latest report of the one before, not the first: DORA's final report is
 * due one month after the latest (updated) intermediate report (Delegated Regulation (EU) 2025/301).
 */
const FROM_LATEST = new Set<NotificationClock>(["dora-intermediate"]);

/** A moment as the computation holds it: its text, and its instant when it is a date-time. */
interface Moment {
  readonly text: string;
  readonly instant?: number;
}

const moment = (text: string): Moment => (text.length > 10 ? { text, instant: instantOf(text) } : { text });

/** Orders two moments: by instant when both have one, else by calendar day. */
function compare(a: Moment, b: Moment): number {
  return a.instant !== undefined && b.instant !== undefined ? a.instant - b.instant : compareMoments(a.text, b.text);
}

function readAsOf(value: unknown): Moment | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) throw argumentError(FN, ["options", "asOf"], "invalid_value", "expected a valid Date; found an invalid Date");
    const text = formatInstant(time, 0);
    if (!isIsoDateTime(text)) throw argumentError(FN, ["options", "asOf"], "invalid_value", `expected a Date ${DATE_RANGE_TEXT} (UTC); found ${text}`);
    return { text, instant: time };
  }
  if (isIsoDateTime(value) || isIsoDate(value)) return moment(value);
  throw argumentError(FN, ["options", "asOf"], "invalid_format", `expected a date-time with its offset (2026-03-04T09:12:00+01:00), a day YYYY-MM-DD or a Date; found ${describeValue(value)}`);
}

function readRegimes(value: unknown): Set<NotificationRegimeId> | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw argumentError(FN, ["options", "regimes"], "invalid_type", `expected a list of notification regime ids; found ${describeValue(value)}`);
  const ids = [...REGIMES.keys()];
  const issues: ArgumentIssue[] = [];
  value.forEach((id: unknown, i) => {
    if (typeof id !== "string" || !REGIMES.has(id as NotificationRegimeId)) {
      issues.push(argumentError(FN, ["options", "regimes", i], "invalid_value", `expected a notification regime id (${ids.join(", ")}); found ${describeValue(id)}${typeof id === "string" ? didYouMeanHint(id, ids) : ""}`).issues[0]!);
    }
  });
  if (issues.length > 0) throw new ArgumentError(`Invalid arguments to ${FN}`, issues);
  return new Set(value as NotificationRegimeId[]);
}

/** The earliest (or, for `latest`, the latest) notification sent under a regime. */
function sentUnder(incident: Incident, regime: NotificationRegimeId, latest = false): { index: number; id: string; at: Moment } | undefined {
  let found: { index: number; id: string; at: Moment } | undefined;
  incident.notifications.forEach((notification, index) => {
    if (notification.regime !== regime || notification.sentAt === undefined) return;
    const at = moment(notification.sentAt);
    const order = found === undefined ? 0 : compare(at, found.at);
    if (found === undefined || (latest ? order >= 0 : order < 0)) found = { index, id: notification.id, at };
  });
  return found;
}

/** When the organisation became aware of the incident, and the field that says so. */
function awareness(incident: Incident): { at: string; by: JsonPath } {
  if (incident.awareAt !== undefined) return { at: incident.awareAt, by: ["awareAt"] };
  if (incident.triage !== undefined) return { at: incident.triage.decidedAt, by: ["triage", "decidedAt"] };
  if (incident.detectedAt !== undefined) return { at: incident.detectedAt, by: ["detectedAt"] };
  return { at: incident.detectedOn, by: ["detectedOn"] };
}

function clockStart(incident: Incident, after: NotificationClock): { at: string; by: JsonPath } | undefined {
  if (after === "awareness") return awareness(incident);
  if (after === "classification") {
    if (incident.classifiedAt !== undefined) return { at: incident.classifiedAt, by: ["classifiedAt"] };
    if (incident.triage !== undefined) return { at: incident.triage.decidedAt, by: ["triage", "decidedAt"] };
    return awareness(incident);
  }
  const sent = sentUnder(incident, after, FROM_LATEST.has(after));
  return sent === undefined ? undefined : { at: sent.at.text, by: ["notifications", sent.index, "sentAt"] };
}

/** The due time a clock gives: exact elapsed hours on instants, calendar months on the wall clock; on a day, whole days. */
function dueOf(start: Moment, parameter: IsmsParameter, timeZone: string | undefined): Moment {
  if (start.instant === undefined) {
    if (parameter.unit === "months") return { text: addMonthsToDay(start.text, parameter.value) };
    const hours = parameter.unit === "hours" ? parameter.value : parameter.value * 24;
    return { text: addDaysToDay(start.text, Math.ceil(hours / 24)) };
  }
  let instant: number;
  if (parameter.unit === "months") {
    instant = timeZone === undefined ? instantOf(addMonthsToDateTime(start.text, parameter.value)) : addMonthsInTimeZone(start.instant, parameter.value, timeZone);
  } else {
    instant = start.instant + (parameter.unit === "hours" ? parameter.value : parameter.value * 24) * 3_600_000;
  }
  const offset = timeZone === undefined ? offsetOf(start.text) : offsetInTimeZone(instant, timeZone);
  return { text: formatInstant(instant, offset), instant };
}

/** How late `at` is against `due`: minutes on two instants, else calendar days. */
function lateness(due: Moment, at: Moment): { lateByMinutes: number } | { lateByDays: number } {
  if (due.instant !== undefined && at.instant !== undefined) return { lateByMinutes: Math.floor((at.instant - due.instant) / 60_000) };
  return { lateByDays: daysBetween(dayOf(due.text), dayOf(at.text)) };
}

/**
 * Every notification an incident owes, per regime (GDPR Art. 33 and 34, NIS2 Art. 23(4), DORA
 * Art. 19(4), a contract — {@link notificationRegimes}), with its due time and where it stands:
 * `met`, `late`, `overdue`, `open` or `waiting`.
 *
 * Due times are computed on instants, so offsets and daylight-saving changes cannot move them: an
 * hours deadline is that many elapsed hours (72 hours from 10:00 CET on the Saturday before clocks
 * go forward is 11:00 CEST on the Tuesday), a months deadline is calendar months — the same
 * wall-clock time on the same day of the month, the last day of a shorter month (31 January + 1
 * month is 28 or 29 February). Months are read on the wall clock of `options.timeZone`, else in the
 * offset the clock started in. The clock starts at awareness (`awareAt`, else the triage decision,
 * else detection), at classification for DORA (`classifiedAt`, else the triage decision), or when
 * the report before was sent (NIS2's and DORA's later reports). A regime with several clocks (DORA's
 * initial notification: 4 hours from classification, 24 from awareness) is due at the earliest; a
 * notification's own `dueAt` (set by a contract or an authority) wins. An incident that records only
 * the day it was detected is judged by calendar day (a 72-hour deadline is the end of the third day
 * after), giving the benefit of the doubt.
 *
 * These readings are never later than the general EU rule on periods (Regulation (EEC, Euratom)
 * No 1182/71, Art. 3), which starts an hours period at the next full hour and ends a months period
 * at the end of the day: a notification judged `met` here is in time under either reading.
 *
 * @param incident - an incident of a parsed document (or as written: it is validated)
 * @param options - the regimes, the organisation's parameters, `asOf` and a time zone
 * @returns one entry per regime, in the order of {@link notificationRegimes}
 * @throws {@link ArgumentError} when the incident is not a valid incident, or an option is invalid (an
 *   unknown regime or time zone, an `asOf` that is no moment, parameters out of bounds)
 * @category Model
 * @example
 * ```ts
 * // Aware on the Saturday before clocks go forward in Berlin (29 March 2026), notified on the Tuesday.
 * const incident = IncidentSchema.parse({
 *   id: "inc-7", title: "Customer data exposed", severity: "high", status: "resolved",
 *   detectedAt: "2026-03-28T09:40:00+01:00", awareAt: "2026-03-28T10:00:00+01:00", personalDataBreach: true,
 *   triage: { decidedAt: "2026-03-28T11:30:00+01:00", decidedById: "p-dpo", classification: "incident", regimes: ["gdpr-authority", "nis2-early-warning", "nis2-notification"] },
 *   notifications: [
 *     { id: "inc-7-n1", regime: "gdpr-authority", recipient: "Data protection authority", sentAt: "2026-03-31T10:30:00+02:00" },
 *   ],
 * });
 * incidentDeadlines(incident, { asOf: "2026-04-01T09:00:00+02:00" }).map((d) => [d.regime, d.dueAt, d.status])
 * //=> [["gdpr-authority", "2026-03-31T10:00:00+01:00", "met"], ["nis2-early-warning", "2026-03-29T10:00:00+01:00", "overdue"], ["nis2-notification", "2026-03-31T10:00:00+01:00", "overdue"], ["nis2-final-report", undefined, "waiting"]]
 * incidentDeadlines(incident, { regimes: ["gdpr-authority"], timeZone: "Europe/Berlin" })[0]?.dueAt
 * //=> "2026-03-31T11:00:00+02:00"
 * ```
 */
export function incidentDeadlines(incident: Incident, options?: IncidentDeadlinesOptions): readonly IncidentDeadline[] {
  const given = readOptions(options, FN);
  const checked = parseOrThrow(IncidentSchema, incident, (issues) => new ArgumentError(`Invalid arguments to ${FN}`, issues as ArgumentIssue[]), { prefix: ["incident"] });
  const parameterValues =
    given.parameters === undefined
      ? undefined
      : parseOrThrow(IsmsParametersSchema, given.parameters, (issues) => new ArgumentError(`Invalid arguments to ${FN}`, issues as ArgumentIssue[]), { prefix: ["options", "parameters"] });
  const parameters = resolveIsmsParameters({ parameters: parameterValues });
  const asOf = readAsOf(given.asOf);
  const timeZone = given.timeZone;
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    throw argumentError(FN, ["options", "timeZone"], "invalid_value", `expected an IANA time zone such as "Europe/Berlin"; found ${describeValue(timeZone)}`);
  }
  const asked = readRegimes(given.regimes);

  const basis = new Map<NotificationRegimeId, IncidentDeadline["basis"]>();
  if (asked !== undefined) for (const id of asked) basis.set(id, "given");
  else {
    if (checked.triage?.classification === "incident") for (const id of checked.triage.regimes) basis.set(id, "triage");
    for (let grew = true; grew; ) {
      grew = false;
      for (const regime of notificationRegimes) {
        if (!basis.has(regime.id) && regime.deadlines.some((d) => basis.has(d.after as NotificationRegimeId))) {
          basis.set(regime.id, "follows");
          grew = true;
        }
      }
    }
    for (const n of checked.notifications) if (!basis.has(n.regime)) basis.set(n.regime, "recorded");
  }

  const out: IncidentDeadline[] = [];
  for (const regime of notificationRegimes) {
    const why = basis.get(regime.id);
    if (why === undefined) continue;
    const clocks: IncidentDeadlineClock[] = [];
    let due: Moment | undefined;
    let waitingFor: NotificationRegimeId | undefined;
    for (const deadline of regime.deadlines) {
      const start = clockStart(checked, deadline.after);
      if (start === undefined) {
        waitingFor ??= deadline.after as NotificationRegimeId;
        continue;
      }
      const parameter = parameters[deadline.parameter as IsmsParameterId];
      const at = dueOf(moment(start.at), parameter, timeZone);
      clocks.push({ after: deadline.after, startedAt: start.at, startedBy: formatJsonPath(start.by), parameter, dueAt: at.text });
      if (due === undefined || compare(at, due) < 0) due = at;
    }
    const own = checked.notifications.find((n) => n.regime === regime.id && n.dueAt !== undefined)?.dueAt;
    if (own !== undefined) due = moment(own);
    const sent = sentUnder(checked, regime.id);

    let status: IncidentDeadlineStatus;
    let measure: Partial<Pick<IncidentDeadline, "lateByMinutes" | "lateByDays" | "minutesLeft">> = {};
    if (sent !== undefined) {
      status = due === undefined || compare(sent.at, due) <= 0 ? "met" : "late";
      if (status === "late") measure = lateness(due!, sent.at);
    } else if (due === undefined) status = "waiting";
    else if (asOf !== undefined && compare(due, asOf) < 0) {
      status = "overdue";
      measure = lateness(due, asOf);
    } else {
      status = "open";
      if (asOf?.instant !== undefined && due.instant !== undefined) measure = { minutesLeft: Math.floor((due.instant - asOf.instant) / 60_000) };
    }
    out.push({
      regime: regime.id,
      name: regime.name,
      recipient: regime.recipient,
      ...(regime.source === undefined ? {} : { source: { ...regime.source } }),
      ...(regime.refinedBy === undefined ? {} : { refinedBy: regime.refinedBy }),
      reading: regime.reading,
      basis: why,
      status,
      ...(due === undefined ? {} : { dueAt: due.text }),
      dueFrom: own === undefined ? "regime" : "notification",
      precision: due === undefined || due.instant !== undefined ? "instant" : "day",
      clocks,
      ...(due === undefined && waitingFor !== undefined ? { waitingFor } : {}),
      ...(sent === undefined ? {} : { sent: { index: sent.index, id: sent.id, at: sent.at.text } }),
      ...measure,
    });
  }
  return out;
}
