import type { z } from "zod";
import { CatalogError } from "../../catalog/CatalogError";
import type { CatalogControl } from "../../catalog/CatalogControlSchema";
import type { Catalog } from "../../catalog/CatalogSchema";
import { controlAttributeKinds, type ControlAttributeKind } from "../../catalog/ControlAttributesSchema";
import { defineCatalog } from "../../catalog/defineCatalog";
import { ATTRIBUTE_PROP_NAMES } from "./_lib/attributeProps";
import {
  CatalogDocumentInputSchema,
  type OscalControlInput,
  type OscalGroupInput,
  type OscalParamInput,
  type OscalPartInput,
  type OscalPropInput,
} from "./_lib/oscalCatalogInput";
import { oscalIssue } from "./_lib/oscalIssue";
import { oneLine } from "./_lib/text";
import { scanJson } from "../../core/scanJson";
import { ISMS_KIT_OSCAL_NS } from "./ISMS_KIT_OSCAL_NS";
import { OscalError, type OscalIssue, type OscalIssueCode } from "./OscalError";
import { readOscalOptions } from "./_lib/oscalArguments";
import { describeValue } from "../../core/describeValue";

/**
 * Options for {@link fromOscalCatalog}.
 *
 * @category Interop
 * @example
 * ```ts
 * const options: FromOscalCatalogOptions = { idFrom: "label", id: "nist-800-53-rev5" };
 * ```
 */
export interface FromOscalCatalogOptions {
  /**
   * Where each control's id comes from: `"id"` (the default) keeps the OSCAL id (`ac-2.1`), which
   * profiles and assessment results refer to; `"label"` uses the control's `label` prop (`AC-2(1)`,
   * or `5.1` for a catalog written by {@link toOscalCatalog}), falling back to the OSCAL id for a
   * control without one.
   */
  readonly idFrom?: "id" | "label";
  /**
   * The id of the catalog; defaults to the `catalog-id` prop isms-kit writes into the metadata, else
   * the OSCAL catalog's UUID.
   */
  readonly id?: string;
}

type Path = readonly (string | number)[];

/** Where each field of a flattened control came from in the OSCAL document. */
interface ControlSource {
  readonly path: Path;
  readonly id: Path;
  readonly title: Path;
  readonly theme: Path | undefined;
  readonly summary: Path | undefined;
  readonly text: Path | undefined;
  readonly attributes: Partial<Record<ControlAttributeKind, Path[]>>;
}

const NIST_NS = "http://csrc.nist.gov/ns/oscal";
const INSERT_PARAM = /\{\{\s*insert:\s*param,\s*([^\s}]+)\s*\}\}/g;

/**
 * Loads an OSCAL catalog — NIST SP 800-53, the NIST sample catalog, one written by
 * {@link toOscalCatalog}, any catalog valid against OSCAL 1.x — as an isms-kit catalog, usable
 * wherever a catalog is accepted (`getControl`, `findControls`, {@link toOscalCatalog}…).
 *
 * Groups and nested controls (enhancements such as AC-2(1)) are flattened into one list in document
 * order, each enhancement right after its parent. Each control keeps its title; its `theme` is the
 * title of the top-level group it sits in (or the theme isms-kit recorded); its `summary` is the
 * prose of its `overview` parts; its `text` is its `statement` rendered as plain text, with each item
 * on its own line after its label and each parameter shown as `[Assignment: label]` or
 * `[Selection: a; b]`. ISO/IEC 27002 attributes recorded as isms-kit props are read back. Controls
 * marked withdrawn (`status` prop `withdrawn`) are left out.
 *
 * @param document - the parsed JSON of an OSCAL catalog document, `{ "catalog": { … } }`
 * @param options - `idFrom` (`"id"` or `"label"`) and the catalog's `id`
 * @returns a catalog validated by `defineCatalog`, deeply frozen
 * @throws {@link OscalError} listing every problem with its path into the document: missing
 *   metadata or ids, wrong types, unknown keys, malformed UUIDs, and duplicate or invalid control
 *   ids, titles or attribute values; nesting deeper than 64 levels, or a circular structure, is an
 *   error too (never a stack overflow)
 * @category Interop
 * @example
 * ```ts
 * const catalog = fromOscalCatalog({
 *   catalog: {
 *     uuid: "74c8ba1e-5cd4-4ad1-bbfd-d888e2f6c724",
 *     metadata: { title: "Acme controls", "last-modified": "2026-01-15T00:00:00Z", version: "1", "oscal-version": "1.2.1" },
 *     groups: [{ id: "ac", title: "Access Control", controls: [
 *       { id: "ac-1", title: "Policy and Procedures", props: [{ name: "label", value: "AC-1" }], controls: [
 *         { id: "ac-1.1", title: "Automation", parts: [{ name: "statement", prose: "Automate {{ insert: param, ac-1.1_prm_1 }}." }],
 *           params: [{ id: "ac-1.1_prm_1", label: "the reviews" }] },
 *       ] },
 *     ] }],
 *   },
 * });
 * catalog.controls.map((control) => [control.id, control.theme])
 * //=> [["ac-1", "Access Control"], ["ac-1.1", "Access Control"]]
 * catalog.controls[1]?.text
 * //=> "Automate [Assignment: the reviews]."
 * fromOscalCatalog(toOscalCatalog(), { idFrom: "label" }).controls[0]?.id
 * //=> "5.1"
 * fromOscalCatalog({ catalog: { uuid: "74c8ba1e-5cd4-4ad1-bbfd-d888e2f6c724" } })
 * //=> throws OscalError: "catalog.metadata: required"
 * ```
 */
export function fromOscalCatalog(document: unknown, options?: FromOscalCatalogOptions): Catalog {
  options = readOscalOptions(options, ["id"], "Invalid OSCAL catalog");
  if (options.idFrom !== undefined && options.idFrom !== "id" && options.idFrom !== "label") {
    throw new OscalError("Invalid OSCAL catalog", [oscalIssue(["options", "idFrom"], "invalid_value", `expected "id" or "label"; found ${describeValue(options.idFrom)}`)]);
  }
  // Checked without recursion first, so deep nesting or a cycle is an error, not a stack overflow.
  const unsafe = scanJson(document);
  if (unsafe.length > 0) throw new OscalError("Invalid OSCAL catalog", unsafe.map((issue) => oscalIssue(issue.path, issue.code, issue.message)));
  const parsed = CatalogDocumentInputSchema.safeParse(document);
  if (!parsed.success) throw new OscalError("Invalid OSCAL catalog", fromZodIssues(parsed.error.issues, document));
  const { catalog } = parsed.data;
  const idFrom = options.idFrom ?? "id";

  const params = new Map<string, OscalParamInput>();
  const addParams = (list: readonly OscalParamInput[] | undefined) => {
    for (const param of list ?? []) if (!params.has(param.id)) params.set(param.id, param);
  };
  addParams(catalog.params);

  // Built from the document as read; `defineCatalog` checks the attribute values.
  const controls: Record<string, unknown>[] = [];
  const sources: ControlSource[] = [];
  const visitControl = (control: OscalControlInput, path: Path, theme: { value: string; path: Path } | undefined) => {
    if (isWithdrawn(control)) return;
    addParams(control.params);
    const label = idFrom === "label" ? labelOf(control.props) : undefined;
    const attributes: Partial<Record<ControlAttributeKind, string[]>> = {};
    const attributePaths: Partial<Record<ControlAttributeKind, Path[]>> = {};
    (control.props ?? []).forEach((prop, index) => {
      if (prop.ns !== ISMS_KIT_OSCAL_NS) return;
      const kind = controlAttributeKinds.find((k) => ATTRIBUTE_PROP_NAMES[k] === prop.name);
      if (kind === undefined || attributes[kind]?.includes(prop.value)) return;
      (attributes[kind] ??= []).push(prop.value);
      (attributePaths[kind] ??= []).push([...path, "props", index, "value"]);
    });
    const overview = partsNamed(control.parts, "overview", path);
    const statement = partsNamed(control.parts, "statement", path);
    const summary = joinProse(overview.map(({ part }) => insertParams(part.prose ?? "", params)));
    const text = joinProse(statement.map(({ part }) => renderPart(part, 0, params)));
    controls.push({
      id: label?.value ?? control.id,
      title: control.title,
      ...(theme === undefined ? {} : { theme: theme.value }),
      ...(Object.keys(attributes).length === 0 ? {} : { attributes }),
      ...(summary === undefined ? {} : { summary }),
      ...(text === undefined ? {} : { text }),
    });
    sources.push({
      path,
      id: label === undefined ? [...path, "id"] : [...path, "props", label.index, "value"],
      title: [...path, "title"],
      theme: theme?.path,
      summary: overview[0]?.path,
      text: statement[0]?.path,
      attributes: attributePaths,
    });
    (control.controls ?? []).forEach((child, index) => visitControl(child, [...path, "controls", index], theme));
  };
  const visitGroup = (group: OscalGroupInput, path: Path, theme: { value: string; path: Path } | undefined) => {
    addParams(group.params);
    const own = theme ?? themeOf(group, path);
    (group.groups ?? []).forEach((child, index) => visitGroup(child, [...path, "groups", index], own));
    (group.controls ?? []).forEach((control, index) => visitControl(control, [...path, "controls", index], own));
  };
  (catalog.controls ?? []).forEach((control, index) => visitControl(control, ["catalog", "controls", index], undefined));
  (catalog.groups ?? []).forEach((group, index) => visitGroup(group, ["catalog", "groups", index], undefined));

  const idProp = (catalog.metadata.props ?? []).findIndex((prop) => prop.ns === ISMS_KIT_OSCAL_NS && prop.name === "catalog-id");
  const id = options.id ?? catalog.metadata.props?.[idProp]?.value ?? catalog.uuid;
  const idPath: Path = options.id !== undefined ? ["options", "id"] : idProp >= 0 ? ["catalog", "metadata", "props", idProp, "value"] : ["catalog", "uuid"];
  try {
    return defineCatalog({ id, name: catalog.metadata.title, version: catalog.metadata.version, controls: controls as unknown as CatalogControl[] });
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    const issues = error.issues.map((issue) => {
      const [first, index, field, kind, position] = issue.path;
      let path: Path;
      if (first === "id") path = idPath;
      else if (first === "name") path = ["catalog", "metadata", "title"];
      else if (first === "version") path = ["catalog", "metadata", "version"];
      else {
        const source = typeof index === "number" ? sources[index] : undefined;
        if (source === undefined) path = ["catalog"];
        else if (field === "id") path = source.id;
        else if (field === "title") path = source.title;
        else if (field === "theme") path = source.theme ?? source.path;
        else if (field === "summary") path = source.summary ?? source.path;
        else if (field === "text") path = source.text ?? source.path;
        else if (field === "attributes" && typeof kind === "string") {
          const paths = source.attributes[kind as ControlAttributeKind] ?? [];
          path = (typeof position === "number" ? paths[position] : undefined) ?? paths[0] ?? source.path;
        } else path = source.path;
      }
      const message = issue.code === "duplicate_id" ? issue.message.replace(/\(first used by controls\[(\d+)\]\)/, (_, n: string) => `(first used by ${describePath(sources[Number(n)]?.path)})`) : issue.message;
      return oscalIssue(path, issue.code, message);
    });
    throw new OscalError("Invalid OSCAL catalog", issues);
  }
}

function describePath(path: Path | undefined): string {
  return path === undefined ? "another control" : path.map((segment) => (typeof segment === "number" ? `[${segment}]` : `.${segment}`)).join("").slice(1);
}

function isWithdrawn(control: OscalControlInput): boolean {
  return (control.props ?? []).some(
    (prop) => prop.name === "status" && (prop.ns === undefined || prop.ns === NIST_NS) && prop.value.trim().toLowerCase() === "withdrawn",
  );
}

/** The control's `label` prop (OSCAL's own, so without `ns` or in NIST's), preferring one without a class. */
function labelOf(props: readonly OscalPropInput[] | undefined): { value: string; index: number } | undefined {
  const labels = (props ?? [])
    .map((prop, index) => ({ prop, index }))
    .filter(({ prop }) => prop.name === "label" && (prop.ns === undefined || prop.ns === NIST_NS));
  const chosen = labels.find(({ prop }) => prop.class === undefined) ?? labels[0];
  return chosen === undefined ? undefined : { value: chosen.prop.value, index: chosen.index };
}

/** The theme a top-level group gives its controls: the theme isms-kit recorded, else its title. */
function themeOf(group: OscalGroupInput, path: Path): { value: string; path: Path } {
  const index = (group.props ?? []).findIndex((prop) => prop.ns === ISMS_KIT_OSCAL_NS && prop.name === "theme");
  const recorded = group.props?.[index];
  if (recorded !== undefined) return { value: recorded.value, path: [...path, "props", index, "value"] };
  return { value: oneLine(group.title) || group.title, path: [...path, "title"] };
}

function partsNamed(parts: readonly OscalPartInput[] | undefined, name: string, path: Path): { part: OscalPartInput; path: Path }[] {
  return (parts ?? []).flatMap((part, index) =>
    part.name === name && (part.ns === undefined || part.ns === NIST_NS) ? [{ part, path: [...path, "parts", index] }] : [],
  );
}

function joinProse(texts: readonly string[]): string | undefined {
  const kept = texts.map((text) => text.trim()).filter((text) => text !== "");
  return kept.length === 0 ? undefined : kept.join("\n\n");
}

/** A statement part as plain text: each part on its own line, after its label, indented by depth. */
function renderPart(part: OscalPartInput, depth: number, params: ReadonlyMap<string, OscalParamInput>): string {
  const label = labelOf(part.props)?.value;
  const own = [label, part.prose === undefined ? undefined : insertParams(part.prose, params).trim()]
    .filter((piece): piece is string => piece !== undefined && piece !== "")
    .join(" ");
  const lines = own === "" ? [] : [`${"  ".repeat(depth)}${own}`];
  const childDepth = own === "" ? depth : depth + 1;
  for (const child of part.parts ?? []) {
    const rendered = renderPart(child, childDepth, params);
    if (rendered !== "") lines.push(rendered);
  }
  return lines.join("\n");
}

/** Replaces `{{ insert: param, id }}` with the parameter's value, choices or label. */
function insertParams(text: string, params: ReadonlyMap<string, OscalParamInput>, depth = 0): string {
  return text.replace(INSERT_PARAM, (_, id: string) => describeParam(id, params, depth));
}

function describeParam(id: string, params: ReadonlyMap<string, OscalParamInput>, depth: number): string {
  const param = params.get(id);
  if (param === undefined || depth > 4) return `[Assignment: ${id}]`;
  if (param.values !== undefined && param.values.length > 0) return param.values.join(", ");
  const choices = param.select?.choice;
  if (choices !== undefined && choices.length > 0) {
    const howMany = param.select?.["how-many"] === "one-or-more" ? " (one or more)" : "";
    return `[Selection${howMany}: ${choices.map((choice) => insertParams(choice, params, depth + 1)).join("; ")}]`;
  }
  return `[Assignment: ${param.label === undefined ? id : oneLine(param.label)}]`;
}

/** Zod's issues as OSCAL issues: a missing property becomes `missing`, with what it should hold. */
function fromZodIssues(issues: readonly z.core.$ZodIssue[], document: unknown): OscalIssue[] {
  return issues.map((issue) => {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== "symbol");
    const missing = issue.code === "invalid_type" && isMissing(document, path);
    const code: OscalIssueCode = missing ? "missing" : (issue.code as OscalIssueCode);
    const message = issue.message.replace(/^Invalid input: /, "");
    return oscalIssue(path, code, missing ? `required: ${message.replace(/, received undefined$/, "")}` : message);
  });
}

/** Whether `path` names a property that is absent from an object in `root`. */
function isMissing(root: unknown, path: Path): boolean {
  let value: unknown = root;
  for (let i = 0; i < path.length; i++) {
    if (value === null || typeof value !== "object") return false;
    const key = path[i]!;
    if (i === path.length - 1) return !Array.isArray(value) && !Object.hasOwn(value, key);
    value = (value as Record<string | number, unknown>)[key];
  }
  return root === undefined;
}
