import type { Catalog } from "../../catalog/CatalogSchema";
import type { ControlRecord } from "../../model/ControlSchema";
import type { IsmsDocument } from "../../model/DocumentSchema";
import type { Evidence } from "../../model/EvidenceSchema";
import type { Isms } from "../../model/IsmsSchema";
import type { Person } from "../../model/PersonSchema";
import type { Risk } from "../../model/RiskSchema";
import type { Role } from "../../model/RoleSchema";
import { assessRisks, type RiskRegister } from "../../risk/assessRisks";
import { RiskMethodError } from "../../risk/RiskMethodError";
import type { ConformityContext, ConformityIndex, IndexedEntity } from "../ConformityContext";
import { pointer } from "./pointers";

function byId<T extends { id: string }>(items: readonly T[], collection: string): Map<string, IndexedEntity<T>> {
  const map = new Map<string, IndexedEntity<T>>();
  items.forEach((value, i) => map.set(value.id, { value, pointer: pointer(collection, i) }));
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

  const evidenceByControl = new Map<string, IndexedEntity<Evidence>[]>();
  const seen = new Set<string>();
  const link = (controlId: string, e: IndexedEntity<Evidence>) => {
    const key = `${controlId}\u0000${e.value.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    push(evidenceByControl, controlId, e);
  };
  isms.evidence.forEach((value, i) => {
    const e = { value, pointer: pointer("evidence", i) };
    for (const controlId of value.controlIds) link(controlId, e);
  });
  for (const control of isms.controls) {
    for (const evidenceId of control.evidenceIds) {
      const e = evidence.get(evidenceId);
      if (e) link(control.id, e);
    }
  }

  const risksByControl = new Map<string, IndexedEntity<Risk>[]>();
  isms.risks.forEach((value, i) => {
    if (value.status !== "open" || value.treatment === undefined) return;
    const r = { value, pointer: pointer("risks", i) };
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
