import type { Catalog } from "../../catalog/CatalogSchema";
import type { ControlRecord } from "../../model/ControlSchema";
import type { IsmsDocument } from "../../model/DocumentSchema";
import type { Evidence } from "../../model/EvidenceSchema";
import type { Isms } from "../../model/IsmsSchema";
import type { Person } from "../../model/PersonSchema";
import type { Risk } from "../../model/RiskSchema";
import type { Role } from "../../model/RoleSchema";
import { assessRisks, type RiskRegister } from "../../risk/assessRisks";
import { RiskMethodError } from "../../method/RiskMethodError";
import type { ConformityContext, ConformityIndex, IndexedEntity } from "../ConformityContext";
import { pointer } from "./pointers";

/**
 * An entity with its place in the document. The pointer is built on first read: an index holds an
 * entry per entity of a large document, and rules read few pointers.
 */
class Located<T> implements IndexedEntity<T> {
  #pointer: string | undefined;
  constructor(
    readonly value: T,
    private readonly collection: string,
    private readonly position: number,
  ) {}
  get pointer(): string {
    return (this.#pointer ??= pointer(this.collection, this.position));
  }
  toJSON(): { value: T; pointer: string } {
    return { value: this.value, pointer: this.pointer };
  }
}

function byId<T extends { id: string }>(items: readonly T[], collection: string): Map<string, IndexedEntity<T>> {
  const map = new Map<string, IndexedEntity<T>>();
  items.forEach((value, i) => map.set(value.id, new Located(value, collection, i)));
  return map;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildIndex(isms: Isms): ConformityIndex {
  const people = byId<Person>(isms.people, "people");
  const activeTopManagement = new Set(isms.people.filter((p) => p.topManagement && p.status === "active").map((p) => p.id));
  const controls = byId<ControlRecord>(isms.controls, "controls");
  const evidence = byId<Evidence>(isms.evidence, "evidence");

  // Evidence per control, once each: records naming the control, then records the control's record
  // cites that do not already name it. No global set of pairs: each check looks at one small list.
  const evidenceByControl = new Map<string, IndexedEntity<Evidence>[]>();
  for (const e of evidence.values()) {
    const named = e.value.controlIds;
    for (let i = 0; i < named.length; i++) {
      const controlId = named[i]!;
      if (named.indexOf(controlId) === i) push(evidenceByControl, controlId, e);
    }
  }
  for (const control of isms.controls) {
    const cited = control.evidenceIds;
    for (let i = 0; i < cited.length; i++) {
      const e = evidence.get(cited[i]!);
      if (!e || cited.indexOf(cited[i]!) !== i || e.value.controlIds.includes(control.id)) continue;
      push(evidenceByControl, control.id, e);
    }
  }

  const risksByControl = new Map<string, IndexedEntity<Risk>[]>();
  isms.risks.forEach((value, i) => {
    if (value.status !== "open" || value.treatment === undefined) return;
    const r = new Located(value, "risks", i);
    for (const controlId of new Set(value.treatment.controlIds)) push(risksByControl, controlId, r);
  });

  return {
    people,
    activeTopManagement,
    roles: byId<Role>(isms.roles, "roles"),
    documents: byId<IsmsDocument>(isms.documents, "documents"),
    controls,
    evidence,
    evidenceByControl,
    risksByControl,
  };
}

/** The context of one checkConformity run: the index and the risk register are built once, on first use. */
export function createConformityContext(
  isms: Isms,
  asOf: string,
  catalog: Pick<Catalog, "controls">,
  given?: RiskRegister,
): ConformityContext {
  let index: ConformityIndex | undefined;
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
    get riskRegister() {
      assess();
      return register;
    },
    get riskRegisterError() {
      assess();
      return registerError;
    },
    get index() {
      return (index ??= buildIndex(isms));
    },
  });
}
