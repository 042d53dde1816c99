import { ArgumentError } from "../core/ArgumentError";
import { listValues } from "../core/describeValue";
import { issue } from "../core/issue";
import { composeRelationships, type MappedRelationship } from "./composeRelationships";
import type { FrameworkMapping, MappingRelationship } from "./FrameworkMappingSchema";
import { frameworkMappings } from "./frameworkMappings";
import { frameworks, type FrameworkId } from "./frameworks";

/**
 * One step of a pair {@link mapControls} derived through a hub framework: the hub requirement it
 * goes through, how the requirement looked up relates to it and how it relates to the result, and
 * the two mappings read.
 *
 * @category Mappings
 * @example
 * ```ts
 * const step: HubStep = { id: "A.8.13", relationships: ["intersects-with", "intersects-with"], mappingIds: ["soc2--iso27001-2022", "nis2--iso27001-2022"] };
 * ```
 */
export interface HubStep {
  /** The requirement of the hub framework (`"A.8.13"`, `"6.1.2"`). */
  readonly id: string;
  /** How the requirement looked up relates to the hub requirement, and how that relates to the result. */
  readonly relationships: readonly [MappingRelationship, MappingRelationship];
  /** The mapping data sets of the two legs. */
  readonly mappingIds: readonly [string, string];
}

/**
 * A requirement of another framework that {@link mapControls} found: its framework, id and title,
 * how the requirement looked up relates to it (NIST IR 8477: `subset-of` means the requirement
 * looked up asks for less than this one; `"undetermined"` for a derived pair whose legs fix no
 * relationship), the clause items the source names, the source's note, and the mappings it comes
 * from. A pair read from a mapping between the two frameworks is direct (`derived: false`); one
 * found through a hub framework both map to — ISO/IEC 27001:2022 — is `derived`, with the hub
 * requirements it goes through in `via`.
 *
 * @category Mappings
 * @example
 * ```ts
 * const mapped: MappedRequirement = {
 *   framework: "iso27001-2022",
 *   id: "A.8.13",
 *   title: "Information backup",
 *   relationship: "intersects-with",
 *   derived: false,
 *   mappingIds: ["nist-csf-2.0--iso27001-2022"],
 * };
 * ```
 */
export interface MappedRequirement {
  readonly framework: string;
  readonly id: string;
  readonly title: string;
  readonly relationship: MappedRelationship;
  /** The lettered items of a clause that the source names (`["a", "b"]` for 4.2 a and b). */
  readonly items?: readonly string[];
  /** How the source was read, where it had to be. */
  readonly note?: string;
  /** Whether the pair was derived through a hub framework rather than read from a mapping. */
  readonly derived: boolean;
  /** The mapping data sets the pair comes from: one for a direct pair, those of both legs for a derived one. */
  readonly mappingIds: readonly string[];
  /** For a derived pair: each hub requirement it goes through, with the two relationships composed. */
  readonly via?: readonly HubStep[];
}

const INVERSE: Readonly<Record<MappingRelationship, MappingRelationship>> = {
  equal: "equal",
  "subset-of": "superset-of",
  "superset-of": "subset-of",
  "intersects-with": "intersects-with",
  "no-relationship": "no-relationship",
};

/** Strongest first: the relationship a derived pair takes when several hub steps fix one. */
const STRENGTH: readonly MappedRelationship[] = ["equal", "subset-of", "superset-of", "intersects-with", "no-relationship", "undetermined"];

/** The preferred hub: every built-in mapping maps onto ISO/IEC 27001:2022. */
const HUB = "iso27001-2022";

const titles = new Map(frameworks.map((framework) => [framework.id, new Map(framework.requirements.map((r) => [r.id, r.title]))]));
const ranks = new Map(frameworks.map((framework) => [framework.id, new Map(framework.requirements.map((r, i) => [r.id, i]))]));

interface Leg {
  readonly id: string;
  readonly relationship: MappingRelationship;
  readonly items?: readonly string[];
  readonly note?: string;
  readonly mappingId: string;
}

function mappingsBetween(a: string, b: string): { forward: FrameworkMapping[]; backward: FrameworkMapping[] } {
  const forward: FrameworkMapping[] = [];
  const backward: FrameworkMapping[] = [];
  for (const mapping of frameworkMappings) {
    if (mapping.source === a && mapping.target === b) forward.push(mapping);
    else if (mapping.source === b && mapping.target === a) backward.push(mapping);
  }
  return { forward, backward };
}

/** The requirements of `to` that `id` (of `from`) maps to, directly; `no-relationship` pairs left out, each requirement once. */
function directLegs(from: string, to: string, id: string): Leg[] {
  const { forward, backward } = mappingsBetween(from, to);
  const out: Leg[] = [];
  const seen = new Set<string>();
  const add = (leg: Leg) => {
    if (leg.relationship === "no-relationship" || seen.has(leg.id)) return;
    seen.add(leg.id);
    out.push(leg);
  };
  for (const mapping of forward) {
    for (const pair of mapping.pairs) {
      if (pair.source !== id) continue;
      add({ id: pair.target, relationship: pair.relationship, mappingId: mapping.id, ...(pair.items ? { items: pair.items } : {}), ...(pair.note ? { note: pair.note } : {}) });
    }
  }
  for (const mapping of backward) {
    for (const pair of mapping.pairs) {
      if (pair.target === id) add({ id: pair.source, relationship: INVERSE[pair.relationship], mappingId: mapping.id, ...(pair.note ? { note: pair.note } : {}) });
    }
  }
  return out;
}

function isRelated(a: string, b: string): boolean {
  const { forward, backward } = mappingsBetween(a, b);
  return forward.length + backward.length > 0;
}

/**
 * The requirements of one framework that a requirement of another maps to, in either direction: a
 * pair read backwards has its relationship inverted (`subset-of` becomes `superset-of`). Pairs with
 * `no-relationship` are left out; each requirement appears once.
 *
 * When no mapping relates the two frameworks, the pairs are derived through a hub framework both
 * map to — ISO/IEC 27001:2022 for every built-in framework — so SOC 2 reaches NIS2 through the
 * ISO/IEC 27001 controls they share. A derived pair is marked `derived: true`, lists the hub
 * requirements it goes through (`via`), and has the relationship {@link composeRelationships}
 * gives — `"undetermined"` unless set theory fixes one (`equal` legs pass a relationship through,
 * `subset-of` after `subset-of` stays `subset-of` …); when several hub requirements fix different
 * ones, the strongest is kept. Read an undetermined pair as "both touch the same ISO/IEC 27001
 * requirement", a lead to check, not a claim that they overlap.
 *
 * Direct pairs come in the mapping's order; derived pairs in the order of the target framework.
 *
 * @param fromFramework - the framework of `id`, e.g. `"nist-csf-2.0"`
 * @param toFramework - the framework to map to, e.g. `"iso27001-2022"`
 * @param id - a requirement of `fromFramework`: `"PR.DS-11"`, a clause `"6.1.2"`, a control `"A.8.13"`
 * @returns the mapped requirements (empty when the mappings have none for `id`)
 * @throws `ArgumentError` (from `isms-kit`) for an unknown framework, two frameworks no mapping relates directly
 *   or through a hub, or an id that is not a requirement of `fromFramework`
 * @category Mappings
 * @example
 * ```ts
 * mapControls("nist-csf-2.0", "iso27001-2022", "PR.DS-11").map((m) => `${m.id} ${m.relationship}`)
 * //=> ["A.8.13 intersects-with"]
 * mapControls("iso27001-2022", "nist-csf-2.0", "A.8.13").map((m) => m.id)
 * //=> ["PR.DS-01", "PR.DS-11", "RC.RP-03", "RC.RP-06"]
 * mapControls("iso27001-2022", "iso27001-2013", "A.8.8").map((m) => `${m.id} ${m.relationship}`)
 * //=> ["A.12.6.1 superset-of", "A.18.2.3 intersects-with"]
 * const derived = mapControls("dora", "nis2", "Art.12(1)(a)");
 * derived.slice(0, 2).map((m) => `${m.id} ${m.relationship} via ${m.via?.map((step) => step.id).join(", ")}`)
 * //=> ["Art.21(2)(c) undetermined via A.8.13", "4.2.1 undetermined via A.8.13"]
 * derived.every((m) => m.derived)
 * //=> true
 * ```
 */
export function mapControls(fromFramework: FrameworkId | (string & {}), toFramework: FrameworkId | (string & {}), id: string): readonly MappedRequirement[] {
  const problems = [];
  const known = frameworks.map((framework) => framework.id);
  for (const [name, value] of [["fromFramework", fromFramework], ["toFramework", toFramework]] as const) {
    if (!titles.has(value)) problems.push(issue([name], "invalid_value", `expected one of ${listValues(known)}; found ${JSON.stringify(value)}`));
  }
  if (problems.length === 0 && fromFramework === toFramework) problems.push(issue(["toFramework"], "invalid_value", `expected a framework other than fromFramework; found ${JSON.stringify(toFramework)}`));
  const direct = problems.length === 0 && isRelated(fromFramework, toFramework);
  const hubs = problems.length === 0 && !direct ? hubsBetween(fromFramework, toFramework) : [];
  if (problems.length === 0 && !direct && hubs.length === 0) {
    const related = frameworkMappings.map((m) => `${m.source} ↔ ${m.target}`);
    problems.push(issue(["toFramework"], "invalid_value", `no mapping relates ${fromFramework} and ${toFramework}, directly or through a framework both map to (mappings: ${related.join(", ")})`));
  }
  if (problems.length === 0 && !titles.get(fromFramework)!.has(id)) {
    problems.push(issue(["id"], "invalid_value", `not a requirement of ${fromFramework}; found ${JSON.stringify(id)}`));
  }
  if (problems.length > 0) throw new ArgumentError("Invalid arguments to mapControls", problems);

  const targetTitles = titles.get(toFramework)!;
  if (direct) {
    return directLegs(fromFramework, toFramework, id).map((leg) => ({
      framework: toFramework,
      id: leg.id,
      title: targetTitles.get(leg.id) ?? leg.id,
      relationship: leg.relationship,
      ...(leg.items === undefined ? {} : { items: [...leg.items] }),
      ...(leg.note === undefined ? {} : { note: leg.note }),
      derived: false,
      mappingIds: [leg.mappingId],
    }));
  }
  return derive(fromFramework, toFramework, id, hubs);
}

/** The frameworks both `from` and `to` are mapped with, ISO/IEC 27001:2022 first. */
function hubsBetween(from: string, to: string): string[] {
  return frameworks
    .map((framework) => framework.id)
    .filter((hub) => hub !== from && hub !== to && isRelated(from, hub) && isRelated(hub, to))
    .sort((a, b) => Number(b === HUB) - Number(a === HUB));
}

function derive(from: string, to: string, id: string, hubs: readonly string[]): MappedRequirement[] {
  const found = new Map<string, { steps: HubStep[]; mappingIds: string[] }>();
  for (const hub of hubs) {
    for (const first of directLegs(from, hub, id)) {
      for (const second of directLegs(hub, to, first.id)) {
        const entry = found.get(second.id) ?? found.set(second.id, { steps: [], mappingIds: [] }).get(second.id)!;
        entry.steps.push({ id: first.id, relationships: [first.relationship, second.relationship], mappingIds: [first.mappingId, second.mappingId] });
        for (const mappingId of [first.mappingId, second.mappingId]) if (!entry.mappingIds.includes(mappingId)) entry.mappingIds.push(mappingId);
      }
    }
  }
  const rank = ranks.get(to)!;
  const targetTitles = titles.get(to)!;
  return [...found.entries()]
    .sort(([a], [b]) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
    .map(([target, { steps, mappingIds }]) => {
      const composed = steps.map((step) => composeRelationships(...step.relationships));
      const relationship = STRENGTH.find((r) => composed.includes(r)) ?? "undetermined";
      return { framework: to, id: target, title: targetTitles.get(target) ?? target, relationship, derived: true, mappingIds, via: steps };
    })
    .filter((mapped) => mapped.relationship !== "no-relationship");
}
