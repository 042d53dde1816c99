import { describeValue } from "../../core/describeValue";
import { safeParseWith } from "../../core/fromZodIssues";
import { didYouMean, didYouMeanHint } from "../../core/didYouMean";
import type { JsonPath } from "../../core/jsonPointer";
import { safeParseIsms } from "../../model/safeParseIsms";
import { mergeIsmsFragment, type IsmsFragment } from "../mergeIsmsFragment";
import type { ImportProblem, ImportProblemCode } from "../SpreadsheetImport";
import { recordFields } from "./recordFields";
import { NAMED_TARGETS, type RecordKindSpec } from "./recordKinds";

type Json = Record<string, unknown>;

/** Where a problem sits in the input: a column of a sheet (letter and header), or a field of a JSON line. */
export interface Place {
  readonly column?: string;
  readonly header?: string;
  readonly field: string;
}

/** A row read from the input, before it is checked: its number, its record (nested by path), and the fields whose cells could not be read (reported already). */
export interface PreparedRow {
  readonly row: number;
  readonly record: Json;
  readonly failed: ReadonlySet<string>;
  /** Where a path of the record is in the input, and what of the path is below that place. */
  readonly locate: (path: JsonPath) => { readonly place: Place; readonly rest: JsonPath };
}

/** What an import of records gives before it is wrapped for its caller. */
export interface RecordImportResult {
  readonly fragment: IsmsFragment;
  readonly problems: ImportProblem[];
  readonly imported: number;
  readonly ok: boolean;
}

const restText = (rest: JsonPath) => (rest.length === 0 ? "" : `${rest.map((s) => (typeof s === "number" ? `[${s}]` : `.${s}`)).join("").replace(/^\./, "")}: `);

/** The value at a path of a document as written or parsed (`businessImpactAnalysis/services` is a list inside an object). */
function listAt(document: Json | undefined, collection: string): Json[] {
  let value: unknown = document;
  for (const key of collection.split("/")) value = value !== null && typeof value === "object" ? (value as Json)[key] : undefined;
  return Array.isArray(value) ? (value.filter((v) => v !== null && typeof v === "object") as Json[]) : [];
}

/** Every id in a document: the ids new records must not take. */
function idsIn(value: unknown, into: Set<string>, depth = 0): Set<string> {
  if (depth > 12 || value === null || typeof value !== "object") return into;
  if (Array.isArray(value)) {
    for (const item of value) idsIn(item, into, depth + 1);
    return into;
  }
  const id = (value as Json)["id"];
  if (typeof id === "string") into.add(id);
  for (const [key, item] of Object.entries(value as Json)) if (key !== "extensions") idsIn(item, into, depth + 1);
  return into;
}

const normal = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

/** Finds records by id, or by a name (case and spacing aside) when exactly one record has it. */
class Lookup {
  private readonly ids = new Set<string>();
  private readonly names = new Map<string, string | null>();
  /** Each name as written, with its record's id. */
  readonly written: { readonly name: string; readonly id: string }[] = [];
  constructor(records: readonly Json[], nameKeys: readonly string[]) {
    for (const record of records) {
      if (typeof record["id"] !== "string") continue;
      this.ids.add(record["id"]);
      for (const key of nameKeys) {
        const name = record[key];
        if (typeof name !== "string" || name.trim() === "") continue;
        const k = normal(name);
        this.names.set(k, this.names.has(k) && this.names.get(k) !== record["id"] ? null : record["id"]);
        this.written.push({ name, id: record["id"] });
      }
    }
  }
  has(id: string): boolean {
    return this.ids.has(id);
  }
  /** The id a cell names: itself when it is an id, else the one record with that name. */
  resolve(text: string): string {
    if (this.ids.has(text)) return text;
    return this.names.get(normal(text)) ?? text;
  }
  get all(): string[] {
    return [...this.ids];
  }
  /** ` (did you mean "Zoe Clarke", p-zoe?)` for a name close to one of the records', or nothing. */
  hint(text: string): string {
    const close = didYouMean(text, this.written.map((w) => w.name));
    const found = close === undefined ? undefined : this.written.find((w) => w.name === close);
    return found === undefined ? "" : ` (did you mean ${describeValue(found.name)}, ${found.id}?)`;
  }
}

function codeOf(code: string, message: string): ImportProblemCode {
  if (code === "unrecognized_keys" || code === "forbidden_key") return "unknown_field";
  if (code === "dangling_reference" || code === "wrong_reference_kind") return "dangling_reference";
  if (code === "duplicate_id") return "duplicate_id";
  if (code === "unknown_control") return "unknown_control";
  return message.startsWith("missing required field") ? "missing_value" : "invalid_value";
}

const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(",")}]`
    : value !== null && typeof value === "object"
      ? `{${Object.keys(value)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((value as Json)[k])}`)
          .join(",")}}`
      : JSON.stringify(value);

/**
 * Checks the rows of one import and builds its fragment — all or nothing: every row is checked
 * against the record's schema (a row that updates a record by id is checked merged with it), ids are
 * given to rows without one, names are read as ids when the ISMS has exactly one record of that name,
 * records kept inside another are added to their parent, and, with the ISMS, every reference and
 * date order is checked on the merged document. The fragment holds the records only when no row has
 * an error.
 */
export function finishRecordImport(spec: RecordKindSpec, rows: readonly PreparedRow[], isms: Json | undefined, problems: ImportProblem[]): RecordImportResult {
  const report = (row: number, place: Place, code: ImportProblemCode, message: string, severity: ImportProblem["severity"] = "error") =>
    problems.push({ row, ...(place.column === undefined ? {} : { column: place.column, header: place.header ?? "" }), field: place.field, severity, code, message });
  const at = (row: PreparedRow, path: JsonPath) => row.locate(path);
  const child = spec.child;
  const entities = child === undefined || child.entities;

  // Names read as ids, where the ISMS has the record named.
  const fields = recordFields(spec.schema);
  const lookups = new Map<string, Lookup>();
  const lookup = (field: string): Lookup | undefined => {
    const target = NAMED_TARGETS[field];
    if (target === undefined || isms === undefined) return undefined;
    let found = lookups.get(target.collection);
    if (found === undefined) lookups.set(target.collection, (found = new Lookup(listAt(isms, target.collection), target.names)));
    return found;
  };
  for (const row of rows) {
    for (const field of [...fields.map((f) => f.path), ...(child ? [[child.key]] : [])]) {
      const names = lookup(field[field.length - 1]!);
      if (names === undefined) continue;
      let holder: unknown = row.record;
      for (const key of field.slice(0, -1)) holder = holder !== null && typeof holder === "object" ? (holder as Json)[key] : undefined;
      if (holder === null || typeof holder !== "object") continue;
      const last = field[field.length - 1]!;
      const value = (holder as Json)[last];
      if (typeof value === "string") (holder as Json)[last] = names.resolve(value);
      else if (Array.isArray(value)) (holder as Json)[last] = value.map((v) => (typeof v === "string" ? names.resolve(v) : v));
    }
  }

  // Ids for the rows without one.
  const used = idsIn(isms, new Set());
  const existing = new Map<string, Json>();
  if (child === undefined) for (const record of listAt(isms, spec.collection)) if (typeof record["id"] === "string") existing.set(record["id"], record);
  let generated = 0;
  let warned = false;
  const seen = new Map<string, number>();
  const parents = child === undefined ? undefined : new Lookup(listAt(isms, child.collection), []);
  const checked: { row: PreparedRow; record: Json; parentId?: string; clean: boolean }[] = [];
  for (const row of rows) {
    if (row.failed.has("*")) continue; // not a record at all: reported as such
    const before = problems.filter((p) => p.severity === "error").length;
    let record = { ...row.record };
    let parentId: string | undefined;
    if (child !== undefined) {
      parentId = typeof record[child.key] === "string" ? (record[child.key] as string) : undefined;
      delete record[child.key];
      const place = at(row, [child.key]).place;
      if (parentId === undefined || parentId === "") report(row.row, place, "missing_value", `a ${spec.noun} belongs to a ${child.noun}: give its id in ${child.key}`);
      else if (!parents!.has(parentId)) report(row.row, place, "dangling_reference", `no ${child.noun} with id ${describeValue(parentId)} in the ISMS${didYouMeanHint(parentId, parents!.all)}`);
    }
    if (entities) {
      if (record["id"] === undefined || record["id"] === "") {
        let id: string;
        do id = `${spec.idPrefix ?? "rec"}-${String(++generated).padStart(4, "0")}`;
        while (used.has(id) || seen.has(id));
        const { id: _, ...fields } = record;
        record = { id, ...fields };
        if (!warned) {
          warned = true;
          report(row.row, at(row, ["id"]).place, "missing_value", `no id: records without one get new ids (${id} …); give ids (a ticket or finding number) so that importing again updates them instead of adding them again`, "warning");
        }
      }
      const id = String(record["id"]);
      const key = child === undefined ? id : `${parentId}\u0000${id}`;
      if (seen.has(key)) report(row.row, at(row, ["id"]).place, "duplicate_id", `${spec.noun} ${id} is already in row ${seen.get(key)}; give each its own id`);
      else seen.set(key, row.row);
    }
    const target = child === undefined && typeof record["id"] === "string" ? existing.get(record["id"]) : undefined;
    const merged = target === undefined ? record : { ...target, ...record };
    const result = safeParseWith(spec.schema as never, merged, { schema: spec.schema });
    if (!result.success) {
      for (const issue of result.issues) {
        const path = issue.path;
        // A cell that could not be read is reported already: leave out what follows from its absence.
        if ([...row.failed].some((f) => path.join(".") === f || path.join(".").startsWith(`${f}.`) || issue.message.includes(`(${f.split(".").pop()})`))) continue;
        const { place, rest } = at(row, path);
        report(row.row, place, codeOf(issue.code, issue.message), `${restText(rest)}${issue.message}`);
      }
    }
    // Every row goes on to the reference check, without the cells that could not be read; only rows without errors are imported.
    if (child === undefined || (parentId !== undefined && parents!.has(parentId))) {
      for (const field of row.failed) deletePath(record, field.split("."));
      checked.push({ row, record, ...(parentId === undefined ? {} : { parentId }), clean: problems.filter((p) => p.severity === "error").length === before && row.failed.size === 0 });
    }
  }
  const clean = !problems.some((p) => p.severity === "error");

  // The fragment, and where each row's record is in it.
  const fragment: Record<string, Json[]> = {};
  const where = new Map<PreparedRow, JsonPath>();
  if (child === undefined) {
    fragment[spec.collection] = checked.map((c) => c.record);
  } else {
    const lists = new Map<string, unknown[]>();
    const parentRecords = listAt(isms, child.collection);
    for (const c of checked) {
      let list = lists.get(c.parentId!);
      if (list === undefined) {
        const parent = parentRecords.find((p) => p["id"] === c.parentId);
        lists.set(c.parentId!, (list = [...((parent?.[child.list] as unknown[] | undefined) ?? [])]));
      }
      if (child.entities) {
        const i = list.findIndex((item) => item !== null && typeof item === "object" && (item as Json)["id"] === c.record["id"]);
        if (i >= 0) list[i] = { ...(list[i] as Json), ...c.record };
        else list.push(c.record);
        where.set(c.row, [child.list, i >= 0 ? i : list.length - 1]);
        continue;
      }
      const normalise = (item: unknown) => {
        const parsed = safeParseWith(spec.schema as never, item);
        return canonical(parsed.success ? parsed.data : item);
      };
      const same = list.findIndex((item) => normalise(item) === normalise(c.record));
      if (same >= 0) {
        if (c.clean) report(c.row.row, { field: child.list }, "already_recorded", `the ${child.noun} ${c.parentId} has this ${spec.noun} already; not added again`, "warning");
        continue;
      }
      list.push(c.record);
      where.set(c.row, [child.list, list.length - 1]);
    }
    fragment[child.collection] = [...lists].map(([id, list]) => ({ id, [child.list]: list }));
  }

  // With the ISMS: references, ids and date orders, checked on the merged document for every row (a
  // row's other errors are reported already, so only what the document adds is reported here).
  if (isms !== undefined && checked.length > 0) {
    const merged = mergeIsmsFragment(isms, fragment as unknown as IsmsFragment);
    const result = safeParseIsms(merged);
    if (!result.success) {
      const collection = (child?.collection ?? spec.collection).split("/");
      const index = new Map<string, number>();
      listAt(merged, collection.join("/")).forEach((record, i) => index.set(String(record["id"]), i));
      const rowAt = new Map<string, PreparedRow>();
      for (const c of checked) {
        const i = index.get(String(child === undefined ? c.record["id"] : c.parentId));
        const inner = where.get(c.row) ?? [];
        if (i !== undefined && (child === undefined || inner.length > 0)) rowAt.set([...collection, i, ...inner].join("/"), c.row);
      }
      const depth = collection.length + 1 + (child === undefined ? 0 : 2);
      for (const issue of result.error.issues) {
        if (!DOCUMENT_CODES.has(issue.code)) continue;
        const row = rowAt.get(issue.path.slice(0, depth).join("/"));
        if (row === undefined) continue;
        const { place, rest } = at(row, issue.path.slice(depth));
        let message = issue.message;
        if (issue.code === "dangling_reference" && !message.includes("did you mean")) {
          const field = issue.path.slice(depth).filter((segment) => typeof segment === "string").pop();
          const value = issue.path.slice(depth).reduce<unknown>((holder, key) => (holder !== null && typeof holder === "object" ? (holder as Json)[key as string] : undefined), listAt(merged, collection.join("/"))[Number(issue.path[collection.length])]);
          if (typeof field === "string" && typeof value === "string") message += lookup(field)?.hint(value) ?? "";
        }
        report(row.row, place, codeOf(issue.code, issue.message), `${restText(rest)}${message}`);
      }
    }
  }
  if (!clean || problems.some((p) => p.severity === "error")) return { fragment: {}, problems, imported: 0, ok: false };
  return { fragment: fragment as unknown as IsmsFragment, problems, imported: child === undefined ? checked.length : where.size, ok: true };
}

/** The codes of the problems only the whole document shows: references, ids across the document, date orders, ratings. */
const DOCUMENT_CODES = new Set(["duplicate_id", "reserved_id", "dangling_reference", "wrong_reference_kind", "unknown_control", "invalid_custom_control", "date_order", "invalid_rating"]);

function deletePath(record: Json, path: readonly string[]): void {
  let holder: unknown = record;
  for (const key of path.slice(0, -1)) holder = holder !== null && typeof holder === "object" ? (holder as Json)[key] : undefined;
  if (holder !== null && typeof holder === "object") delete (holder as Json)[path[path.length - 1]!];
}
