import type { Action } from "../../model/ActionSchema";
import type { Isms } from "../../model/IsmsSchema";
import type { Nonconformity } from "../../model/NonconformitySchema";
import type { Risk, RiskRating } from "../../model/RiskSchema";
import type { TreatmentPlan } from "../../model/TreatmentPlanSchema";
import { assessRisks, type RiskRegister } from "../../risk/assessRisks";
import { RiskMethodError } from "../../method/RiskMethodError";
import { metadata } from "./_lib/metadata";
import { oscalUuid } from "./_lib/oscalUuid";
import { organizationParty, organizationUuid, personParty, personUuid } from "./_lib/parties";
import { compact, kitProp, nonEmpty, props } from "./_lib/props";
import { oneLine, prose } from "./_lib/text";
import { endOfDay, readDay, readTimestamp, startOfDay } from "./_lib/timestamps";
import { ISMS_KIT_OSCAL_NS } from "./ISMS_KIT_OSCAL_NS";
import { OscalError, type OscalIssue } from "./OscalError";
import type { OscalParty } from "./OscalMetadata";
import type { OscalObservation } from "./OscalObservation";
import type { OscalPoam, OscalPoamItem } from "./OscalPoam";
import type { OscalProperty } from "./OscalProperty";
import type { OscalRemediation, OscalRisk, OscalTask } from "./OscalRisk";
import { optionIssues, requireShape } from "./_lib/oscalArguments";

/**
 * Options for {@link toOscalPoam}.
 *
 * @category Interop
 * @example
 * ```ts
 * const options: ToOscalPoamOptions = { asOf: "2026-06-30", version: "2026-Q2" };
 * ```
 */
export interface ToOscalPoamOptions {
  /** The day the POA&M is drawn up for, `YYYY-MM-DD` or a `Date` (its local calendar day); risks are rated as of this day. */
  readonly asOf: string | Date;
  /** `metadata.last-modified`: a date-time with a time zone, a day or a `Date`; defaults to the start of `asOf` in UTC. */
  readonly lastModified?: string | Date;
  /** `metadata.version`; defaults to `asOf`. */
  readonly version?: string;
  /** `metadata.title`; defaults to "<organization>: plan of action and milestones". */
  readonly title?: string;
}

const OPEN: ReadonlySet<Action["status"]> = new Set(["open", "in-progress"]);
const OWNER_ROLE = "action-owner";

/**
 * Writes the open work of an ISMS as an OSCAL 1.2.1 plan of action and milestones (POA&M) that
 * validates against NIST's official JSON Schema:
 *
 * - every **open or in-progress treatment-plan action** becomes a POA&M item that points to the
 *   open risks its plan treats; each such risk becomes an OSCAL risk with its inherent and residual
 *   ratings (as rated by {@link assessRisks} on `asOf`), the plan's open actions as `planned`
 *   remediations with their owner and due date as a milestone, and the latest due date as deadline;
 * - every **open or in-progress nonconformity** becomes a POA&M item with an observation (what was
 *   found, when it was raised) and a risk whose remediations are its corrective actions (`planned`
 *   while open, `completed` when done) and whose deadline is the latest due date of the open ones.
 *
 * isms-kit's own facts (ids, statuses, controls, clauses, severities) are props in the
 * {@link ISMS_KIT_OSCAL_NS} namespace. Dates become date-times in UTC: a due date is the end of its
 * day, a raised-on date its start. OSCAL requires at least one item: when nothing is open, the
 * POA&M holds one item that says so (prop `placeholder`). UUIDs are name-based (version 5) on the
 * ids of the ISMS records, so the same document gives the same JSON.
 *
 * @param isms - a document from {@link index!parseIsms}
 * @param options - `asOf` (required), `lastModified`, `version`, `title`
 * @returns the OSCAL document `{ "plan-of-action-and-milestones": { … } }`
 * @throws {@link OscalError} when `asOf` or `lastModified` is missing or invalid
 * @category Interop
 * @example
 * ```ts
 * const isms = parseIsms({
 *   schemaVersion: "1.0",
 *   organization: { name: "Acme" },
 *   riskMethod: { preset: "3x3" },
 *   risks: [{ id: "r-1", title: "Laptop theft", inherent: { likelihood: "likely", impact: "moderate" } }],
 *   treatmentPlans: [{ id: "tp-1", title: "Protect laptops", riskIds: ["r-1"], actions: [
 *     { id: "tp-1-a1", description: "Encrypt every laptop", dueDate: "2026-09-30", status: "in-progress" },
 *   ] }],
 * });
 * const poam = toOscalPoam(isms, { asOf: "2026-06-30" })["plan-of-action-and-milestones"];
 * poam["poam-items"].map((item) => item.title);
 * //=> ["Encrypt every laptop"]
 * [poam.risks?.[0]?.title, poam.risks?.[0]?.status, poam.risks?.[0]?.deadline]
 * //=> ["Laptop theft", "remediating", "2026-09-30T23:59:59Z"]
 * toOscalPoam(isms, { asOf: "2026-13-01" })
 * //=> throws OscalError: "options.asOf: expected a calendar day"
 * ```
 */
export function toOscalPoam(isms: Isms, options: ToOscalPoamOptions): OscalPoam {
  const summary = "Cannot write the OSCAL plan of action and milestones";
  requireShape(isms, "isms", { lists: ["people", "risks", "treatmentPlans", "nonconformities"], objects: ["organization"] }, "an ISMS document from parseIsms", summary);
  requireShape(isms.organization, "isms.organization", { texts: ["name"] }, "the organization, with its name", summary);
  const issues: OscalIssue[] = optionIssues(options, ["title", "version"]);
  const asOf = readDay(options?.asOf, ["options", "asOf"], issues);
  const lastModified =
    options?.lastModified === undefined
      ? asOf === undefined
        ? undefined
        : startOfDay(asOf)
      : readTimestamp(options.lastModified, ["options", "lastModified"], issues);
  if (issues.length > 0 || asOf === undefined || lastModified === undefined) {
    throw new OscalError("Cannot write the OSCAL plan of action and milestones", issues);
  }

  const organization = isms.organization.name;
  const organizationUuidValue = organizationUuid(organization);
  const people = new Map(isms.people.map((person) => [person.id, person]));
  const usedPeople = new Set<string>();
  const ownerRole = (ownerId: string | undefined): OscalTask["responsible-roles"] => {
    if (ownerId === undefined || !people.has(ownerId)) return undefined;
    usedPeople.add(ownerId);
    return [{ "role-id": OWNER_ROLE, "party-uuids": [personUuid(ownerId)] }];
  };
  const actor = (personId: string | undefined) => {
    if (personId !== undefined && people.has(personId)) {
      usedPeople.add(personId);
      return { type: "party" as const, "actor-uuid": personUuid(personId) };
    }
    return { type: "party" as const, "actor-uuid": organizationUuidValue };
  };

  let register: RiskRegister | undefined;
  try {
    register = assessRisks(isms, { asOf });
  } catch (error) {
    if (!(error instanceof RiskMethodError)) throw error;
    register = undefined;
  }
  const entries = new Map((register?.entries ?? []).map((entry) => [entry.riskId, entry]));
  const risksById = new Map(isms.risks.map((risk) => [risk.id, risk]));

  // Open treatment-plan actions and the open risks their plans treat.
  const openActions = isms.treatmentPlans.flatMap((plan) => plan.actions.filter((action) => OPEN.has(action.status)).map((action) => ({ plan, action })));
  const treatedRiskIds: string[] = [];
  for (const { plan } of openActions) {
    for (const riskId of plan.riskIds) {
      if (risksById.get(riskId)?.status === "open" && !treatedRiskIds.includes(riskId)) treatedRiskIds.push(riskId);
    }
  }
  const risks: OscalRisk[] = treatedRiskIds.map((riskId) => {
    const risk = risksById.get(riskId)!;
    const actions = openActions.filter(({ plan }) => plan.riskIds.includes(riskId));
    const deadline = latest(actions.map(({ action }) => action.dueDate));
    return compact<OscalRisk>({
      uuid: riskUuid(riskId),
      title: oneLine(risk.title),
      description: prose(risk.description) ?? oneLine(risk.title),
      statement: riskStatement(risk),
      props: props(
        kitProp("risk-id", risk.id),
        kitProp("treatment-option", risk.treatment?.option ?? ""),
        (risk.treatment?.controlIds ?? []).map((id) => kitProp("control-id", id)),
      ),
      status: actions.some(({ action }) => action.status === "in-progress") ? "remediating" : "open",
      characterizations: nonEmpty(
        (["inherent", "residual"] as const).flatMap((rating) => {
          const value = risk[rating];
          if (value === undefined) return [];
          const level = entries.get(riskId)?.[rating]?.level ?? value.level;
          return [characterization(rating, value, level, register?.method.matrix.id, actor(risk.ownerId))];
        }),
      ),
      deadline: deadline === undefined ? undefined : endOfDay(deadline),
      remediations: nonEmpty(actions.map(({ plan, action }) => remediation(["risk", riskId], action, plan, ownerRole))),
    });
  });

  const items: OscalPoamItem[] = openActions.map(({ plan, action }) =>
    compact<OscalPoamItem>({
      uuid: oscalUuid("poam-item", "treatment-action", action.id),
      title: oneLine(action.description),
      description: `Action ${action.id} of the risk treatment plan "${oneLine(plan.title)}" (${plan.id})${action.dueDate === undefined ? "" : `, due ${action.dueDate}`}.`,
      props: props(
        kitProp("source", "treatment-plan-action"),
        kitProp("action-id", action.id),
        kitProp("treatment-plan-id", plan.id),
        kitProp("status", action.status),
        action.dueDate === undefined ? undefined : kitProp("due-date", action.dueDate),
        action.controlIds.map((id) => kitProp("control-id", id)),
      ),
      "related-risks": nonEmpty(plan.riskIds.filter((id) => treatedRiskIds.includes(id)).map((id) => ({ "risk-uuid": riskUuid(id) }))),
    }),
  );

  // Open nonconformities: an observation, a risk with the corrective actions, an item.
  const observations: OscalObservation[] = [];
  for (const nc of isms.nonconformities.filter((n) => n.status !== "closed")) {
    const observationUuid = oscalUuid("observation", "nonconformity", nc.id);
    const ncRiskUuid = oscalUuid("risk", "nonconformity", nc.id);
    const ncProps = nonconformityProps(nc);
    observations.push(
      compact<OscalObservation>({
        uuid: observationUuid,
        title: oneLine(nc.title),
        description: prose(nc.description) ?? oneLine(nc.title),
        props: ncProps,
        methods: [nc.source === "internal-audit" || nc.source === "external-audit" ? "EXAMINE" : "UNKNOWN"],
        types: ["finding"],
        collected: startOfDay(nc.raisedOn),
        remarks: prose(nc.reaction === undefined ? undefined : `Reaction${nc.reaction.takenOn === undefined ? "" : ` (${nc.reaction.takenOn})`}: ${nc.reaction.description}`),
      }),
    );
    const corrective = nc.correctiveActions.filter((action) => action.status !== "cancelled");
    const deadline = latest(corrective.filter((action) => OPEN.has(action.status)).map((action) => action.dueDate));
    risks.push(
      compact<OscalRisk>({
        uuid: ncRiskUuid,
        title: `Nonconformity: ${oneLine(nc.title)}`,
        description: prose(nc.description) ?? oneLine(nc.title),
        statement: prose(nc.rootCause?.description) ?? "The root cause has not been analysed yet.",
        props: ncProps,
        status: nc.status === "in-progress" || corrective.some((action) => action.status === "in-progress") ? "remediating" : "open",
        deadline: deadline === undefined ? undefined : endOfDay(deadline),
        remediations: nonEmpty(corrective.map((action) => remediation(["nonconformity", nc.id], action, undefined, ownerRole))),
        "related-observations": [{ "observation-uuid": observationUuid }],
      }),
    );
    items.push(
      compact<OscalPoamItem>({
        uuid: oscalUuid("poam-item", "nonconformity", nc.id),
        title: oneLine(nc.title),
        description: prose(nc.description) ?? `Nonconformity ${nc.id}, raised on ${nc.raisedOn}.`,
        props: ncProps,
        "related-observations": [{ "observation-uuid": observationUuid }],
        "related-risks": [{ "risk-uuid": ncRiskUuid }],
      }),
    );
  }

  if (items.length === 0) {
    items.push({
      uuid: oscalUuid("poam-item", "placeholder", organization, asOf),
      title: "No open treatment-plan actions or nonconformities",
      description: `On ${asOf}, ${oneLine(organization)} has no open risk treatment action and no open nonconformity. OSCAL requires at least one POA&M item; this one records that nothing is open.`,
      props: props(kitProp("placeholder", "true")),
    } as OscalPoamItem);
  }

  const parties: OscalParty[] = [
    organizationParty(organization),
    ...isms.people.filter((person) => usedPeople.has(person.id)).map((person) => personParty(person, organization)),
  ];
  const version = options.version ?? asOf;
  return {
    "plan-of-action-and-milestones": compact<OscalPoam["plan-of-action-and-milestones"]>({
      uuid: oscalUuid("poam", organization, version, lastModified),
      metadata: metadata({
        title: options.title ?? `${organization}: plan of action and milestones`,
        lastModified,
        version,
        props: props(kitProp("as-of", asOf)),
        roles: usesOwnerRole(risks) ? [{ id: OWNER_ROLE, title: "Action owner" }] : [],
        parties,
      }),
      observations: nonEmpty(observations),
      risks: nonEmpty(risks),
      "poam-items": items,
    }),
  };
}

function riskUuid(riskId: string): string {
  return oscalUuid("risk", riskId);
}

function riskStatement(risk: Risk): string {
  const parts = [prose(risk.description) ?? oneLine(risk.title)];
  if (risk.treatment?.rationale !== undefined && prose(risk.treatment.rationale) !== undefined) parts.push(`Treatment rationale: ${prose(risk.treatment.rationale)}`);
  return parts.join("\n\n");
}

/** The latest of some `YYYY-MM-DD` days, or `undefined` when none is given. */
function latest(days: readonly (string | undefined)[]): string | undefined {
  let out: string | undefined;
  for (const day of days) if (day !== undefined && (out === undefined || day > out)) out = day;
  return out;
}

function characterization(
  rating: "inherent" | "residual",
  value: RiskRating,
  level: string | undefined,
  methodId: string | undefined,
  origin: { type: "party"; "actor-uuid": string },
): NonNullable<OscalRisk["characterizations"]>[number] {
  return compact<NonNullable<OscalRisk["characterizations"]>[number]>({
    props: props(kitProp("rating", rating), methodId === undefined ? undefined : kitProp("risk-method", methodId)),
    origin: { actors: [origin] },
    facets: [
      { name: "likelihood", system: ISMS_KIT_OSCAL_NS, value: oneLine(value.likelihood) },
      { name: "impact", system: ISMS_KIT_OSCAL_NS, value: oneLine(value.impact) },
      ...(level === undefined ? [] : [{ name: "risk", system: ISMS_KIT_OSCAL_NS, value: oneLine(level) }]),
    ],
  });
}

function remediation(
  scope: readonly string[],
  action: Action,
  plan: TreatmentPlan | undefined,
  ownerRole: (ownerId: string | undefined) => OscalTask["responsible-roles"],
): OscalRemediation {
  const roles = ownerRole(action.ownerId);
  const timing: OscalTask["timing"] | undefined =
    action.dueDate === undefined
      ? undefined
      : action.startedOn !== undefined && action.startedOn <= action.dueDate
        ? { "within-date-range": { start: startOfDay(action.startedOn), end: endOfDay(action.dueDate) } }
        : { "on-date": { date: endOfDay(action.dueDate) } };
  const task: OscalTask | undefined =
    timing === undefined && roles === undefined
      ? undefined
      : compact<OscalTask>({
          uuid: oscalUuid("task", ...scope, action.id),
          type: "milestone",
          title: action.dueDate === undefined ? `Complete action ${action.id}` : `Complete action ${action.id} by ${action.dueDate}`,
          timing,
          "responsible-roles": roles,
        });
  const done = action.status === "done";
  return compact<OscalRemediation>({
    uuid: oscalUuid("remediation", ...scope, action.id),
    lifecycle: done ? "completed" : "planned",
    title: oneLine(action.description),
    description: [prose(action.description) ?? action.id, action.resources === undefined ? undefined : `Resources: ${oneLine(action.resources)}`]
      .filter((line) => line !== undefined)
      .join("\n\n"),
    props: props(
      kitProp("action-id", action.id),
      plan === undefined ? undefined : kitProp("treatment-plan-id", plan.id),
      kitProp("status", action.status),
      action.completedOn === undefined ? undefined : kitProp("completed-on", action.completedOn),
      action.controlIds.map((id) => kitProp("control-id", id)),
    ),
    tasks: task === undefined ? undefined : [task],
  });
}

function nonconformityProps(nc: Nonconformity): OscalProperty[] | undefined {
  return props(
    kitProp("source", "nonconformity"),
    kitProp("nonconformity-id", nc.id),
    kitProp("nonconformity-source", nc.source),
    nc.severity === undefined ? undefined : kitProp("severity", nc.severity),
    kitProp("status", nc.status),
    kitProp("raised-on", nc.raisedOn),
    nc.clauseIds.map((id) => kitProp("clause", id)),
    nc.controlIds.map((id) => kitProp("control-id", id)),
  );
}

function usesOwnerRole(risks: readonly OscalRisk[]): boolean {
  return risks.some((risk) => (risk.remediations ?? []).some((r) => (r.tasks ?? []).some((task) => task["responsible-roles"] !== undefined)));
}
