import { describeValue } from "../../core/describeValue";
import { issue } from "../../core/issue";
import type { Catalog } from "../CatalogSchema";
import { CatalogError } from "../CatalogError";

/** A CatalogError at `path` (the argument's name) unless `catalog` is a catalog: an object with an id and a list of controls. */
export function requireCatalog(catalog: unknown, fn: string, path: readonly (string | number)[] = ["catalog"]): asserts catalog is Catalog {
  const ok =
    catalog !== null &&
    typeof catalog === "object" &&
    typeof (catalog as { id?: unknown }).id === "string" &&
    Array.isArray((catalog as { controls?: unknown }).controls);
  if (!ok) throw new CatalogError(`Invalid arguments to ${fn}`, [issue(path, "invalid_type", `expected a catalog (from defineCatalog) with an id and controls; found ${describeValue(catalog)}`)]);
}
