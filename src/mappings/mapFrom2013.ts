import type { AnnexA2013ControlId } from "../core/annexA2013ControlIds";
import type { AnnexAControlId } from "../core/annexAControlIds";
import type { KnownId, LookupResult } from "../catalog/KnownId";
import transition from "../../catalog/mappings/iso27001-2013--iso27001-2022.json" with { type: "json" };
import { deepFreeze } from "../core/deepFreeze";

// Read from the data set itself, not the registry, so that the 2013 look-ups (used by the SoA
// transition and the OSCAL catalog) do not pull every framework into a bundle.
const targets = new Map<string, AnnexAControlId[]>();
for (const pair of transition.pairs) {
  const list = targets.get(pair.source) ?? targets.set(pair.source, []).get(pair.source)!;
  list.push(pair.target.slice(2) as AnnexAControlId);
}
for (const list of targets.values()) deepFreeze(list);

/**
 * The ISO/IEC 27001:2022 Annex A controls that a 2013 Annex A control corresponds to, according to
 * ISO/IEC 27002:2022 Annex B (the `iso27001-2013` → `iso27001-2022` mapping). Most 2013 controls map to one 2022 control (often merged with others);
 * `A.18.2.3` maps to two. An unknown id returns `undefined`; written as a literal it does not compile.
 *
 * @param id - a 2013 control id such as `"A.12.6.1"`
 * @returns the 2022 control ids, in 2022 order, or `undefined` for an unknown id
 * @category Mappings
 * @example
 * ```ts
 * mapFrom2013("A.9.4.2")
 * //=> ["8.5"]
 * mapFrom2013("A.18.2.3")
 * //=> ["5.36", "8.8"]
 * mapFrom2013(String("5.1.1"))
 * //=> undefined
 * ```
 */
export function mapFrom2013<const Id extends string>(
  id: KnownId<Id, AnnexA2013ControlId>,
): LookupResult<Id, AnnexA2013ControlId, readonly AnnexAControlId[]> {
  return targets.get(id) as LookupResult<Id, AnnexA2013ControlId, readonly AnnexAControlId[]>;
}
