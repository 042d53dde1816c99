import * as z from "zod";
import { deepFreeze } from "../core/deepFreeze";

/**
 * The id of a notification regime: a duty to tell someone about an incident, with its deadline
 * ({@link notificationRegimes}).
 *
 * @category Model
 * @example
 * ```ts
 * NotificationRegimeIdSchema.safeParse("nis2-early-warning").success
 * //=> true
 * ```
 */
export const NotificationRegimeIdSchema = z
  .enum([
    "gdpr-authority",
    "gdpr-data-subjects",
    "gdpr-controller",
    "nis2-early-warning",
    "nis2-notification",
    "nis2-final-report",
    "dora-initial",
    "dora-intermediate",
    "dora-final",
    "contractual",
  ])
  .register(z.globalRegistry, {
    description:
      "A notification regime: gdpr-authority (GDPR Art. 33(1)), gdpr-data-subjects (Art. 34(1)), gdpr-controller (Art. 33(2), a processor telling its controller), nis2-early-warning, nis2-notification, nis2-final-report (NIS2 Art. 23(4)(a), (b), (d)), dora-initial, dora-intermediate, dora-final (DORA Art. 19(4)(a)–(c)), contractual (a customer's contract).",
    examples: ["gdpr-authority"],
  });

/**
 * The id of a notification regime, inferred from {@link NotificationRegimeIdSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const regime: NotificationRegimeId = "gdpr-authority";
 * ```
 */
export type NotificationRegimeId = z.infer<typeof NotificationRegimeIdSchema>;

/**
 * What starts a notification clock: the organisation becoming aware of the incident (`awareness`:
 * the incident's `awareAt`, else its triage decision, else its detection), the incident's
 * classification under the regime (`classification`: `classifiedAt`, else the triage decision), or
 * the sending of an earlier notification of the same incident (its regime id).
 *
 * @category Model
 * @example
 * ```ts
 * const clock: NotificationClock = "nis2-notification";
 * ```
 */
export type NotificationClock = "awareness" | "classification" | NotificationRegimeId;

/**
 * One deadline of a regime: the organisation parameter that holds it (its value is the legal
 * deadline unless the organisation sets a shorter one of its own) and what starts its clock.
 *
 * @category Model
 * @example
 * ```ts
 * const deadline: NotificationDeadline = { parameter: "notificationDeadlineHours.gdpr-authority", after: "awareness" };
 * ```
 */
export interface NotificationDeadline {
  readonly parameter: `notificationDeadlineHours.${string}` | `notificationDeadlineMonths.${string}`;
  readonly after: NotificationClock;
}

/**
 * A notification regime as data: who must be told of what, by when, and where the duty comes from.
 * `source` names the requirement of a framework of `isms-kit/mappings` that carries the duty (its
 * `reportingDuty`); `deadlines` the clocks that apply (the notification is due at the earliest of
 * them); `reading` says how isms-kit reads the source, where the text leaves room.
 *
 * @category Model
 * @example
 * ```ts
 * const gdpr: NotificationRegime = notificationRegimes.find((r) => r.id === "gdpr-authority")!;
 * [gdpr.recipient, gdpr.source?.requirementId]
 * //=> ["supervisory authority", "Art.33(1)"]
 * ```
 */
export interface NotificationRegime {
  readonly id: NotificationRegimeId;
  readonly name: string;
  /** The event that triggers the duty, as the framework's `reportingDuty.event` names it. */
  readonly event: string;
  /** Who is told, as the framework's `reportingDuty.recipient` names it. */
  readonly recipient: string;
  /** The framework requirement that carries the duty, when it is law. */
  readonly source?: { readonly framework: "gdpr" | "nis2" | "dora"; readonly requirementId: string };
  /** A further legal act that sets the deadline, when the framework's text leaves it to one. */
  readonly refinedBy?: string;
  readonly deadlines: readonly NotificationDeadline[];
  /** How isms-kit reads the source. */
  readonly reading: string;
}

/**
 * The notification regimes isms-kit knows, with their legal sources and deadlines: GDPR Art. 33 and
 * 34, NIS2 Art. 23(4), DORA Art. 19(4) with the time limits of Commission Delegated Regulation (EU)
 * 2025/301, and a contractual notice. The deadlines are organisation parameters
 * (`notificationDeadlineHours`, `notificationDeadlineMonths`) whose defaults are the legal ones, so an
 * organisation may set a shorter target of its own; where the law says only "without undue delay",
 * the default is isms-kit's reading, stated in `reading`. The legal deadlines agree with the
 * `reportingDuty` of the framework data (a test checks it).
 *
 * @category Model
 * @example
 * ```ts
 * notificationRegimes.map((r) => r.id).slice(0, 3)
 * //=> ["gdpr-authority", "gdpr-data-subjects", "gdpr-controller"]
 * notificationRegimes.find((r) => r.id === "nis2-final-report")?.deadlines
 * //=> [{ parameter: "notificationDeadlineMonths.nis2-final-report", after: "nis2-notification" }]
 * ```
 */
export const notificationRegimes: readonly NotificationRegime[] = deepFreeze([
  {
    id: "gdpr-authority",
    name: "GDPR Art. 33(1): notification of the supervisory authority",
    event: "personal-data-breach",
    recipient: "supervisory authority",
    source: { framework: "gdpr", requirementId: "Art.33(1)" },
    deadlines: [{ parameter: "notificationDeadlineHours.gdpr-authority", after: "awareness" }],
    reading: "Within 72 hours of becoming aware of a personal data breach, unless it is unlikely to result in a risk to people; the triage decision records which.",
  },
  {
    id: "gdpr-data-subjects",
    name: "GDPR Art. 34(1): communication to the data subjects",
    event: "personal-data-breach",
    recipient: "data subjects",
    source: { framework: "gdpr", requirementId: "Art.34(1)" },
    deadlines: [{ parameter: "notificationDeadlineHours.gdpr-data-subjects", after: "awareness" }],
    reading: "The Regulation says 'without undue delay' for a breach likely to result in a high risk; isms-kit judges it against 72 hours from awareness, the authority's own limit, unless the organisation sets its own target.",
  },
  {
    id: "gdpr-controller",
    name: "GDPR Art. 33(2): a processor notifies its controller",
    event: "personal-data-breach",
    recipient: "controller",
    source: { framework: "gdpr", requirementId: "Art.33(2)" },
    deadlines: [{ parameter: "notificationDeadlineHours.gdpr-controller", after: "awareness" }],
    reading: "The Regulation says 'without undue delay'; isms-kit judges it against 24 hours from awareness, so that the controller can meet its own 72 hours, unless the organisation (or the data-processing agreement, as the notification's own `dueAt`) sets another.",
  },
  {
    id: "nis2-early-warning",
    name: "NIS2 Art. 23(4)(a): early warning",
    event: "significant-incident",
    recipient: "CSIRT or competent authority",
    source: { framework: "nis2", requirementId: "Art.23(4)(a)" },
    deadlines: [{ parameter: "notificationDeadlineHours.nis2-early-warning", after: "awareness" }],
    reading: "Within 24 hours of becoming aware of the significant incident.",
  },
  {
    id: "nis2-notification",
    name: "NIS2 Art. 23(4)(b): incident notification",
    event: "significant-incident",
    recipient: "CSIRT or competent authority",
    source: { framework: "nis2", requirementId: "Art.23(4)(b)" },
    deadlines: [{ parameter: "notificationDeadlineHours.nis2-notification", after: "awareness" }],
    reading: "Within 72 hours of becoming aware of the significant incident.",
  },
  {
    id: "nis2-final-report",
    name: "NIS2 Art. 23(4)(d): final report",
    event: "significant-incident",
    recipient: "CSIRT or competent authority",
    source: { framework: "nis2", requirementId: "Art.23(4)(d)" },
    deadlines: [{ parameter: "notificationDeadlineMonths.nis2-final-report", after: "nis2-notification" }],
    reading: "No later than one month after the incident notification (a progress report instead while the incident is ongoing, Art. 23(4)(e)).",
  },
  {
    id: "dora-initial",
    name: "DORA Art. 19(4)(a): initial notification",
    event: "major-ict-incident",
    recipient: "competent authority",
    source: { framework: "dora", requirementId: "Art.19(4)(a)" },
    refinedBy: "Commission Delegated Regulation (EU) 2025/301, Art. 5(1)",
    deadlines: [
      { parameter: "notificationDeadlineHours.dora-initial", after: "classification" },
      { parameter: "notificationDeadlineHours.dora-initial-latest", after: "awareness" },
    ],
    reading: "Within 4 hours of classifying the incident as major, and no later than 24 hours after becoming aware of it, whichever comes first.",
  },
  {
    id: "dora-intermediate",
    name: "DORA Art. 19(4)(b): intermediate report",
    event: "major-ict-incident",
    recipient: "competent authority",
    source: { framework: "dora", requirementId: "Art.19(4)(b)" },
    refinedBy: "Commission Delegated Regulation (EU) 2025/301, Art. 5(2)",
    deadlines: [{ parameter: "notificationDeadlineHours.dora-intermediate", after: "dora-initial" }],
    reading: "Within 72 hours of the initial notification (updated without undue delay when the status changes significantly).",
  },
  {
    id: "dora-final",
    name: "DORA Art. 19(4)(c): final report",
    event: "major-ict-incident",
    recipient: "competent authority",
    source: { framework: "dora", requirementId: "Art.19(4)(c)" },
    refinedBy: "Commission Delegated Regulation (EU) 2025/301, Art. 5(3)",
    deadlines: [{ parameter: "notificationDeadlineMonths.dora-final", after: "dora-intermediate" }],
    reading: "No later than one month after the latest intermediate report (the Regulation's text ties it to the completed root-cause analysis; the delegated regulation sets the time limit).",
  },
  {
    id: "contractual",
    name: "Contractual notice to a customer",
    event: "incident",
    recipient: "customer",
    deadlines: [{ parameter: "notificationDeadlineHours.contractual", after: "awareness" }],
    reading: "What the customer's contract sets: the organisation's `notificationDeadlineHours.contractual` (default 72 hours), or the notification's own `dueAt` when a contract sets another.",
  },
] as const satisfies readonly NotificationRegime[]);
