import { ArgumentError } from "../core/ArgumentError";
import { describeValue, listValues } from "../core/describeValue";
import { issue } from "../core/issue";
import type { MappingRelationship } from "./FrameworkMappingSchema";

/**
 * A relationship between two requirements as {@link mapControls} reports it: one of NIST IR 8477's
 * five ({@link MappingRelationship}), or `"undetermined"` for a pair derived through a hub framework
 * whose two legs do not fix one (see {@link composeRelationships}).
 *
 * @category Mappings
 * @example
 * ```ts
 * const relationship: MappedRelationship = "undetermined";
 * ```
 */
export type MappedRelationship = MappingRelationship | "undetermined";

const U = "undetermined";

/**
 * What set theory says about `x` and `z` (rows: how `x` relates to `y`; columns: how `y` relates to
 * `z`). Only what follows for every possible `x`, `y` and `z` is stated; the rest is undetermined.
 */
const TABLE: Readonly<Record<MappingRelationship, Readonly<Record<MappingRelationship, MappedRelationship>>>> = {
  equal: { equal: "equal", "subset-of": "subset-of", "superset-of": "superset-of", "intersects-with": "intersects-with", "no-relationship": "no-relationship" },
  "subset-of": { equal: "subset-of", "subset-of": "subset-of", "superset-of": U, "intersects-with": U, "no-relationship": "no-relationship" },
  "superset-of": { equal: "superset-of", "subset-of": U, "superset-of": "superset-of", "intersects-with": U, "no-relationship": U },
  "intersects-with": { equal: "intersects-with", "subset-of": U, "superset-of": U, "intersects-with": U, "no-relationship": U },
  "no-relationship": { equal: "no-relationship", "subset-of": U, "superset-of": "no-relationship", "intersects-with": U, "no-relationship": U },
};

/**
 * Composes two NIST IR 8477 relationships soundly: given how `x` relates to `y` (`first`) and how `y`
 * relates to `z` (`second`), how `x` relates to `z` — or `"undetermined"` when set theory does not
 * fix it. `equal` passes the other relationship through; `subset-of` after `subset-of` stays
 * `subset-of` (x ⊂ y ⊂ z), `superset-of` after `superset-of` stays `superset-of`; `subset-of` before
 * `no-relationship` and `no-relationship` before `superset-of` give `no-relationship` (nothing of x
 * can be in z). Everything else — `intersects-with` with anything but `equal`, `subset-of` then
 * `superset-of`, and so on — is undetermined: x and z may or may not share anything. This is how
 * {@link mapControls} relates two frameworks through ISO/IEC 27001:2022.
 *
 * @param first - how `x` relates to `y`
 * @param second - how `y` relates to `z`
 * @returns how `x` relates to `z`, or `"undetermined"`
 * @throws `ArgumentError` (from `isms-kit`) for a value that is not a relationship
 * @category Mappings
 * @example
 * ```ts
 * composeRelationships("subset-of", "subset-of")
 * //=> "subset-of"
 * composeRelationships("equal", "intersects-with")
 * //=> "intersects-with"
 * composeRelationships("intersects-with", "intersects-with")
 * //=> "undetermined"
 * composeRelationships("subset-of", "superset-of")
 * //=> "undetermined"
 * ```
 */
export function composeRelationships(first: MappingRelationship, second: MappingRelationship): MappedRelationship {
  const isKnown = (value: unknown): value is MappingRelationship => typeof value === "string" && Object.hasOwn(TABLE, value);
  const row = isKnown(first) ? TABLE[first] : undefined;
  const result = row !== undefined && isKnown(second) ? row[second] : undefined;
  if (result === undefined) {
    const known = listValues(Object.keys(TABLE));
    const problems = [
      ...(row === undefined ? [issue(["first"], "invalid_value", `expected one of ${known}; found ${describeValue(first)}`)] : []),
      ...(!isKnown(second) ? [issue(["second"], "invalid_value", `expected one of ${known}; found ${describeValue(second)}`)] : []),
    ];
    throw new ArgumentError("Invalid arguments to composeRelationships", problems);
  }
  return result;
}
