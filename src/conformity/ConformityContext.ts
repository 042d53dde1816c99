import type { Catalog } from "../catalog/CatalogSchema";
import type { AccessReview } from "../model/AccessReviewSchema";
import type { Account } from "../model/AccountSchema";
import type { BackupJob } from "../model/BackupJobSchema";
import type { BusinessService } from "../model/BusinessImpactAnalysisSchema";
import type { ContinuityExercise } from "../model/ContinuityExerciseSchema";
import type { LogSource } from "../model/LogSourceSchema";
import type { MonitoringUseCase } from "../model/MonitoringUseCaseSchema";
import type { Release } from "../model/ReleaseSchema";
import type { RestoreTest } from "../model/RestoreTestSchema";
import type { InformationSystem } from "../model/SystemSchema";
import type { ControlRecord } from "../model/ControlSchema";
import type { IsmsDocument } from "../model/DocumentSchema";
import type { Evidence } from "../model/EvidenceSchema";
import type { IsmsParameter, IsmsParameterId } from "../model/resolveIsmsParameters";
import type { Person } from "../model/PersonSchema";
import type { Risk } from "../model/RiskSchema";
import type { Role } from "../model/RoleSchema";
import type { RiskRegister } from "../risk/assessRisks";
import type { RiskMethodError } from "../method/RiskMethodError";
import type { SoaRow } from "../treatment/SoaRow";
import type { StatementOfApplicability } from "../treatment/StatementOfApplicability";
import type { GradingPolicy } from "./GradingPolicySchema";

/**
 * An entity of the document with its JSON Pointer, as the {@link ConformityIndex} holds it.
 *
 * @category Conformity
 * @example
 * ```ts
 * const located: IndexedEntity<{ id: string }> = { value: { id: "p-1" }, pointer: "/people/0" };
 * located.pointer
 * //=> "/people/0"
 * ```
 */
export interface IndexedEntity<T> {
  readonly value: T;
  /** JSON Pointer to the entity in the document. */
  readonly pointer: string;
}

/**
 * Lookups of the security-operations records, built once per {@link checkConformity} run on first
 * use (`context.index.operations`), so that the rules on them join collections in linear time. Each
 * list keeps document order.
 *
 * @category Conformity
 * @example
 * ```ts
 * const rule = defineConformityRule({
 *   id: "acme:systems-have-accounts",
 *   controlId: "5.15",
 *   title: "Every system has accounts on record",
 *   description: "An active system with no account recorded is missing from the access data.",
 *   severity: "ofi",
 *   stage: 2,
 *   hint: "Export the system's accounts.",
 *   check: (isms, { index }) =>
 *     [...index.operations.systems.values()]
 *       .filter((s) => s.value.status === "active" && !index.operations.accountsBySystem.has(s.value.id))
 *       .map((s) => ({ message: `system "${s.value.name}" has no account on record`, refs: [s.pointer] })),
 * });
 * const isms = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, systems: [{ id: "sys-1", name: "CRM" }] });
 * checkConformity(isms, { asOf: "2026-06-30", rules: [rule] }).findings.map((f) => f.message)
 * //=> ["system \"CRM\" has no account on record"]
 * ```
 */
export interface OperationsIndex {
  /** Systems by id. */
  readonly systems: ReadonlyMap<string, IndexedEntity<InformationSystem>>;
  /** Accounts per system id. */
  readonly accountsBySystem: ReadonlyMap<string, readonly IndexedEntity<Account>[]>;
  /** Completed access reviews per system id. */
  readonly accessReviewsBySystem: ReadonlyMap<string, readonly IndexedEntity<AccessReview>[]>;
  /** Active log sources per system id. */
  readonly logSourcesBySystem: ReadonlyMap<string, readonly IndexedEntity<LogSource>[]>;
  /** Active monitoring use cases per log source id they read. */
  readonly useCasesByLogSource: ReadonlyMap<string, readonly IndexedEntity<MonitoringUseCase>[]>;
  /** Services of the business impact analysis by id. */
  readonly services: ReadonlyMap<string, IndexedEntity<BusinessService>>;
  /** Active backup jobs per service id they cover. */
  readonly backupJobsByService: ReadonlyMap<string, readonly IndexedEntity<BackupJob>[]>;
  /** Restore tests per backup job id. */
  readonly restoreTestsByBackupJob: ReadonlyMap<string, readonly IndexedEntity<RestoreTest>[]>;
  /** Continuity and disaster-recovery exercises per service id they exercised. */
  readonly exercisesByService: ReadonlyMap<string, readonly IndexedEntity<ContinuityExercise>[]>;
  /** Releases per system id. */
  readonly releasesBySystem: ReadonlyMap<string, readonly IndexedEntity<Release>[]>;
  /** Approved documents per control id they serve: documents naming the control, and documents the control's record cites. */
  readonly approvedDocumentsByControl: ReadonlyMap<string, readonly IndexedEntity<IsmsDocument>[]>;
}

/**
 * Lookups built once per {@link checkConformity} run, so that rules join collections in linear time.
 *
 * @category Conformity
 * @example
 * ```ts
 * const rule = defineConformityRule({
 *   id: "acme:owners-active",
 *   clause: "5.3",
 *   title: "Role holders are still with us",
 *   description: "Every holder of a role is an active person.",
 *   severity: "minor",
 *   stage: 2,
 *   hint: "Reassign the role.",
 *   check: (isms, { index }) =>
 *     isms.roles.flatMap((role, r) =>
 *       role.holderIds
 *         .filter((id) => index.people.get(id)?.value.status === "left")
 *         .map((id) => ({ message: `role "${role.name}" is held by "${id}", who has left`, refs: [`/roles/${r}/holderIds`] })),
 *     ),
 * });
 * const isms = parseIsms({
 *   schemaVersion: "1.0",
 *   organization: { name: "Acme" },
 *   people: [{ id: "p-1", name: "Ann", status: "left" }],
 *   roles: [{ id: "r-1", name: "ISMS manager", holderIds: ["p-1"] }],
 * });
 * checkConformity(isms, { asOf: "2026-06-30", rules: [rule] }).findings.map((f) => f.message)
 * //=> ["role \"ISMS manager\" is held by \"p-1\", who has left"]
 * ```
 */
export interface ConformityIndex {
  /** People by id. */
  readonly people: ReadonlyMap<string, IndexedEntity<Person>>;
  /** Ids of the active members of top management. */
  readonly activeTopManagement: ReadonlySet<string>;
  /** Roles by id. */
  readonly roles: ReadonlyMap<string, IndexedEntity<Role>>;
  /** Documents by id. */
  readonly documents: ReadonlyMap<string, IndexedEntity<IsmsDocument>>;
  /** Control records (the Statement of Applicability's content) by control id. */
  readonly controls: ReadonlyMap<string, IndexedEntity<ControlRecord>>;
  /** Evidence records by id. */
  readonly evidence: ReadonlyMap<string, IndexedEntity<Evidence>>;
  /** Evidence per control id: records naming the control and records the control's record cites, once each; built on first use. */
  readonly evidenceByControl: ReadonlyMap<string, readonly IndexedEntity<Evidence>[]>;
  /** The rows of the Statement of Applicability by control id: the decision on each control and what selects it. */
  readonly soaRows: ReadonlyMap<string, SoaRow>;
  /** Risks by id, built on first use. */
  readonly risks: ReadonlyMap<string, IndexedEntity<Risk>>;
  /** Open risks per control id their treatment selects (the Statement of Applicability's `riskIds`, located); built on first use. */
  readonly risksByControl: ReadonlyMap<string, readonly IndexedEntity<Risk>[]>;
  /** Lookups of the security-operations records, built on first use. */
  readonly operations: OperationsIndex;
}

/**
 * What {@link checkConformity} gives every rule besides the document: the day the check is made for,
 * the control catalog, the risk register (computed once, on first use) and the {@link ConformityIndex}.
 *
 * @category Conformity
 * @example
 * ```ts
 * const rule = defineConformityRule({
 *   id: "acme:register-size",
 *   clause: "6.1.2",
 *   title: "At least three risks",
 *   description: "A risk register with fewer than three risks is thin.",
 *   severity: "ofi",
 *   stage: 1,
 *   hint: "Hold a risk workshop.",
 *   check: (isms, context: ConformityContext) =>
 *     context.riskRegister === undefined
 *       ? { notAssessable: "no usable risk method" }
 *       : context.riskRegister.entries.length >= 3
 *         ? []
 *         : [{ message: `only ${context.riskRegister.entries.length} risks on ${context.asOf}`, refs: ["/risks"] }],
 * });
 * const isms = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, riskMethod: { preset: "3x3" } });
 * checkConformity(isms, { asOf: "2026-06-30", rules: [rule] }).findings[0]?.message
 * //=> "only 0 risks on 2026-06-30"
 * ```
 */
export interface ConformityContext {
  /** The day the check is made for, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The control catalog per-control status is reported against (Annex A unless given). */
  readonly catalog: Pick<Catalog, "controls">;
  /** The risk register on `asOf` ({@link assessRisks}), or `undefined` when the document's risk method or ratings are unusable. */
  readonly riskRegister: RiskRegister | undefined;
  /** Why the risk register could not be built, when it could not. */
  readonly riskRegisterError: RiskMethodError | undefined;
  /**
   * The Statement of Applicability ({@link buildStatementOfApplicability}), built once on first use:
   * rules read which controls are applicable, and what selects them, from its rows, so that the
   * checks and the SoA always agree.
   */
  readonly statementOfApplicability: StatementOfApplicability;
  readonly index: ConformityIndex;
  /**
   * The organisation's parameters in force ({@link resolveIsmsParameters}): each rule reads the
   * intervals and limits it judges by from here, and puts those it used on its findings.
   */
  readonly parameters: Readonly<Record<IsmsParameterId, IsmsParameter>>;
  /** The grading policy of the run ({@link defaultGradingPolicy} unless the caller gave another). */
  readonly gradingPolicy: GradingPolicy;
}
