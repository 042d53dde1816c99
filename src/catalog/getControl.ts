import { annexA } from "./annexA";
import type { AnnexACatalog } from "./AnnexACatalogSchema";
import type { AnnexAControl } from "./AnnexAControlSchema";
import type { Catalog, ControlIdOf, ControlOf } from "./CatalogSchema";
import type { KnownId, LookupResult } from "./KnownId";
import { requireCatalog } from "./_lib/requireCatalog";

const annexAById: ReadonlyMap<string, AnnexAControl> = new Map(annexA.controls.map((control) => [control.id, control]));

/**
 * Looks a control up by id, in Annex A 2022 or in the catalog given. An unknown id returns
 * `undefined`; written as a literal it does not compile, so `getControl("9.9")` is caught by the type
 * checker.
 *
 * @param id - a control id such as `"8.24"`, or any string known only at run time
 * @param catalog - the catalog to look in; Annex A 2022 ({@link annexA}) when left out
 * @returns the control, or `undefined` when the catalog has no control with that id
 * @category Catalog
 * @example
 * ```ts
 * getControl("8.24")?.title
 * //=> "Use of cryptography"
 * getControl("A.10.1.1", annexA2013)?.title
 * //=> "Policy on the use of cryptographic controls"
 * getControl(String(9.9))
 * //=> undefined
 * ```
 */
export function getControl<const Id extends string, C extends Catalog = AnnexACatalog>(
  id: KnownId<Id, ControlIdOf<C>>,
  catalog?: C,
): LookupResult<Id, ControlIdOf<C>, ControlOf<C>> {
  if (catalog !== undefined) requireCatalog(catalog, "getControl");
  const found =
    catalog === undefined || catalog === annexA
      ? annexAById.get(id)
      : catalog.controls.find((control) => control.id === id);
  return found as LookupResult<Id, ControlIdOf<C>, ControlOf<C>>;
}
