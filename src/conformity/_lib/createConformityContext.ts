import type { Catalog } from "../../catalog/CatalogSchema";
import type { BusinessService } from "../../model/BusinessImpactAnalysisSchema";
import type { ControlRecord } from "../../model/ControlSchema";
import type { IsmsDocument } from "../../model/DocumentSchema";
import type { Evidence } from "../../model/EvidenceSchema";
import type { Isms } from "../../model/IsmsSchema";
import type { Person } from "../../model/PersonSchema";
import type { Risk } from "../../model/RiskSchema";
import type { Role } from "../../model/RoleSchema";
import { resolveIsmsParameters } from "../../model/resolveIsmsParameters";
import { assessRisks, type RiskRegister } from "../../risk/assessRisks";
import { pushTo } from "../../core/collections";
import { RiskMethodError } from "../../method/RiskMethodError";
import { buildStatementOfApplicability } from "../../treatment/buildStatementOfApplicability";
import type { SoaRow } from "../../treatment/SoaRow";
import type { StatementOfApplicability } from "../../treatment/StatementOfApplicability";
import type { ConformityContext, ConformityIndex, IndexedEntity, OperationsIndex } from "../ConformityContext";
import type { GradingPolicy } from "../GradingPolicySchema";
import { evidenceState, type EvidenceState } from "./dates";
import { pointer } from "./pointers";

/** The collections' pointers, by the names the index gives them (a handful, fixed in the code). */
const prefixes = new Map<string, string>();

/** The JSON Pointer of a collection (`"businessImpactAnalysis/services"`), with the `/` an index follows. */
function prefixOf(collection: string): string {
  let prefix = prefixes.get(collection);
  if (prefix === undefined) prefixes.set(collection, (prefix = `${pointer(...collection.split("/"))}/`));
  return prefix;
}

/**
 * An entity with its place in the document. The pointer is built on first read: an index holds an
 * entry per entity of a large document, and rules read few pointers.
 */
class Located<T> implements IndexedEntity<T> {
  #pointer: string | undefined;
  constructor(
    readonly value: T,
    private readonly collection: string,
    readonly position: number,
  ) {}
  get pointer(): string {
    return (this.#pointer ??= prefixOf(this.collection) + String(this.position));
  }
  toJSON(): { value: T; pointer: string } {
    return { value: this.value, pointer: this.pointer };
  }
}

/** An evidence record of the index, with what a run works out about it once. */
class LocatedEvidence extends Located<Evidence> {
  /** Its state on the run's day (see {@link evidenceStateOf}). */
  state: EvidenceState | undefined = undefined;
}

/** The maximum age of evidence of each kind, per run (keyed by the run's parameters). */
const maxAgesByRun = new WeakMap<object, Map<Evidence["kind"], number>>();

/**
 * Where an evidence record of the index stands on the run's day (see `evidenceState`), worked out
 * once per run however many controls cite it and rules ask, and kept on the index's record; the
 * maximum age of each kind read once per run.
 */
export function evidenceStateOf(e: IndexedEntity<Evidence>, run: Pick<ConformityContext, "asOf" | "parameters">): EvidenceState {
  if (e instanceof LocatedEvidence && e.state !== undefined) return e.state;
  const state = evidenceState(e.value, run.asOf, maxAgeMonthsOf(run));
  if (e instanceof LocatedEvidence) e.state = state;
  return state;
}

/** The maximum age of evidence of a kind under the run's parameters, each kind read once per run. */
function maxAgeMonthsOf(run: Pick<ConformityContext, "parameters">): (kind: Evidence["kind"]) => number {
  let ages = maxAgesByRun.get(run.parameters);
  if (ages === undefined) maxAgesByRun.set(run.parameters, (ages = new Map()));
  const known = ages;
  return (kind) => {
    let months = known.get(kind);
    if (months === undefined) known.set(kind, (months = run.parameters[`evidenceMaxAgeMonths.${kind}`].value));
    return months;
  };
}

/** An evidence state as a small number, for {@link EvidenceStatesOfControl}. */
export const VALID = 0;
/** See {@link VALID}. */
export const EXPIRED = 1;
/** See {@link VALID}. */
export const FUTURE = 2;
const STATE_CODE: Record<EvidenceState, number> = { valid: VALID, expired: EXPIRED, future: FUTURE };

/**
 * The evidence of one control (its list in `index.evidenceByControl`) as two compact lists, item
 * for item: each record's state on the run's day ({@link VALID}, {@link EXPIRED}, {@link FUTURE})
 * and its place in the document's `evidence`.
 */
export interface EvidenceStatesOfControl {
  /** The state code (VALID, EXPIRED, FUTURE) of each record linked to the control, in `evidenceByControl`'s order. */
  readonly states: Uint8Array;
  /** Each record's position in `isms.evidence` (-1 for a record an index built elsewhere holds). */
  readonly positions: Int32Array;
  /** The k-th record, located. */
  at(k: number): IndexedEntity<Evidence>;
  /** The k-th record's id, read without locating the record. */
  idAt(k: number): string;
}

/**
 * What `buildIndex` keeps beside the index it returns, for the built-in rules and the report: the
 * evidence records and, per control, the positions of the records linked to it, and each risk's
 * position by id — so that they can count, judge and look up records without a located object per
 * record (200,000 evidence records and 50,000 risks at the benchmark's L) unless a rule asks for the
 * located lists themselves. Kept with the run's index, so a document changed between runs is read afresh.
 */
interface IndexInternals {
  readonly evidence: readonly Evidence[];
  readonly positions: ReadonlyMap<string, Int32Array>;
  locate(position: number): IndexedEntity<Evidence>;
  riskPositions(): ReadonlyMap<string, number>;
}

const internalsByIndex = new WeakMap<object, IndexInternals>();
const statesByIndex = new WeakMap<object, Map<string, EvidenceStatesOfControl>>();

/**
 * The states of every control's evidence on the run's day, worked out once per record and kept for
 * the run: the rules and the report that count them then read small arrays instead of visiting each
 * record again (some 400,000 links at the benchmark's L).
 */
export function evidenceStatesByControl(index: Pick<ConformityContext["index"], "evidenceByControl">, run: Pick<ConformityContext, "asOf" | "parameters">): ReadonlyMap<string, EvidenceStatesOfControl> {
  let known = statesByIndex.get(index);
  if (known !== undefined) return known;
  known = new Map();
  const links = internalsByIndex.get(index);
  if (links !== undefined) {
    // Each record's state once, however many controls it supports, in the records' order (a walk
    // through the document's memory, not a jump per link); then each control's from that array.
    const { evidence } = links;
    const stateAt = new Uint8Array(evidence.length);
    // The maximum age of a kind is looked up only for a record that states no validUntil.
    const maxAge = maxAgeMonthsOf(run);
    for (let k = 0; k < evidence.length; k++) stateAt[k] = STATE_CODE[evidenceState(evidence[k]!, run.asOf, maxAge)];
    for (const [controlId, positions] of links.positions) {
      const states = new Uint8Array(positions.length);
      for (let k = 0; k < positions.length; k++) states[k] = stateAt[positions[k]!]!;
      known.set(controlId, { states, positions, at: (k) => links.locate(positions[k]!), idAt: (k) => evidence[positions[k]!]!.id });
    }
  } else {
    for (const [controlId, linked] of index.evidenceByControl) {
      const states = new Uint8Array(linked.length);
      const positions = new Int32Array(linked.length);
      for (let k = 0; k < linked.length; k++) {
        const e = linked[k]!;
        states[k] = STATE_CODE[evidenceStateOf(e, run)];
        positions[k] = e instanceof Located ? e.position : -1;
      }
      known.set(controlId, { states, positions, at: (k) => linked[k]!, idAt: (k) => linked[k]!.value.id });
    }
  }
  statesByIndex.set(index, known);
  return known;
}

/**
 * Per control id, the positions in `evidence` of the records linked to it, once each: records naming
 * the control, then records the control's record cites that do not already name it. Counted first,
 * then written into one array per control: no list grows record by record.
 */
function linkEvidence(evidence: readonly Evidence[], controls: readonly ControlRecord[]): Map<string, Int32Array> {
  // Each control id named gets a slot (one map look-up per link); counts and cursors are by slot.
  const slotOf = new Map<string, number>();
  const counts: number[] = [];
  const slot = (controlId: string): number => {
    let at = slotOf.get(controlId);
    if (at === undefined) {
      slotOf.set(controlId, (at = counts.length));
      counts.push(0);
    }
    return at;
  };
  // Each link (a record naming a control, once), noted as its slot and its record's position: the
  // second pass fills the lists from these, with no record read or id looked up again. Typed arrays,
  // doubled when full: hundreds of thousands of links at the benchmark's L, and none on the heap.
  let linkSlots = new Int32Array(Math.max(16, evidence.length * 2));
  let linkRecords = new Int32Array(linkSlots.length);
  let links = 0;
  for (let k = 0; k < evidence.length; k++) {
    const named = evidence[k]!.controlIds;
    for (let i = 0; i < named.length; i++) {
      if (named.indexOf(named[i]!) !== i) continue;
      const at = slot(named[i]!);
      counts[at]!++;
      if (links === linkSlots.length) {
        linkSlots = grown(linkSlots);
        linkRecords = grown(linkRecords);
      }
      linkSlots[links] = at;
      linkRecords[links++] = k;
    }
  }
  // The records the controls cite, found in one pass that keeps only those: no map of every record
  // by id (200,000 at the benchmark's L).
  const citing = controls.filter((control) => control.evidenceIds.length > 0);
  const cited = new Map<string, number>();
  if (citing.length > 0) {
    const wanted = new Set(citing.flatMap((control) => control.evidenceIds));
    for (let k = 0; k < evidence.length; k++) if (wanted.has(evidence[k]!.id) && !cited.has(evidence[k]!.id)) cited.set(evidence[k]!.id, k);
  }
  const extra = new Map<string, number[]>();
  for (const control of citing) {
    const seen = new Set<string>();
    for (const id of control.evidenceIds) {
      const k = cited.get(id);
      if (k === undefined || seen.has(id) || evidence[k]!.controlIds.includes(control.id)) continue;
      seen.add(id);
      pushTo(extra, control.id, k);
      counts[slot(control.id)]!++;
    }
  }
  const lists = counts.map((count) => new Int32Array(count));
  const filled = new Array<number>(counts.length).fill(0);
  for (let j = 0; j < links; j++) {
    const at = linkSlots[j]!;
    lists[at]![filled[at]!++] = linkRecords[j]!;
  }
  for (const [controlId, more] of extra) {
    const at = slotOf.get(controlId)!;
    lists[at]!.set(more, filled[at]!);
  }
  const positions = new Map<string, Int32Array>();
  for (const [controlId, at] of slotOf) positions.set(controlId, lists[at]!);
  return positions;
}

/** A copy of `values` twice as long, its first half `values`. */
function grown(values: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const more = new Int32Array(values.length * 2);
  more.set(values);
  return more;
}

/**
 * Each risk's position by its id (the last risk with an id, as `index.risks` keeps), worked out once
 * per run: rules that look risks up by id read the document's risk there and locate only the ones
 * they report.
 */
export function riskPositions(index: ConformityIndex, risks: readonly Risk[]): ReadonlyMap<string, number> {
  return internalsByIndex.get(index)?.riskPositions() ?? positionsById(risks);
}

function positionsById(items: readonly { id: string }[]): Map<string, number> {
  const positions = new Map<string, number>();
  for (let i = 0; i < items.length; i++) positions.set(items[i]!.id, i);
  return positions;
}

function byId<T extends { id: string }>(items: readonly T[], collection: string): Map<string, IndexedEntity<T>> {
  const map = new Map<string, IndexedEntity<T>>();
  items.forEach((value, i) => map.set(value.id, new Located(value, collection, i)));
  return map;
}

/** The entities of a collection that `keep` selects, located, per each key `keys` gives. */
function groupBy<T>(items: readonly T[], collection: string, keys: (item: T) => readonly string[] | string | undefined, keep: (item: T) => boolean = () => true): Map<string, IndexedEntity<T>[]> {
  const map = new Map<string, IndexedEntity<T>[]>();
  items.forEach((value, i) => {
    if (!keep(value)) return;
    const k = keys(value);
    if (k === undefined) return;
    const located = new Located(value, collection, i);
    if (typeof k === "string") pushTo(map, k, located);
    else for (let j = 0; j < k.length; j++) if (k.indexOf(k[j]!) === j) pushTo(map, k[j]!, located);
  });
  return map;
}

function buildOperationsIndex(isms: Isms, controls: ReadonlyMap<string, IndexedEntity<ControlRecord>>): OperationsIndex {
  const services = new Map<string, IndexedEntity<BusinessService>>();
  isms.businessImpactAnalysis?.services.forEach((value, i) => services.set(value.id, new Located(value, "businessImpactAnalysis/services", i)));
  const approvedDocumentsByControl = new Map<string, IndexedEntity<IsmsDocument>[]>();
  const documents = new Map<string, IndexedEntity<IsmsDocument>>();
  isms.documents.forEach((d, i) => {
    if (d.status !== "approved") return;
    const located = new Located(d, "documents", i);
    documents.set(d.id, located);
    for (const controlId of new Set(d.controlIds)) pushTo(approvedDocumentsByControl, controlId, located);
  });
  for (const { value: control } of controls.values()) {
    for (const id of new Set(control.documentIds)) {
      const d = documents.get(id);
      if (d && !d.value.controlIds.includes(control.id)) pushTo(approvedDocumentsByControl, control.id, d);
    }
  }
  return {
    systems: byId(isms.systems, "systems"),
    accountsBySystem: groupBy(isms.accounts, "accounts", (a) => a.systemId),
    accessReviewsBySystem: groupBy(isms.accessReviews, "accessReviews", (r) => r.systemId, (r) => r.status === "completed" && r.performedOn !== undefined),
    logSourcesBySystem: groupBy(isms.logSources, "logSources", (l) => l.systemId, (l) => l.status === "active"),
    useCasesByLogSource: groupBy(isms.monitoringUseCases, "monitoringUseCases", (u) => u.logSourceIds, (u) => u.status === "active"),
    services,
    backupJobsByService: groupBy(isms.backupJobs, "backupJobs", (b) => b.serviceIds, (b) => b.status === "active"),
    restoreTestsByBackupJob: groupBy(isms.restoreTests, "restoreTests", (t) => t.backupJobId),
    exercisesByService: groupBy(isms.continuityExercises, "continuityExercises", (x) => x.serviceIds),
    releasesBySystem: groupBy(isms.releases, "releases", (r) => r.systemId),
    approvedDocumentsByControl,
  };
}

function buildIndex(isms: Isms, soa: StatementOfApplicability): ConformityIndex {
  const people = byId<Person>(isms.people, "people");
  const activeTopManagement = new Set(isms.people.filter((p) => p.topManagement && p.status === "active").map((p) => p.id));
  const controls = byId<ControlRecord>(isms.controls, "controls");
  // Evidence is located record by record when a rule asks for it: the counts and states the
  // built-in rules and the report read come from positions (see IndexInternals).
  const locatedEvidence = new Map<number, LocatedEvidence>();
  const locate = (position: number): LocatedEvidence => {
    let located = locatedEvidence.get(position);
    if (located === undefined) locatedEvidence.set(position, (located = new LocatedEvidence(isms.evidence[position]!, "evidence", position)));
    return located;
  };
  let evidence: Map<string, IndexedEntity<Evidence>> | undefined;
  const evidenceById = () => {
    if (evidence === undefined) {
      evidence = new Map();
      for (let k = 0; k < isms.evidence.length; k++) evidence.set(isms.evidence[k]!.id, locate(k));
    }
    return evidence;
  };
  const positions = linkEvidence(isms.evidence, isms.controls);
  let evidenceByControl: Map<string, IndexedEntity<Evidence>[]> | undefined;
  const linkedEvidence = () => {
    if (evidenceByControl === undefined) {
      evidenceByControl = new Map();
      for (const [controlId, at] of positions) evidenceByControl.set(controlId, Array.from(at, locate));
    }
    return evidenceByControl;
  };

  // Which risks select a control is the Statement of Applicability's answer, located here once.
  const soaRows = new Map<string, SoaRow>();
  for (const row of soa.rows) soaRows.set(row.controlId, row);
  // Risks by position, and located from those positions when a rule asks (the built-in rules read positions).
  let positionsOfRisks: Map<string, number> | undefined;
  const riskPositionsOf = () => (positionsOfRisks ??= positionsById(isms.risks));
  let risks: Map<string, IndexedEntity<Risk>> | undefined;
  const risksById = () => {
    if (risks === undefined) {
      risks = new Map();
      for (const [id, i] of riskPositionsOf()) risks.set(id, new Located(isms.risks[i]!, "risks", i));
    }
    return risks;
  };
  let risksByControl: Map<string, IndexedEntity<Risk>[]> | undefined;
  const selectingRisks = () => {
    if (risksByControl === undefined) {
      risksByControl = new Map();
      for (const row of soa.rows) if (row.riskIds.length > 0) risksByControl.set(row.controlId, row.riskIds.map((id) => risksById().get(id)!));
    }
    return risksByControl;
  };

  let operations: OperationsIndex | undefined;
  const index: ConformityIndex = {
    people,
    activeTopManagement,
    roles: byId<Role>(isms.roles, "roles"),
    documents: byId<IsmsDocument>(isms.documents, "documents"),
    controls,
    get evidence() {
      return evidenceById();
    },
    get evidenceByControl() {
      return linkedEvidence();
    },
    soaRows,
    get risks() {
      return risksById();
    },
    get risksByControl() {
      return selectingRisks();
    },
    get operations() {
      return (operations ??= buildOperationsIndex(isms, controls));
    },
  };
  internalsByIndex.set(index, { evidence: isms.evidence, positions, locate, riskPositions: riskPositionsOf });
  return index;
}

/** What a run is made with, besides the document and the day. */
export interface ConformityRunSettings {
  readonly catalog: Pick<Catalog, "controls">;
  readonly gradingPolicy: GradingPolicy;
  readonly riskRegister?: RiskRegister | undefined;
  readonly statementOfApplicability?: StatementOfApplicability | undefined;
}

/** The context of one checkConformity run: the index and the risk register are built once, on first use. */
export function createConformityContext(isms: Isms, asOf: string, settings: ConformityRunSettings): ConformityContext {
  const { catalog, gradingPolicy, riskRegister: given, statementOfApplicability: givenSoa } = settings;
  const parameters = resolveIsmsParameters(isms);
  let index: ConformityIndex | undefined;
  let soa = givenSoa;
  const statement = () => (soa ??= buildStatementOfApplicability(isms));
  let assessed = given !== undefined;
  let register: RiskRegister | undefined = given;
  let registerError: RiskMethodError | undefined;
  const assess = () => {
    if (assessed) return;
    assessed = true;
    try {
      register = assessRisks(isms, { asOf });
    } catch (error) {
      if (!(error instanceof RiskMethodError)) throw error;
      registerError = error;
    }
  };
  return Object.freeze({
    asOf,
    catalog,
    parameters,
    gradingPolicy,
    get riskRegister() {
      assess();
      return register;
    },
    get riskRegisterError() {
      assess();
      return registerError;
    },
    get statementOfApplicability() {
      return statement();
    },
    get index() {
      return (index ??= buildIndex(isms, statement()));
    },
  });
}
