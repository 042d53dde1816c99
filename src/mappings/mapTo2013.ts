import { annexA } from "../catalog/annexA";
import type { AnnexA2013ControlId } from "../core/annexA2013ControlIds";
import type { AnnexAControlId } from "../core/annexAControlIds";
import type { KnownId, LookupResult } from "../catalog/KnownId";
import transition from "../../catalog/mappings/iso27001-2013--iso27001-2022.json" with { type: "json" };
import { deepFreeze } from "../core/deepFreeze";

// Read from the data set itself, not the registry (see mapFrom2013).
const sources = new Map<string, AnnexA2013ControlId[]>(annexA.controls.map((control) => [control.id, []]));
for (const pair of transition.pairs) {
  sources.get(pair.target.slice(2))!.push(pair.source as AnnexA2013ControlId);
}
for (const list of sources.values()) deepFreeze(list);

/**
 * The ISO/IEC 27001:2013 Annex A controls that a 2022 Annex A control corresponds to, according to
 * ISO/IEC 27002:2022 Annex B (the `iso27001-2013` → `iso27001-2022` mapping): several for a merged control, none (`[]`) for the 11 controls new in
 * 2022. An unknown id returns `undefined`; written as a literal it does not compile.
 *
 * @param id - a 2022 control id such as `"5.18"`
 * @returns the 2013 control ids, in 2013 order, or `undefined` for an unknown id
 * @category Mappings
 * @example
 * ```ts
 * mapTo2013("5.18")
 * //=> ["A.9.2.2", "A.9.2.5", "A.9.2.6"]
 * mapTo2013("5.23")
 * //=> []
 * mapTo2013(String("A.5.1"))
 * //=> undefined
 * ```
 */
export function mapTo2013<const Id extends string>(
  id: KnownId<Id, AnnexAControlId>,
): LookupResult<Id, AnnexAControlId, readonly AnnexA2013ControlId[]> {
  return sources.get(id) as LookupResult<Id, AnnexAControlId, readonly AnnexA2013ControlId[]>;
}
