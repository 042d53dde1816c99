import { safeParseWith } from "../core/fromZodIssues";
import { deepFreeze } from "../core/deepFreeze";
import { describeValue } from "../core/describeValue";
import { CatalogError, type CatalogIssue } from "./CatalogError";
import { CatalogSchema, type Catalog } from "./CatalogSchema";

/**
 * Validates a catalog of one's own — an organization's own controls, or another framework — and
 * returns a deeply frozen copy that every function taking a catalog accepts. Control ids keep their
 * literal types, so a typo in `getControl("ACME-9", acme)` fails to compile just as it does for
 * Annex A.
 *
 * @param input - `{ id, name, version?, controls: [{ id, title, theme?, attributes?, summary?, text? }] }`
 * @returns a validated, deeply frozen copy of `input`
 * @throws {@link CatalogError} listing every problem, each with its path: unknown keys, missing or
 * empty titles, unknown attribute values, duplicate control ids
 * @category Catalog
 * @example
 * ```ts
 * const acme = defineCatalog({
 *   id: "acme",
 *   name: "Acme controls",
 *   controls: [
 *     { id: "ACME-1", title: "Customer data stays in the EU", theme: "privacy" },
 *     { id: "ACME-2", title: "Release builds are signed", attributes: { controlTypes: ["preventive"] } },
 *   ],
 * });
 * getControl("ACME-2", acme)?.title
 * //=> "Release builds are signed"
 * findControls({ controlTypes: "preventive" }, acme).map((control) => control.id)
 * //=> ["ACME-2"]
 * ```
 */
export function defineCatalog<const C extends Catalog>(input: C): C {
  const result = safeParseWith<typeof CatalogSchema, CatalogIssue["code"]>(CatalogSchema, input);
  if (!result.success) {
    const id = typeof (input as { id?: unknown } | null)?.id === "string" ? ` ${describeValue((input as { id: string }).id)}` : "";
    throw new CatalogError(`Invalid catalog${id}`, result.issues);
  }
  return deepFreeze(result.data) as C;
}
