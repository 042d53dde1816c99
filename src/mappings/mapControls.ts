import { annexA } from "../catalog/annexA";
import { clauses } from "../catalog/clauses";
import { oscalIssue } from "../export/oscal/_lib/oscalIssue";
import { csf2 } from "./csf2";
import { csf2ToIso27001 } from "./csf2ToIso27001";
import type { MappingRelationship } from "./CsfIsoMappingSchema";
import { OscalError } from "../export/oscal/OscalError";

/**
 * A framework {@link mapControls} maps between: `"csf-2.0"` (NIST CSF 2.0 Subcategories such as
 * `PR.DS-11`), `"iso27001-2022"` (Annex A controls such as `8.13`) and `"iso27001-2022-clauses"`
 * (the mandatory clauses 4 to 10 of ISO/IEC 27001:2022, such as `6.1.2`). Annex A controls and
 * clauses are two frameworks because their numbers overlap: control 5.1 is not clause 5.1.
 *
 * @category Interop
 * @example
 * ```ts
 * const framework: MappingFramework = "iso27001-2022-clauses";
 * ```
 */
export type MappingFramework = "csf-2.0" | "iso27001-2022" | "iso27001-2022-clauses";

/**
 * An element of another framework that {@link mapControls} found, with how the element looked up
 * relates to it (`subset`: the element looked up is a subset of this one).
 *
 * @category Interop
 * @example
 * ```ts
 * const mapped: MappedControl = {
 *   framework: "iso27001-2022",
 *   id: "8.13",
 *   title: "Information backup",
 *   relationship: "intersect",
 * };
 * ```
 */
export interface MappedControl {
  readonly framework: MappingFramework;
  readonly id: string;
  readonly title: string;
  readonly relationship: MappingRelationship;
  /** The items of a clause that the source names (`["a", "b"]` for 4.2 a) and b)). */
  readonly items?: readonly string[];
  /** How isms-kit read the source, where it had to. */
  readonly note?: string;
}

const FRAMEWORKS: readonly MappingFramework[] = ["csf-2.0", "iso27001-2022", "iso27001-2022-clauses"];
const REVERSED: Readonly<Record<MappingRelationship, MappingRelationship>> = {
  equal: "equal",
  subset: "superset",
  superset: "subset",
  intersect: "intersect",
};

const titles: Readonly<Record<MappingFramework, ReadonlyMap<string, string>>> = {
  "csf-2.0": new Map(csf2.subcategories.map((s) => [s.id, s.title])),
  "iso27001-2022": new Map(annexA.controls.map((c) => [c.id, c.title])),
  "iso27001-2022-clauses": new Map(clauses.map((c) => [c.id, c.title])),
};

/**
 * The elements of `toFramework` that NIST's published mappings relate to element `id` of
 * `fromFramework`, in the order of the mapping data (CSF order, then clauses before Annex A
 * controls). CSF 2.0 ↔ ISO/IEC 27001:2022 mappings come from NIST's CSF 2.0 informative references
 * ({@link csf2ToIso27001}); the relationship is turned around when looking up from the ISO side.
 *
 * @param fromFramework - the framework of `id`
 * @param toFramework - the framework to map to
 * @param id - a CSF 2.0 Subcategory (`PR.DS-11`), Annex A control (`8.13`) or clause (`6.1.2`) id
 * @returns the mapped elements with titles and relationships; `[]` when the source maps none
 * @throws {@link OscalError} when a framework is unknown, the two frameworks are the same or both
 *   ISO/IEC 27001, or `id` is not an element of `fromFramework`
 * @category Interop
 * @example
 * ```ts
 * mapControls("iso27001-2022", "csf-2.0", "5.1").map((m) => m.id)
 * //=> ["GV.RM-01", "GV.RM-02", "GV.RM-03", "GV.RM-04", "GV.RM-05", "GV.RM-06", "GV.PO-01", "GV.PO-02", "GV.OV-01", "GV.OV-02", "GV.OV-03", "GV.SC-01", "GV.SC-03", "PR.AA-05", "PR.DS-01"]
 * mapControls("csf-2.0", "iso27001-2022", "PR.DS-11")
 * //=> [{ framework: "iso27001-2022", id: "8.13", title: "Information backup", relationship: "intersect" }]
 * mapControls("csf-2.0", "iso27001-2022-clauses", "GV.OC-03").map((m) => [m.id, m.items])
 * //=> [["4.2", ["a", "b"]]]
 * mapControls("iso27001-2022", "csf-2.0", "5.99")
 * //=> throws OscalError: "not an ISO/IEC 27001:2022 Annex A control id"
 * ```
 */
export function mapControls(fromFramework: MappingFramework, toFramework: MappingFramework, id: string): readonly MappedControl[] {
  const problems = [
    ...(FRAMEWORKS.includes(fromFramework) ? [] : [oscalIssue(["fromFramework"], "invalid_value", `expected one of ${FRAMEWORKS.join(", ")}; found ${JSON.stringify(fromFramework)}`)]),
    ...(FRAMEWORKS.includes(toFramework) ? [] : [oscalIssue(["toFramework"], "invalid_value", `expected one of ${FRAMEWORKS.join(", ")}; found ${JSON.stringify(toFramework)}`)]),
  ];
  if (problems.length === 0 && (fromFramework === "csf-2.0") === (toFramework === "csf-2.0")) {
    problems.push(
      oscalIssue(["toFramework"], "invalid_value", `no mappings from ${fromFramework} to ${toFramework}: map between "csf-2.0" and an ISO/IEC 27001:2022 framework`),
    );
  }
  if (problems.length === 0 && !titles[fromFramework].has(id)) {
    const expected =
      fromFramework === "csf-2.0"
        ? 'a NIST CSF 2.0 Subcategory id ("GV.OC-01" … "RC.CO-04")'
        : fromFramework === "iso27001-2022"
          ? 'an ISO/IEC 27001:2022 Annex A control id ("5.1" … "8.34")'
          : 'an ISO/IEC 27001:2022 clause id ("4" … "10.2")';
    problems.push(oscalIssue(["id"], "unknown_id", `not ${expected}; found ${JSON.stringify(id)}`));
  }
  if (problems.length > 0) throw new OscalError("Cannot map controls", problems);

  const kind = (fromFramework === "csf-2.0" ? toFramework : fromFramework) === "iso27001-2022" ? "control" : "clause";
  const out: MappedControl[] = [];
  for (const mapping of csf2ToIso27001.mappings) {
    if (mapping.kind !== kind) continue;
    const forward = fromFramework === "csf-2.0";
    if ((forward ? mapping.csf : mapping.iso) !== id) continue;
    const target = forward ? mapping.iso : mapping.csf;
    if (out.some((m) => m.id === target)) continue;
    out.push({
      framework: toFramework,
      id: target,
      title: titles[toFramework].get(target) ?? target,
      relationship: forward ? mapping.relationship : REVERSED[mapping.relationship],
      ...(mapping.items === undefined ? {} : { items: mapping.items }),
      ...(mapping.note === undefined ? {} : { note: mapping.note }),
    });
  }
  return out;
}
