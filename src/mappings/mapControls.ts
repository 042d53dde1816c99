import { ArgumentError } from "../core/ArgumentError";
import { listValues } from "../core/describeValue";
import { issue } from "../core/issue";
import type { FrameworkMapping, MappingRelationship } from "./FrameworkMappingSchema";
import { frameworkMappings } from "./frameworkMappings";
import { frameworks, type FrameworkId } from "./frameworks";

/**
 * A requirement of another framework that {@link mapControls} found: its framework, id and title,
 * how the requirement looked up relates to it (NIST IR 8477: `subset-of` means the requirement
 * looked up asks for less than this one), the clause items the source names, the source's note, and
 * the mapping it comes from.
 *
 * @category Mappings
 * @example
 * ```ts
 * const mapped: MappedRequirement = {
 *   framework: "iso27001-2022",
 *   id: "A.8.13",
 *   title: "Information backup",
 *   relationship: "intersects-with",
 *   mappingId: "nist-csf-2.0--iso27001-2022",
 * };
 * ```
 */
export interface MappedRequirement {
  readonly framework: string;
  readonly id: string;
  readonly title: string;
  readonly relationship: MappingRelationship;
  /** The lettered items of a clause that the source names (`["a", "b"]` for 4.2 a and b). */
  readonly items?: readonly string[];
  /** How isms-kit read the source, where it had to. */
  readonly note?: string;
  /** The id of the mapping data set the pair comes from. */
  readonly mappingId: string;
}

const INVERSE: Readonly<Record<MappingRelationship, MappingRelationship>> = {
  equal: "equal",
  "subset-of": "superset-of",
  "superset-of": "subset-of",
  "intersects-with": "intersects-with",
  "no-relationship": "no-relationship",
};

const titles = new Map(frameworks.map((framework) => [framework.id, new Map(framework.requirements.map((r) => [r.id, r.title]))]));

/**
 * The requirements of one framework that a requirement of another maps to, read from the built-in
 * mappings ({@link frameworkMappings}) in either direction: a pair read backwards has its
 * relationship inverted (`subset-of` becomes `superset-of`). Pairs with `no-relationship` are left
 * out. The result is in the mapping's order, each requirement once.
 *
 * @param fromFramework - the framework of `id`, e.g. `"nist-csf-2.0"`
 * @param toFramework - the framework to map to, e.g. `"iso27001-2022"`
 * @param id - a requirement of `fromFramework`: `"PR.DS-11"`, a clause `"6.1.2"`, a control `"A.8.13"`
 * @returns the mapped requirements (empty when the mapping has none for `id`)
 * @throws `ArgumentError` for an unknown framework, two frameworks no mapping relates, or an id
 *   that is not a requirement of `fromFramework`
 * @category Mappings
 * @example
 * ```ts
 * mapControls("nist-csf-2.0", "iso27001-2022", "PR.DS-11").map((m) => `${m.id} ${m.relationship}`)
 * //=> ["A.8.13 intersects-with"]
 * mapControls("iso27001-2022", "nist-csf-2.0", "A.8.13").map((m) => m.id)
 * //=> ["PR.DS-01", "PR.DS-11", "RC.RP-03", "RC.RP-06"]
 * mapControls("iso27001-2022", "iso27001-2013", "A.8.8").map((m) => `${m.id} ${m.relationship}`)
 * //=> ["A.12.6.1 superset-of", "A.18.2.3 intersects-with"]
 * ```
 */
export function mapControls(fromFramework: FrameworkId | (string & {}), toFramework: FrameworkId | (string & {}), id: string): readonly MappedRequirement[] {
  const problems = [];
  const known = frameworks.map((framework) => framework.id);
  for (const [name, value] of [["fromFramework", fromFramework], ["toFramework", toFramework]] as const) {
    if (!titles.has(value)) problems.push(issue([name], "invalid_value", `expected one of ${listValues(known)}; found ${JSON.stringify(value)}`));
  }
  const forward: FrameworkMapping[] = [];
  const backward: FrameworkMapping[] = [];
  for (const mapping of frameworkMappings) {
    if (mapping.source === fromFramework && mapping.target === toFramework) forward.push(mapping);
    else if (mapping.source === toFramework && mapping.target === fromFramework) backward.push(mapping);
  }
  if (problems.length === 0 && forward.length + backward.length === 0) {
    const related = frameworkMappings.map((m) => `${m.source} ↔ ${m.target}`);
    problems.push(issue(["toFramework"], "invalid_value", `no mapping relates ${fromFramework} and ${toFramework} (mappings: ${related.join(", ")})`));
  }
  if (problems.length === 0 && !titles.get(fromFramework)!.has(id)) {
    problems.push(issue(["id"], "invalid_value", `not a requirement of ${fromFramework}; found ${JSON.stringify(id)}`));
  }
  if (problems.length > 0) throw new ArgumentError("Invalid arguments to mapControls", problems);

  const targetTitles = titles.get(toFramework)!;
  const out: MappedRequirement[] = [];
  const seen = new Set<string>();
  const add = (mapping: FrameworkMapping, target: string, relationship: MappingRelationship, items?: readonly string[], note?: string) => {
    if (relationship === "no-relationship" || seen.has(target)) return;
    seen.add(target);
    out.push({
      framework: toFramework,
      id: target,
      title: targetTitles.get(target) ?? target,
      relationship,
      ...(items === undefined ? {} : { items: [...items] }),
      ...(note === undefined ? {} : { note }),
      mappingId: mapping.id,
    });
  };
  for (const mapping of forward) for (const pair of mapping.pairs) if (pair.source === id) add(mapping, pair.target, pair.relationship, pair.items, pair.note);
  for (const mapping of backward) for (const pair of mapping.pairs) if (pair.target === id) add(mapping, pair.source, INVERSE[pair.relationship], undefined, pair.note);
  return out;
}
