import * as z from "zod";
import { NonEmptyStringSchema, SecurityPropertySchema, type SecurityProperty } from "../core/primitives";
import { safeParseWith } from "../core/fromZodIssues";
import { issue as catalogIssue } from "../core/issue";
import { describeValue } from "../core/describeValue";
import { annexA } from "./annexA";
import type { AnnexACatalog } from "./AnnexACatalogSchema";
import { CatalogError, type CatalogIssue } from "./CatalogError";
import type { Catalog, ControlOf } from "./CatalogSchema";
import {
  controlAttributeKinds,
  ControlTypeSchema,
  CybersecurityConceptSchema,
  OperationalCapabilitySchema,
  SecurityDomainSchema,
  type ControlType,
  type CybersecurityConcept,
  type OperationalCapability,
  type SecurityDomain,
} from "./ControlAttributesSchema";
import { ControlThemeSchema, type ControlTheme } from "./ControlThemeSchema";
import { requireCatalog } from "./_lib/requireCatalog";
import { lazyShape } from "../core/lazyShape";

/**
 * A {@link findControls} filter after single values have been turned into lists: for each key, the
 * values of which a control must have at least one. Keys are combined with AND, the values of one key
 * with OR; a key left out, or given an empty list, does not constrain the result.
 *
 * @category Catalog
 * @example
 * ```ts
 * FindControlsFilterSchema.safeParse({ controlTypes: ["preventative"] }).success
 * //=> false
 * ```
 */
export const FindControlsFilterSchema = z.strictObject(lazyShape(() => ({
  theme: z.array(NonEmptyStringSchema).readonly().optional(),
  controlTypes: z.array(ControlTypeSchema).readonly().optional(),
  securityProperties: z.array(SecurityPropertySchema).readonly().optional(),
  cybersecurityConcepts: z.array(CybersecurityConceptSchema).readonly().optional(),
  operationalCapabilities: z.array(OperationalCapabilitySchema).readonly().optional(),
  securityDomains: z.array(SecurityDomainSchema).readonly().optional(),
})));

type NormalizedFilter = z.infer<typeof FindControlsFilterSchema>;

/**
 * What {@link findControls} looks for: a theme and attribute values, each one value or a list. A
 * control matches when, for every key given, it has at least one of the values (AND across keys, OR
 * within a key). `Theme` is {@link ControlTheme} for Annex A and `string` for other catalogs.
 *
 * @category Catalog
 * @example
 * ```ts
 * const filter: FindControlsFilter = { theme: "technological", controlTypes: ["detective", "corrective"] };
 * ```
 */
export type FindControlsFilter<Theme extends string = ControlTheme> = {
  readonly theme?: Theme | readonly Theme[];
  readonly controlTypes?: ControlType | readonly ControlType[];
  readonly securityProperties?: SecurityProperty | readonly SecurityProperty[];
  readonly cybersecurityConcepts?: CybersecurityConcept | readonly CybersecurityConcept[];
  readonly operationalCapabilities?: OperationalCapability | readonly OperationalCapability[];
  readonly securityDomains?: SecurityDomain | readonly SecurityDomain[];
};

/**
 * The controls of a catalog, in catalog order, that match a filter of theme and ISO/IEC 27002:2022
 * attribute values: AND across the keys given, OR within one key. An empty filter returns every
 * control. A control without attributes of a kind does not match a filter on that kind.
 *
 * @param filter - the theme and attribute values to look for
 * @param catalog - the catalog to search; Annex A 2022 ({@link annexA}) when left out
 * @returns a new, frozen array of the matching controls
 * @throws {@link CatalogError} when the filter has an unknown key or value, such as `"preventative"`
 * @category Catalog
 * @example
 * ```ts
 * findControls({ theme: "physical", controlTypes: "detective" }).map((control) => control.id)
 * //=> ["7.4", "7.11"]
 * findControls({ operationalCapabilities: "information_security_assurance" }).map((control) => control.id)
 * //=> ["5.22", "5.35", "5.36", "8.29"]
 * findControls({ securityProperties: "availability", securityDomains: ["resilience"], controlTypes: "corrective" }).map((c) => c.id)
 * //=> ["5.5", "5.7", "5.29", "5.30"]
 * ```
 */
export function findControls<C extends Catalog = AnnexACatalog>(
  filter: FindControlsFilter<C extends AnnexACatalog ? ControlTheme : string>,
  catalog?: C,
): readonly ControlOf<C>[] {
  if (catalog !== undefined) requireCatalog(catalog, "findControls");
  const target: Catalog = catalog ?? annexA;
  const normalized = normalize(filter, target.id === annexA.id);
  const kinds = controlAttributeKinds.filter((kind) => (normalized[kind]?.length ?? 0) > 0);
  const themes = normalized.theme !== undefined && normalized.theme.length > 0 ? new Set(normalized.theme) : undefined;
  const matches = target.controls.filter((control) => {
    if (themes !== undefined && (control.theme === undefined || !themes.has(control.theme))) return false;
    return kinds.every((kind) => {
      const have: readonly string[] = control.attributes?.[kind] ?? [];
      const wanted: readonly string[] = normalized[kind] ?? [];
      return have.some((value) => wanted.includes(value));
    });
  });
  return Object.freeze(matches) as readonly ControlOf<C>[];
}

/** Turns single values into lists and validates the filter; throws a CatalogError listing every problem. */
function normalize(filter: unknown, isAnnexA: boolean): NormalizedFilter {
  if (filter === null || typeof filter !== "object" || Array.isArray(filter)) {
    throw new CatalogError("Invalid findControls filter", [
      catalogIssue([], "invalid_type", `expected an object; found ${describeValue(filter)}`),
    ]);
  }
  const given = filter as Record<string, unknown>;
  const single = (key: unknown): boolean => typeof key === "string" && !Array.isArray(given[key]);
  const lists = Object.fromEntries(Object.entries(given).map(([key, value]) => [key, typeof value === "string" ? [value] : value]));
  const result = safeParseWith<typeof FindControlsFilterSchema, CatalogIssue["code"]>(FindControlsFilterSchema, lists);
  // A single value was checked as a one-element list: report it at the key, not at index 0.
  const issues: CatalogIssue[] = result.success
    ? []
    : result.issues.map((issue) =>
        issue.path.length === 2 && issue.path[1] === 0 && single(issue.path[0])
          ? catalogIssue(issue.path.slice(0, 1), issue.code, issue.message)
          : issue,
      );
  const themes = lists["theme"];
  if (isAnnexA && Array.isArray(themes)) {
    themes.forEach((theme: unknown, index) => {
      const check = ControlThemeSchema.safeParse(theme);
      const path = single("theme") ? ["theme"] : ["theme", index];
      const reported = issues.some((issue) => issue.pointer === catalogIssue(path, "custom", "").pointer);
      if (!check.success && !reported) {
        issues.push(catalogIssue(path, "invalid_value", check.error.issues[0]?.message ?? "expected a theme"));
      }
    });
  }
  if (!result.success || issues.length > 0) throw new CatalogError("Invalid findControls filter", issues);
  return result.data;
}
