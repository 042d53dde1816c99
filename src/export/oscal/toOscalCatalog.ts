import { annexA } from "../../catalog/annexA";
import type { Catalog } from "../../catalog/CatalogSchema";
import { controlAttributeKinds } from "../../catalog/ControlAttributesSchema";
import { isAnnexAControlId } from "../../core/annexAControlIds";
import { mapTo2013 } from "../../mappings/mapTo2013";
import { ATTRIBUTE_PROP_NAMES } from "./_lib/attributeProps";
import { controlToken } from "./_lib/controlToken";
import { metadata } from "./_lib/metadata";
import { oscalIssue } from "./_lib/oscalIssue";
import { oscalUuid } from "./_lib/oscalUuid";
import { compact, kitProp, nonEmpty, oscalProp, props } from "./_lib/props";
import { nonBlank, oneLine, prose, slugToken } from "./_lib/text";
import { readTimestamp } from "./_lib/timestamps";
import type { OscalCatalog, OscalControl, OscalGroup } from "./OscalCatalog";
import { OscalError, type OscalIssue } from "./OscalError";
import type { OscalPart } from "./OscalProperty";
import { readOscalOptions, requireShape } from "./_lib/oscalArguments";

/**
 * Options for {@link toOscalCatalog}.
 *
 * @category Interop
 * @example
 * ```ts
 * const options: ToOscalCatalogOptions = { catalog: withControlText(annexA, {}), lastModified: "2026-01-15" };
 * ```
 */
export interface ToOscalCatalogOptions {
  /**
   * The catalog to write: {@link annexA} (the default), Annex A with licensed text from
   * `withControlText`, or any catalog `defineCatalog` accepts.
   */
  readonly catalog?: Catalog;
  /**
   * `metadata.last-modified`: a date-time with a time zone, a day `YYYY-MM-DD` (its start in UTC) or
   * a `Date`. For the built-in Annex A it defaults to the publication day of ISO/IEC 27001:2022,
   * `2022-10-25T00:00:00Z`; any other catalog needs it.
   */
  readonly lastModified?: string | Date;
  /** `metadata.version`; defaults to the catalog's `version`, else the day of `lastModified`. */
  readonly version?: string;
  /** `metadata.title`; defaults to the catalog's `name`. */
  readonly title?: string;
}

/** The day ISO/IEC 27001:2022 was published. */
const ANNEX_A_PUBLISHED = "2022-10-25T00:00:00Z";

/** The titles of the four Annex A themes (the headings of Annex A's clauses 5 to 8). */
const THEME_TITLES: ReadonlyMap<string, string> = new Map([
  ["organizational", "Organizational controls"],
  ["people", "People controls"],
  ["physical", "Physical controls"],
  ["technological", "Technological controls"],
]);

interface ControlExtras {
  readonly isNew?: unknown;
}

/**
 * Writes a catalog — by default ISO/IEC 27001:2022 Annex A — as an OSCAL 1.2.1 catalog that
 * validates against NIST's official JSON Schema. Each theme becomes a group; each control keeps its
 * title and gets an OSCAL id (`5.1` → `A.5.1`, since an OSCAL id cannot start with a digit), a
 * `label` prop with the catalog's own id, its ISO/IEC 27002:2022 attributes and 2013
 * correspondences as props in the {@link ISMS_KIT_OSCAL_NS} namespace, isms-kit's summary as an
 * `overview` part, and a `statement` part (`A.5.1_smt`) that assessment results can target. The
 * statement holds the control's text only when a licensee attached it with
 * `withControlText`: without it the document contains no text of the standard.
 *
 * The output is deterministic: the UUID is name-based (version 5) on the catalog's id, version and
 * `lastModified`, and no clock is read.
 *
 * @param options - the catalog, `lastModified`, `version` and `title`
 * @returns the OSCAL document `{ catalog: { uuid, metadata, groups } }`, ready for `JSON.stringify`
 * @throws {@link OscalError} when `lastModified` is missing (for a catalog of one's own) or
 *   invalid, or when two control ids give the same OSCAL id
 * @category Interop
 * @example
 * ```ts
 * const { catalog } = toOscalCatalog();
 * catalog.groups?.map((group) => group.controls?.length)
 * //=> [37, 8, 14, 34]
 * const control = catalog.groups?.[0]?.controls?.[0];
 * [control?.id, control?.title, control?.props?.[0]]
 * //=> ["A.5.1", "Policies for information security", { name: "label", value: "5.1" }]
 * control?.parts?.map((part) => part.name)
 * //=> ["overview", "statement"]
 * toOscalCatalog({ catalog: withControlText(annexA, { "5.1": "Licensed text." }) }).catalog.groups?.[0]?.controls?.[0]?.parts?.[1]?.prose
 * //=> "Licensed text."
 * ```
 */
export function toOscalCatalog(options?: ToOscalCatalogOptions): OscalCatalog {
  options = readOscalOptions(options, ["title", "version"], "Cannot write the OSCAL catalog");
  if (options.catalog !== undefined) {
    requireShape(options.catalog, "options.catalog", { lists: ["controls"], texts: ["id", "name"] }, "a catalog from defineCatalog", "Cannot write the OSCAL catalog");
  }
  const catalog: Catalog = options.catalog ?? annexA;
  const issues: OscalIssue[] = [];
  const lastModified =
    options.lastModified === undefined && catalog.id === annexA.id
      ? ANNEX_A_PUBLISHED
      : readTimestamp(options.lastModified, ["options", "lastModified"], issues);

  const controlIds = new Map<string, number>();
  catalog.controls.forEach((control, index) => {
    const token = controlToken(control.id);
    const first = controlIds.get(token);
    if (first === undefined) controlIds.set(token, index);
    else {
      issues.push(
        oscalIssue(
          ["options", "catalog", "controls", index, "id"],
          "duplicate_id",
          `control "${control.id}" gets the OSCAL id "${token}", as controls[${first}] does`,
        ),
      );
    }
  });
  if (issues.length > 0 || lastModified === undefined) throw new OscalError("Cannot write the OSCAL catalog", issues);

  const themeOrder: string[] = [];
  const byTheme = new Map<string, OscalControl[]>();
  const ungrouped: OscalControl[] = [];
  for (const control of catalog.controls) {
    const oscal = toOscalControl(control, catalog.id === annexA.id);
    if (control.theme === undefined) {
      ungrouped.push(oscal);
      continue;
    }
    const list = byTheme.get(control.theme);
    if (list) list.push(oscal);
    else {
      themeOrder.push(control.theme);
      byTheme.set(control.theme, [oscal]);
    }
  }
  const groupIds = new Set<string>();
  const groups = themeOrder.map((theme, index): OscalGroup => {
    let id = slugToken(theme, `group-${index + 1}`);
    while (groupIds.has(id) || controlIds.has(id)) id = `${id}-${index + 1}`;
    groupIds.add(id);
    return compact<OscalGroup>({
      id,
      class: "theme",
      title: oneLine(THEME_TITLES.get(theme) ?? theme) || id,
      props: props(kitProp("theme", theme)),
      controls: byTheme.get(theme) ?? [],
    });
  });

  const version = options.version ?? nonBlank(catalog.version) ?? lastModified.slice(0, 10);
  return {
    catalog: compact<OscalCatalog["catalog"]>({
      uuid: oscalUuid("catalog", catalog.id, version, lastModified),
      metadata: metadata({
        title: options.title ?? nonBlank(catalog.name) ?? catalog.id,
        lastModified,
        version,
        props: props(kitProp("catalog-id", catalog.id)),
        remarks:
          "Written by isms-kit. Control ids, titles and attribute values are facts about the catalog; " +
          "`overview` parts are isms-kit's own summaries, not text of the standard. A `statement` part " +
          "holds control text only where a licensee attached it.",
      }),
      controls: nonEmpty(ungrouped),
      groups: nonEmpty(groups),
    }),
  };
}

function toOscalControl(control: Catalog["controls"][number], isAnnexA: boolean): OscalControl {
  const id = controlToken(control.id);
  const extras = control as ControlExtras;
  const attributeProps = controlAttributeKinds.flatMap((kind) =>
    (control.attributes?.[kind] ?? []).map((value) => kitProp(ATTRIBUTE_PROP_NAMES[kind], value)),
  );
  const from2013 = isAnnexA && isAnnexAControlId(control.id) ? mapTo2013(control.id).map((value) => kitProp("iso27001-2013", value)) : [];
  const summary = prose(control.summary);
  const text = prose(control.text);
  const parts: OscalPart[] = [
    ...(summary === undefined ? [] : [{ id: `${id}_ovw`, name: "overview", prose: summary }]),
    compact<OscalPart>({ id: `${id}_smt`, name: "statement", prose: text }),
  ];
  return compact<OscalControl>({
    id,
    title: oneLine(control.title),
    props: props(
      oscalProp("label", control.id),
      attributeProps,
      from2013,
      extras.isNew === true ? kitProp("new-in-2022", "true") : undefined,
    ),
    parts,
  });
}
