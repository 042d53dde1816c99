/**
 * The mutation fuzzers' tools: a seeded source of whole numbers, the places inside a document, and
 * mutations — breaking ones (wrong types, missing fields, hostile keys, deep nesting, cycles) and
 * ones that keep a document valid while pushing it to its edges (dates at the ends of the supported
 * years, the largest intervals, hostile text, look-alike ids, large embedded matrices, thousands of
 * risks), so that what parseIsms accepts can be driven through the whole pipeline.
 */
import { riskMatrixPresets } from "../../../src/index";
import { HOSTILE_ID, HOSTILE_TEXT } from "../../fixtures/hostileIsms";

/** A seeded integer source: `pick(n)` is a whole number from 0 to n inclusive. */
export type Pick = (n: number) => number;

/** A deterministic source of whole numbers (mulberry32) for the seed. */
export function seeded(seed: number): Pick {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (n + 1));
  };
}

/** One of `items`, chosen by `pick`. */
export const oneOf = <T>(items: readonly T[], pick: Pick): T => items[pick(items.length - 1)]!;

/** A place in a document: the object or array that holds a value, and its key. */
export interface Place {
  readonly parent: any;
  readonly key: string | number;
}

/** Every object and array inside a value, with the key that holds it, and every leaf. */
export function places(value: unknown): Place[] {
  const out: Place[] = [];
  const stack = [value];
  const seen = new Set<unknown>();
  while (stack.length) {
    const v = stack.pop();
    if (v && typeof v === "object" && !seen.has(v)) {
      seen.add(v);
      for (const [k, child] of Object.entries(v)) {
        out.push({ parent: v, key: Array.isArray(v) ? Number(k) : k });
        stack.push(child);
      }
    }
  }
  return out;
}

/** The places holding a string, optionally only under keys that pass `keyTest`. */
function stringPlaces(doc: unknown, keyTest: (key: string) => boolean = () => true): Place[] {
  return places(doc).filter((p) => typeof p.parent[p.key] === "string" && typeof p.key === "string" && keyTest(p.key));
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const FREE_TEXT = new Set(["title", "name", "description", "notes", "justification", "statement", "rationale", "criteria", "label", "summary", "location", "legalName", "jobTitle", "department", "method", "measure", "subject", "audience", "rootCause", "reaction", "outcome", "comment", "purpose", "version", "reason", "retention", "classification", "externalAuditor", "website", "industry", "email", "evaluationMethod", "resources", "conclusion", "details", "note", "methods", "target"]);

/** A calendar day of the supported years (1900–2999), most often near today, sometimes at an edge or a month's end. */
export function anyDay(pick: Pick): string {
  const edges = ["1900-01-01", "1900-02-28", "2999-12-31", "2000-02-29", "2024-02-29", "2026-01-31", "2026-12-31", "1994-12-31", "2011-12-30"];
  if (pick(4) === 0) return oneOf(edges, pick);
  const year = pick(3) === 0 ? 1900 + pick(1099) : 2015 + pick(20);
  const month = 1 + pick(11);
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  const day = pick(2) === 0 ? days : 1 + pick(days - 1);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Text for a free-text field: hostile, very long, or empty of letters. */
function anyText(pick: Pick): string {
  switch (pick(5)) {
    case 0:
      return HOSTILE_TEXT.join(" ");
    case 1:
      return "x".repeat(33_000 + pick(10_000));
    case 2:
      return `${oneOf(HOSTILE_TEXT, pick)} ${oneOf(HOSTILE_TEXT, pick)}`;
    case 3:
      return "\u00a0\u2003 x \u200b";
    default:
      return oneOf(HOSTILE_TEXT, pick);
  }
}

/** The ids of every entity of a document (objects with a string `id` inside a list). */
function entityIds(doc: unknown): Place[] {
  return places(doc).filter((p) => p.key === "id" && typeof p.parent.id === "string" && !Array.isArray(p.parent));
}

/** Renames an id everywhere it is used (as an id and as a reference). */
function renameId(doc: unknown, from: string, to: string): void {
  for (const p of places(doc)) {
    const value = p.parent[p.key];
    if (value === from) p.parent[p.key] = to;
  }
}

/** A random risk matrix, `l` × `i` with `n` levels, non-decreasing along both axes, with hostile labels and colours. */
function anyMatrix(pick: Pick, size = 20) {
  const l = 1 + pick(size - 1);
  const i = 1 + pick(size - 1);
  const n = 1 + pick(size - 1);
  const scale = (count: number, prefix: string) =>
    Array.from({ length: count }, (_, k) => ({
      id: `${prefix}${k}`,
      label: pick(3) === 0 ? oneOf(HOSTILE_TEXT, pick) : `${prefix.toUpperCase()} ${k}`,
      ...(pick(3) === 0 ? { color: oneOf(["#d73027", "red", "rgb(1,2,3)", 'x" onload="y', "\u0001", "#12345678"], pick) } : {}),
      ...(pick(2) === 0 ? { value: (k + 1) * 10 } : {}),
    }));
  const grid = Array.from({ length: l }, (_, a) => Array.from({ length: i }, (_, b) => Math.min(n - 1, Math.floor(((a + b) * n) / Math.max(1, l + i - 1)))));
  const levels = scale(n, "v");
  return {
    id: pick(1) ? "fuzz matrix" : HOSTILE_ID,
    name: pick(1) ? "Fuzz" : oneOf(HOSTILE_TEXT, pick),
    likelihood: scale(l, "l"),
    impact: scale(i, "i"),
    levels,
    grid,
    acceptance: { maxLevel: levels[pick(n - 1)]!.id, validityMonths: 1 + pick(119) },
  };
}

/** The likelihood, impact and level ids of a document's method (a preset's or its embedded matrix). */
function scalesOf(doc: any): { likelihood: string[]; impact: string[] } | undefined {
  const method = doc?.riskMethod;
  const matrix = method?.matrix ?? (typeof method?.preset === "string" ? (riskMatrixPresets as Record<string, any>)[method.preset] : undefined);
  if (!matrix || !Array.isArray(matrix.likelihood) || !Array.isArray(matrix.impact)) return undefined;
  return { likelihood: matrix.likelihood.map((e: any) => e.id), impact: matrix.impact.map((e: any) => e.id) };
}

/** Rates every rating of the document again, on the scales of its method. */
function rerate(doc: any, pick: Pick): void {
  const scales = scalesOf(doc);
  if (!scales) return;
  const rating = () => ({ likelihood: oneOf(scales.likelihood, pick), impact: oneOf(scales.impact, pick) });
  for (const risk of objectsOf(doc.risks)) {
    if (risk.inherent) risk.inherent = rating();
    if (risk.residual) risk.residual = rating();
    if (risk.treatment?.targetResidual) risk.treatment.targetResidual = rating();
    if (risk.acceptance?.acceptedRating) risk.acceptance.acceptedRating = rating();
  }
  for (const asset of objectsOf(doc.assets)) {
    if (asset.valuation && typeof asset.valuation === "object") for (const key of Object.keys(asset.valuation)) asset.valuation[key] = oneOf(scales.impact, pick);
  }
}

/** A mutation: changes a document in place, choosing with `pick`. */
export type Mutation = (doc: any, pick: Pick) => void;

/** The objects of a list that may hold anything (after a breaking mutation). */
const objectsOf = (list: unknown): any[] => (Array.isArray(list) ? list.filter((item) => item !== null && typeof item === "object" && !Array.isArray(item)) : []);

/**
 * Applies mutations one after the other. A mutation that cannot apply to what earlier ones left (a
 * list turned into a number) leaves the document as it is: the mutants are the data, not the code.
 */
export function mutate(doc: any, mutations: readonly Mutation[], pick: Pick): void {
  for (const mutation of mutations) {
    try {
      mutation(doc, pick);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
    }
  }
}

const WEIRD: unknown[] = [
  null, true, 0, -1, 1e308, Number.NaN, Number.POSITIVE_INFINITY, "", " ", "x".repeat(100_000), "2026-02-30", "9999-99-99", "1899-12-31", "3000-01-01",
  [], {}, [[[[[]]]]], "__proto__", "constructor", "5.1", "8.35", "\u0000", "😀".repeat(1000),
];

/** Mutations that break a document's shape: parseIsms must reject what they make, never crash. */
export const BREAKING: readonly Mutation[] = [
  (doc, pick) => {
    const all = places(doc);
    const p = all[pick(all.length - 1)];
    if (p) p.parent[p.key] = oneOf(WEIRD, pick);
  },
  (doc, pick) => {
    const all = places(doc).filter((p) => !Array.isArray(p.parent));
    const p = all[pick(all.length - 1)];
    if (p) delete p.parent[p.key];
  },
  (doc, pick) => {
    const all = places(doc).filter((p) => p.parent[p.key] && typeof p.parent[p.key] === "object" && !Array.isArray(p.parent[p.key]));
    const p = all[pick(all.length - 1)];
    const key = oneOf(["__proto__", "constructor", "prototype", "extra", "toString"], pick);
    if (p) Object.defineProperty(p.parent[p.key], key, { value: { polluted: true, isAdmin: true }, enumerable: true, configurable: true, writable: true });
  },
  (doc, pick) => {
    let deep: unknown = {};
    for (let i = 0; i < 2_000; i++) deep = pick(1) ? [deep] : { a: deep };
    if (pick(1)) doc.extensions = { deep };
    else doc.risks = deep;
  },
  (doc) => {
    const a: any = { id: "cyc" };
    a.self = a;
    doc.extensions = { a };
    doc.people = [a, a];
  },
];

/** Mutations that mostly keep a document valid while pushing it to its edges. */
export const EDGES: readonly Mutation[] = [
  // hostile or huge text in a free-text field
  (doc, pick) => {
    const all = stringPlaces(doc, (key) => FREE_TEXT.has(key));
    const p = all[pick(all.length - 1)];
    if (p) p.parent[p.key] = anyText(pick);
  },
  // any day of the supported years in a date field
  (doc, pick) => {
    const all = stringPlaces(doc).filter((p) => DAY.test(p.parent[p.key]));
    for (let k = 0; k <= pick(3); k++) {
      const p = all[pick(all.length - 1)];
      if (p) p.parent[p.key] = anyDay(pick);
    }
  },
  // a value found under the same key elsewhere: another status, owner, date, reference …
  (doc, pick) => {
    const all = places(doc).filter((p) => typeof p.key === "string" && ["string", "number", "boolean"].includes(typeof p.parent[p.key]));
    const p = all[pick(all.length - 1)];
    if (!p) return;
    const donors = all.filter((q) => q.key === p.key && q.parent[q.key] !== p.parent[p.key]);
    const donor = donors[pick(donors.length - 1)];
    if (donor) p.parent[p.key] = donor.parent[donor.key];
  },
  // intervals and counts at their bounds
  (doc, pick) => {
    const all = places(doc).filter((p) => typeof p.parent[p.key] === "number");
    const p = all[pick(all.length - 1)];
    if (!p) return;
    const key = String(p.key);
    p.parent[p.key] = /Months$/.test(key) ? oneOf([1, 120, 1 + pick(119)], pick) : key === "employees" ? oneOf([0, 10_000_000], pick) : oneOf([0, -1e15, 1e15, 1.5, 1e-9], pick);
  },
  // intervals everywhere
  (doc, pick) => {
    if (doc.riskMethod) {
      doc.riskMethod.assessmentIntervalMonths = oneOf([1, 120], pick);
      if (doc.riskMethod.acceptance) doc.riskMethod.acceptance.validityMonths = oneOf([1, 120], pick);
    }
    for (const d of objectsOf(doc.documents)) d.reviewIntervalMonths = oneOf([1, 120], pick);
    for (const s of objectsOf(doc.suppliers)) s.assessmentIntervalMonths = oneOf([1, 120], pick);
    for (const m of objectsOf(doc.measurements)) m.intervalMonths = oneOf([1, 120], pick);
  },
  // an id renamed to a hostile one, everywhere it is used
  (doc, pick) => {
    const ids = entityIds(doc).filter((p) => !/^\d+\.\d+$/.test(p.parent.id));
    const p = ids[pick(ids.length - 1)];
    if (p) renameId(doc, p.parent.id, `${HOSTILE_ID}${pick(99)}`.slice(0, 200).trim());
  },
  // a twin whose id only looks like another's
  (doc, pick) => {
    const lists = ["people", "risks", "assets", "evidence", "documents", "suppliers"].filter((key) => objectsOf(doc[key]).length > 0);
    if (lists.length === 0) return;
    const list = doc[oneOf(lists, pick)];
    const original = oneOf(objectsOf(list), pick);
    const id = String(original.id);
    const twin = oneOf([id.toUpperCase(), id.replace(/-/g, "\u2010"), `${id}\u200b`, id.normalize("NFD"), `\u202e${id}`], pick);
    if (twin !== id) list.push({ ...structuredClone(original), id: twin });
  },
  // an embedded risk matrix of up to 20 × 20, and every rating on it
  (doc, pick) => {
    doc.riskMethod = { ...(doc.riskMethod ?? {}), matrix: anyMatrix(pick), preset: undefined };
    delete doc.riskMethod.preset;
    if (doc.riskMethod.acceptance) doc.riskMethod.acceptance.maxLevel = doc.riskMethod.matrix.levels[0].id;
    rerate(doc, pick);
  },
  // another preset, and every rating on it
  (doc, pick) => {
    const acceptance = doc.riskMethod?.acceptance;
    const preset = oneOf(Object.keys(riskMatrixPresets), pick);
    doc.riskMethod = { ...(doc.riskMethod ?? {}), preset };
    delete doc.riskMethod.matrix;
    const levels = (riskMatrixPresets as Record<string, any>)[preset].levels;
    if (acceptance) doc.riskMethod.acceptance = { ...acceptance, maxLevel: oneOf(levels as any[], pick).id };
    rerate(doc, pick);
  },
  // thousands of risks, treated by the same control, with long ids
  (doc, pick) => {
    const scales = scalesOf(doc);
    const count = oneOf([50, 500, 1_500], pick);
    const control = oneOf(["5.1", "8.7", "8.24"], pick);
    const owner = objectsOf(doc.people)[0]?.id;
    doc.risks = [
      ...(Array.isArray(doc.risks) ? doc.risks : []),
      ...Array.from({ length: count }, (_, k) => ({
        id: `bulk-risk-with-a-long-identifier-${String(k).padStart(5, "0")}`,
        title: `Bulk risk ${k}`,
        ...(owner === undefined ? {} : { ownerId: owner }),
        treatment: { option: "modify", controlIds: [control] },
        ...(scales ? { inherent: { likelihood: oneOf(scales.likelihood, pick), impact: oneOf(scales.impact, pick) } } : {}),
      })),
    ];
  },
  // collections emptied or left out
  (doc, pick) => {
    const keys = Object.keys(doc).filter((key) => Array.isArray(doc[key]));
    const key = keys[pick(keys.length - 1)];
    if (key) doc[key] = pick(1) ? [] : undefined;
  },
  // past the bounds: parseIsms must reject these (a 1e9-month interval, the year 9999, a 30 × 30 matrix)
  (doc, pick) => {
    switch (pick(3)) {
      case 0:
        if (doc.riskMethod) doc.riskMethod.assessmentIntervalMonths = oneOf([121, 1e9], pick);
        break;
      case 1: {
        const days = stringPlaces(doc).filter((p) => DAY.test(p.parent[p.key]));
        const p = days[pick(days.length - 1)];
        if (p) p.parent[p.key] = oneOf(["0000-01-15", "1899-12-31", "3000-01-01", "9999-12-01"], pick);
        break;
      }
      case 2:
        doc.riskMethod = { matrix: anyMatrix(() => 29, 30) };
        rerate(doc, pick);
        break;
      default:
        doc.organization = { ...(doc.organization ?? {}), employees: 1e12 };
    }
  },
  // an optional field left out
  (doc, pick) => {
    const all = places(doc).filter((p) => !Array.isArray(p.parent) && p.key !== "id" && p.key !== "schemaVersion");
    const p = all[pick(all.length - 1)];
    if (p) delete p.parent[p.key];
  },
];
