import { addHoursToDateTime, addMonthsToDateTime, compareMoments, dayOf } from "../../core/isoDateTime";
import type { Incident, IncidentNotification } from "../../model/IncidentSchema";
import { notificationRegimes, type NotificationClock, type NotificationRegime, type NotificationRegimeId } from "../../model/notificationRegimes";
import type { IsmsParameter, IsmsParameterId } from "../../model/resolveIsmsParameters";
import { shiftDays, shiftMonths } from "./dates";

/**
 * A moment: a date-time with its offset where the record has one, else a day (meaning "by the end of
 * that day", the benefit of the doubt when the time is not recorded).
 */
export type Moment = string;

/** How one required notification of an incident stands. */
export interface NotificationStanding {
  readonly regime: NotificationRegime;
  /** When it was due: the earliest of the regime's deadlines, or the notification's own `dueAt`. */
  readonly due: Moment;
  /** The earliest notification sent under the regime, with its place in the incident's list. */
  readonly sent?: { readonly notification: IncidentNotification; readonly index: number; readonly at: Moment };
  /** The deadlines that applied, with what started each clock (none when the notification's own `dueAt` set it). */
  readonly deadlines: readonly { readonly parameter: IsmsParameter; readonly after: NotificationClock }[];
}

/** When the organisation became aware of the incident: its `awareAt`, else the triage decision, else its detection. */
export function awarenessOf(incident: Incident): Moment {
  return incident.awareAt ?? incident.triage?.decidedAt ?? incident.detectedAt ?? incident.detectedOn;
}

/** The regimes an incident's triage found apply, with those whose clock starts at one of them (the reports that follow). */
export function requiredRegimes(incident: Incident): NotificationRegime[] {
  const required = new Set<NotificationRegimeId>(incident.triage?.classification === "incident" ? incident.triage.regimes : []);
  for (let grew = true; grew; ) {
    grew = false;
    for (const regime of notificationRegimes) {
      if (required.has(regime.id)) continue;
      if (regime.deadlines.some((d) => required.has(d.after as NotificationRegimeId))) {
        required.add(regime.id);
        grew = true;
      }
    }
  }
  return notificationRegimes.filter((r) => required.has(r.id));
}

function sentUnder(incident: Incident, regime: NotificationRegimeId): NotificationStanding["sent"] {
  let best: NotificationStanding["sent"];
  incident.notifications.forEach((notification, index) => {
    if (notification.regime !== regime || notification.sentAt === undefined) return;
    if (best === undefined || compareMoments(notification.sentAt, best.at) < 0) best = { notification, index, at: notification.sentAt };
  });
  return best;
}

function clockStart(incident: Incident, after: NotificationClock): Moment | undefined {
  if (after === "awareness") return awarenessOf(incident);
  if (after === "classification") return incident.classifiedAt ?? incident.triage?.decidedAt ?? awarenessOf(incident);
  return sentUnder(incident, after)?.at;
}

/** A moment plus a parameter's amount: exact hours on instants; on a day, whole days rounded up. */
function plus(start: Moment, parameter: IsmsParameter): Moment {
  const instant = start.length > 10;
  if (parameter.unit === "months") return instant ? addMonthsToDateTime(start, parameter.value) : shiftMonths(start, parameter.value);
  const hours = parameter.unit === "hours" ? parameter.value : parameter.value * 24;
  return instant ? addHoursToDateTime(start, hours) : shiftDays(start, Math.ceil(hours / 24));
}

/**
 * How each notification an incident's triage requires stands: when it was due and when (if) it was
 * sent. A regime whose clock has not started (the report it follows has not been sent) is left out:
 * the report before it is what is late.
 */
export function notificationStandings(incident: Incident, parameters: Readonly<Record<IsmsParameterId, IsmsParameter>>): NotificationStanding[] {
  const out: NotificationStanding[] = [];
  for (const regime of requiredRegimes(incident)) {
    const sent = sentUnder(incident, regime.id);
    const own = incident.notifications.find((n) => n.regime === regime.id && n.dueAt !== undefined)?.dueAt;
    if (own !== undefined) {
      out.push({ regime, due: own, ...(sent ? { sent } : {}), deadlines: [] });
      continue;
    }
    let due: Moment | undefined;
    const used: { parameter: IsmsParameter; after: NotificationClock }[] = [];
    for (const deadline of regime.deadlines) {
      const start = clockStart(incident, deadline.after);
      if (start === undefined) continue;
      const parameter = parameters[deadline.parameter as IsmsParameterId];
      const at = plus(start, parameter);
      used.push({ parameter, after: deadline.after });
      if (due === undefined || compareMoments(at, due) < 0) due = at;
    }
    if (due !== undefined) out.push({ regime, due, ...(sent ? { sent } : {}), deadlines: used });
  }
  return out;
}

/** Whether a notification sent at `sent` was late for `due` (by day when either is a day). */
export function isLate(sent: Moment, due: Moment): boolean {
  return compareMoments(sent, due) > 0;
}

/** Whether a notification due at `due` and not sent is overdue on `asOf` (the day after the due day). */
export function isOverdue(due: Moment, asOf: string): boolean {
  return dayOf(due) < asOf;
}
