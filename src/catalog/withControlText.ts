import { issue } from "../core/issue";
import { describeValue } from "../core/describeValue";
import { CatalogError, type CatalogIssue } from "./CatalogError";
import type { Catalog, ControlIdOf, ControlOf } from "./CatalogSchema";
import { requireCatalog } from "./_lib/requireCatalog";

/**
 * Control texts keyed by control id, as given to {@link withControlText}.
 *
 * @category Catalog
 * @example
 * ```ts
 * const texts: ControlTexts<AnnexACatalog> = { "5.1": "(the official text of 5.1, from your licensed copy)" };
 * ```
 */
export type ControlTexts<C extends Catalog> = { readonly [Id in ControlIdOf<C>]?: string };

/**
 * The catalog type that {@link withControlText} returns: the same catalog, each control with an
 * optional `text`.
 *
 * @category Catalog
 * @example
 * ```ts
 * const withTexts: CatalogWithText<AnnexACatalog> = withControlText(annexA, {});
 * ```
 */
export type CatalogWithText<C extends Catalog> = {
  readonly [K in keyof C]: K extends "controls" ? readonly (ControlOf<C> & { readonly text?: string })[] : C[K];
};

/**
 * Attaches the official text of controls to a catalog, returning a new catalog. The standards' text
 * is copyrighted and this library does not ship it; an organization that holds a licence for
 * ISO/IEC 27001 or 27002 can load the text it is entitled to use and attach it here. Controls not
 * named in `texts` are kept as they are (a text they already have stays).
 *
 * @param catalog - the catalog, e.g. {@link annexA}
 * @param texts - the text of each control, keyed by control id
 * @returns a new catalog; the objects it creates are frozen and it shares unchanged controls with `catalog`
 * @throws {@link CatalogError} when `texts` names a control the catalog does not have or a text is not a non-empty string
 * @category Catalog
 * @example
 * ```ts
 * const licensed = withControlText(annexA, { "5.1": "Text of 5.1 from the licensed standard." });
 * getControl("5.1", licensed)?.text
 * //=> "Text of 5.1 from the licensed standard."
 * getControl("5.1")?.text
 * //=> undefined
 * ```
 */
export function withControlText<C extends Catalog>(catalog: C, texts: ControlTexts<C>): CatalogWithText<C> {
  requireCatalog(catalog, "withControlText");
  if (texts === null || typeof texts !== "object" || Array.isArray(texts)) {
    throw new CatalogError("Invalid control texts", [
      issue(["texts"], "invalid_type", `expected an object of texts keyed by control id; found ${describeValue(texts)}`),
    ]);
  }
  const ids = new Set(catalog.controls.map((control) => control.id));
  const issues: CatalogIssue[] = [];
  const given = texts as Readonly<Record<string, unknown>>;
  for (const [id, text] of Object.entries(given)) {
    if (!ids.has(id)) {
      issues.push(issue(["texts", id], "unknown_id", `expected the id of a control in catalog "${catalog.id}"; found ${describeValue(id)}`));
    } else if (typeof text !== "string" || !/\S/.test(text)) {
      issues.push(issue(["texts", id], typeof text === "string" ? "too_small" : "invalid_type", `expected a non-empty text; found ${describeValue(text)}`));
    }
  }
  if (issues.length > 0) throw new CatalogError("Invalid control texts", issues);
  const controls = catalog.controls.map((control) => {
    const text = given[control.id];
    return typeof text === "string" ? Object.freeze({ ...control, text }) : control;
  });
  return Object.freeze({ ...catalog, controls: Object.freeze(controls) }) as unknown as CatalogWithText<C>;
}
