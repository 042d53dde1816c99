import { dayOf, instantOf } from "../../core/isoDateTime";
import { builtInRule } from "../_lib/builtInRule";
import { SYSTEMIC_RULE } from "../_lib/grading";
import { isLate, isOverdue, notificationStandings, type NotificationStanding } from "../_lib/notificationDeadlines";
import { gradeLapses, isIncident, located, unlessRecords } from "../_lib/operations";
import { describeParameter } from "../_lib/parameters";
import type { ConformityRuleFinding } from "../ConformityRule";
import { quote } from "../_lib/text";

const CLOCKS: Record<string, string> = { awareness: "from awareness", classification: "from classification" };

/** "due 2026-08-06T11:00:00+02:00 (72 hours (default) from awareness)". */
function dueText(standing: NotificationStanding): string {
  if (standing.deadlines.length === 0) return `due ${standing.due} (its own deadline)`;
  const clocks = standing.deadlines.map(({ parameter, after }) => `${describeParameter(parameter)} ${CLOCKS[after] ?? `after the ${after} notice`}`);
  return `due ${standing.due} (${clocks.join(", and at most ")})`;
}

/** How late, in whole hours when both ends are instants, else in days. */
function lateness(sent: string, due: string): string {
  if (sent.length > 10 && due.length > 10) return `${Math.ceil((instantOf(sent) - instantOf(due)) / 3_600_000)} hours late`;
  return `sent on ${dayOf(sent)}`;
}

/** Annex A 5.26: incidents are notified to the authorities, data subjects and customers in time. @category Conformity */
export const notificationsOnTime = builtInRule({
  id: "A.5.26-notifications-on-time",
  controlId: "5.26",
  title: "Incidents are notified within each regime's deadline",
  description: `When control 5.26 is applicable, every notification the triage decision found due (\`triage.regimes\`, with the reports that follow them: NIS2's final report, DORA's intermediate and final reports) was sent by its deadline: the notification's own \`dueAt\`, else the regime's (\`parameters.notificationDeadlineHours\`, \`parameters.notificationDeadlineMonths\`, from awareness, classification or the report before, as \`notificationRegimes\` sets out). Deadlines are computed on instants when the incident records them (offsets and daylight-saving changes do not matter), else by whole days, giving the benefit of the doubt. A legal notification (GDPR, NIS2, DORA) still not sent after its deadline is a major nonconformity — the duty the response exists to meet was not met at all, as ISO/IEC 17021-1 grades a requirement not fulfilled. A contractual notice not sent, or any notification sent late, is minor: the process works but lapsed once; ${SYSTEMIC_RULE} (of the notifications due).`,
  severity: "minor",
  stage: 2,
  hint: "Send the notification now and record it (`notifications`: regime, recipient, sentAt); for late ones, find out why and correct the procedure (who is on call to notify, templates ready).",
  reads: ["incidents"],
  check(isms, { asOf, index, parameters, gradingPolicy }) {
    const notifiable = located(isms.incidents, "incidents", (x) => isIncident(x) && x.detectedOn <= asOf && (x.triage?.regimes.length ?? 0) > 0);
    const skip = unlessRecords("5.26", index, notifiable, "no incident was found to need a notification");
    if (skip) return skip;
    const missing: ConformityRuleFinding[] = [];
    const late: { item: string; message: string; refs: string[]; parameters: readonly (typeof parameters)[keyof typeof parameters][] }[] = [];
    let due = 0;
    for (const { value: x, pointer } of notifiable) {
      for (const standing of notificationStandings(x, parameters)) {
        if (standing.sent === undefined && !isOverdue(standing.due, asOf)) continue;
        due++;
        const what = `the ${standing.regime.name} for the ${x.severity} incident ${quote(x.title)}`;
        if (standing.sent === undefined) {
          missing.push({
            message: `${what} was not sent: it was ${dueText(standing)}`,
            refs: [`${pointer}/triage`],
            ...(standing.regime.source === undefined ? {} : { severity: "major" as const }),
            ...(standing.deadlines.length > 0 ? { parameters: standing.deadlines.map((d) => d.parameter) } : {}),
          });
        } else if (isLate(standing.sent.at, standing.due)) {
          late.push({
            item: `${x.id} (${standing.regime.id})`,
            message: `${what} was sent ${standing.sent.at}, ${lateness(standing.sent.at, standing.due)}: it was ${dueText(standing)}`,
            refs: [`${pointer}/notifications/${standing.sent.index}`],
            parameters: standing.deadlines.map((d) => d.parameter),
          });
        }
      }
    }
    if (due === 0) return [];
    return [...missing, ...gradeLapses(late, due, gradingPolicy, "notifications due were sent late", (item) => item)];
  },
});
