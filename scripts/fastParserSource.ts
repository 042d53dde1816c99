/**
 * Writes the source of the validators specialised to one zod schema, for the fast path in both its
 * modes (in place, copying), and of the integrity scan (scripts/scanSource.ts).
 * `src/model/_lib/compileFastParser.ts` gives the semantics; this emits the same decisions as
 * straight-line code. Each strict object held in a list becomes a function that reads
 * its fields by name, so V8 keeps one property access per field of each record type (a monomorphic
 * inline cache) instead of one generic keyed access for all of them, and calls no closure per field.
 * Nodes it does not model (pipes, transforms, unions of other than leaves, non-strict objects, checks beyond the common
 * kinds, the document's single objects) are "slots": the generated code calls the closure compiled
 * for that node at run time, found by its path from the root schema. No `eval` at run time: the code
 * is written at build time (`npm run generate`), so the library stays CSP-safe.
 */

import type { ZodCheckLike, ZodLike } from "../src/model/_lib/compileFastParser";
import * as z from "zod";
import type { GeneratedParser } from "../src/model/_lib/fastIsmsParserModule";
import { scanSource } from "./scanSource";

/** A node the generated code hands to the compiled closures: its path from the root, and whether all of it or only its checks. */
export type FastParserSlot = GeneratedParser["slots"][number];

/** The generated validators: the text of their module, and the slots each calls. */
export interface FastParserSource {
  readonly text: string;
  readonly slots: { readonly inPlace: readonly FastParserSlot[]; readonly copy: readonly FastParserSlot[] };
}

/** How a generated validator builds its output, as `FastParserMode` in compileFastParser. */
type Mode = "in-place" | "copy";

/** One validator's code: its slots, functions and the body of its `parse`. */
interface Parts {
  readonly slots: readonly FastParserSlot[];
  readonly functions: readonly string[];
  readonly entry: string;
}

/** The module's constants (patterns, sets of values), shared by the validators: each line, and the name of each value's code. */
interface Constants {
  readonly lines: string[];
  readonly names: Map<string, string>;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A field of `value` read by name: `value.key`, or `value["key"]` when the key is no identifier. */
function read(value: string, key: string): string {
  return IDENTIFIER.test(key) ? `${value}.${key}` : `${value}[${JSON.stringify(key)}]`;
}

/** The name of a module constant (or pure function) with this code, declared on first use (`R0`, `S1`, `t2`, … by prefix). */
function constantOf(constants: Constants, code: string, prefix: string, declare = (name: string) => `const ${name} = ${code};`): string {
  let name = constants.names.get(code);
  if (name === undefined) {
    name = `${prefix}${constants.lines.length}`;
    constants.names.set(code, name);
    constants.lines.push(declare(name));
  }
  return name;
}
const WRAPPERS = new Set(["optional", "nullable", "default", "readonly"]);

/**
 * Whether a pattern is zod's date pattern (the very object `z.iso.date()` tests with): the generated
 * validators test it with `isCalendarDate`, which decides the same from the characters
 * (test/core/isoDate.test.ts compares the two on every day of 1800–3100), with no pattern run.
 */
export function isZodDatePattern(pattern: RegExp): boolean {
  return pattern === (z.iso.date()._zod.def as { pattern?: RegExp }).pattern;
}

/**
 * The source of the specialised validators of `root` (in place, and copying), as a TypeScript module.
 *
 * @param root - the zod schema (the document schema), its shapes resolved
 * @returns the module's text and the slots of each validator
 */
export function fastParserSource(root: unknown): FastParserSource {
  const constants: Constants = { lines: [], names: new Map() };
  const inPlace = fastParserParts(root as ZodLike, "in-place", constants);
  const copy = fastParserParts(root as ZodLike, "copy", constants);
  const scan = scanSource({ constant: (code, prefix) => constantOf(constants, code, prefix), read });
  const create = (name: string, parts: Parts) => [
    `  ${name}: {`,
    "    slots: [",
    ...parts.slots.map((slot) => `      ${JSON.stringify(slot)},`),
    "    ],",
    "    create(FAIL, slots) {",
    // Only the copying validator asks whether a key is a record's own (in place, see objectCode).
    ...(name === "copy" ? ["      const hasOwn = Object.prototype.hasOwnProperty;"] : []),
    ...parts.slots.map((_, i) => `      const F${i} = slots[${i}]!;`),
    ...parts.functions.map((line) => `      ${line}`),
    // In place, the records' keys are counted with no own-property test (see objectCode): true of a
    // tree JSON.parse made only while Object.prototype has no enumerable key (a polluted prototype
    // has one), so until then nothing is read and the slow path decides.
    name === "inPlace"
      ? `      return function parse(input: any): unknown { for (const _ in Object.prototype) return FAIL; ${parts.entry} };`
      : `      return function parse(input: any): unknown { ${parts.entry} };`,
    "    },",
    "  },",
  ];
  const text = [
    "// Generated by scripts/writeFastParser.ts from IsmsSchema and ismsStructure's tables: do not edit. `npm run generate` writes it again;",
    "// test/model/_lib/fastIsmsParser.generated.test.ts fails when it is out of date.",
    "//",
    "// Node.js loads it through the package's `#fastIsmsParser` import (the `node` condition); other",
    "// platforms, browsers among them, get src/model/_lib/fastIsmsParserNone.ts and the closures.",
    'import type { FastIsmsParserModule } from "./fastIsmsParserModule";',
    'import { createIdTable } from "./idTable";',
    'import { isCalendarDate } from "../../core/isoDate";',
    'import { riskRatingsFit } from "./riskRatingsFit";',
    "",
    "// The patterns and sets of values both validators test (no global or sticky pattern: they keep no state).",
    ...constants.lines,
    "",
    "/** The validators of `IsmsSchema`, specialised (every strict object a list holds is a function reading its fields by name), and the integrity scan as code. */",
    "export const fastIsmsParser: FastIsmsParserModule = {",
    ...create("inPlace", inPlace),
    ...create("copy", copy),
    "  ratingsFit: riskRatingsFit,",
    "  scan: {",
    "    create({ isAnnexAControlId, compareMoments, findDependencyCycles }) {",
    ...scan.map((line) => `      ${line}`),
    "    },",
    "  },",
    "};",
    "",
  ].join("\n");
  return { text, slots: { inPlace: inPlace.slots, copy: copy.slots } };
}

function fastParserParts(root: ZodLike, mode: Mode, constants: Constants): Parts {
  const hot = repeated(root);
  const functions: string[] = [];
  const nodeFunctions = new Map<ZodLike, string>();
  const functionOf = new Map<string, string>();
  /** One function per distinct body: the copies `.meta()` makes of a schema give the same code. */
  const namedFunction = (prefix: string, parameter: string, body: string): string => {
    const key = `${parameter}) { ${body}`;
    let name = functionOf.get(key);
    if (name === undefined) {
      name = `${prefix}${functionOf.size}`;
      functionOf.set(key, name);
      functions.push(`function ${name}(${parameter}: any) { ${body} }`);
    }
    return name;
  };
  const slots: FastParserSlot[] = [];
  const slotOf = new Map<string, string>();
  let counter = 0;
  const fresh = (prefix: string) => `${prefix}${counter++}`;

  const constant = (code: string, prefix: string): string => constantOf(constants, code, prefix);
  const slot = (path: readonly string[], use: "parse" | "checks"): string => {
    const key = `${use} ${JSON.stringify(path)}`;
    let name = slotOf.get(key);
    if (name === undefined) {
      name = `F${slots.length}`;
      slotOf.set(key, name);
      slots.push({ path, use });
    }
    return name;
  };

  const checksOf = (schema: ZodLike): ZodCheckLike[] => {
    const z = schema._zod;
    const checks: ZodCheckLike[] = [];
    if (z.traits.has("$ZodCheck")) checks.push(schema as unknown as ZodCheckLike);
    for (const check of z.def.checks ?? []) checks.push(check);
    return checks;
  };
  /** A check as an expression on `v`, as the closure compiler's `inlineCheck` decides it; `undefined` when it has none. */
  const inlineCheck = (check: ZodCheckLike, v: string): string | undefined => {
    const def = check._zod.def;
    const bound = (n: unknown) => (typeof n === "number" && Number.isFinite(n) ? String(n) : undefined);
    switch (def.check) {
      case "max_length":
        return bound(def.maximum) && `${v}.length <= ${bound(def.maximum)}`;
      case "min_length":
        return bound(def.minimum) && `${v}.length >= ${bound(def.minimum)}`;
      case "length_equals":
        return bound(def.length) && `${v}.length === ${bound(def.length)}`;
      case "greater_than":
        return bound(def.value) && `${v} ${def.inclusive ? ">=" : ">"} ${bound(def.value)}`;
      case "less_than":
        return bound(def.value) && `${v} ${def.inclusive ? "<=" : "<"} ${bound(def.value)}`;
      case "number_format":
        return def.format === "safeint" ? `Number.isSafeInteger(${v})` : undefined;
      case "string_format": {
        if ((def.format !== "regex" && def.format !== "date") || def.pattern === undefined) return undefined;
        const pattern = def.pattern;
        if (pattern.global || pattern.sticky) return undefined;
        // zod's date pattern: the same answers, with no pattern run (the closures run zod's).
        if (isZodDatePattern(pattern)) return `isCalendarDate(${v})`;
        return `${constant(`/${pattern.source}/${pattern.flags}`, "R")}.test(${v})`;
      }
      default:
        return undefined;
    }
  };
  const isNative = (schema: ZodLike): boolean => {
    const def = schema._zod.def;
    if (def.coerce === true) return false;
    switch (def.type) {
      case "string":
      case "number":
      case "boolean":
      case "null":
      case "unknown":
      case "any":
        return true;
      case "enum":
      case "literal":
        return [...(schema._zod.values ?? [])].every((x) => x === null || ["string", "number", "boolean"].includes(typeof x));
      case "optional":
      case "nullable":
      case "readonly":
        return checksOf(schema).length === 0;
      case "default":
        // A value the inner schema turns into `undefined` takes the default: only nodes modelled here, which never do.
        return checksOf(schema).length === 0 && isNative(schema._zod.def.innerType!);
      case "array":
        return true;
      case "object":
        return schema._zod.def.catchall?._zod.def.type === "never" && (schema === root || hot.has(schema));
      default:
        return false;
    }
  };

  /** Whether the code for `schema` can give a value other than its input (only slots can; arrays and objects are completed in place). */
  const mayReplace = (schema: ZodLike): boolean => {
    if (!isNative(schema)) return true;
    const def = schema._zod.def;
    if (WRAPPERS.has(def.type)) return mayReplace(def.innerType!);
    return checksOf(schema).length > 0 && !checksOf(schema).every((check) => inlineCheck(check, "v") !== undefined);
  };

  /**
   * Statements that check the value in the variable `v` (known not `undefined`, from a JSON tree)
   * against `schema`, `return FAIL` when it is rejected, and store a replaced value with `store`.
   */
  const value = (schema: ZodLike, path: readonly string[], v: string, store: (expression: string) => string): string => {
    const def = schema._zod.def;
    if (isNative(schema)) {
      switch (def.type) {
        case "optional":
        case "default":
          return value(def.innerType!, [...path, "innerType"], v, store);
        case "nullable":
          return `if (${v} !== null) { ${value(def.innerType!, [...path, "innerType"], v, store)} }`;
        case "readonly":
          if (!mayReplace(def.innerType!)) return `${value(def.innerType!, [...path, "innerType"], v, store)} Object.freeze(${v});`;
          break;
        default: {
          const test = leafTest(schema, v);
          if (test !== undefined) return failUnless(test);
        }
      }
    }
    const union = unionTest(schema, v);
    if (union !== undefined) return failUnless(union);
    const f = nodeFunction(schema, path);
    if (!mayReplace(schema)) return `if (${f}(${v}) === FAIL) return FAIL;`;
    const w = fresh("w");
    return `const ${w} = ${f}(${v}); if (${w} === FAIL) return FAIL; if (${w} !== ${v}) ${store(w)}`;
  };

  /** The type test of a leaf (a string, number, boolean, null, enum, literal, unknown) as an expression on `v`, "" when anything passes; `undefined` for any other node. */
  const typeTest = (schema: ZodLike, v: string): string | undefined => {
    const def = schema._zod.def;
    switch (def.type) {
      case "string":
      case "boolean":
        return `typeof ${v} === "${def.type}"`;
      case "number":
        return `typeof ${v} === "number" && Number.isFinite(${v})`;
      case "null":
        return `${v} === null`;
      case "unknown":
      case "any":
        return "";
      case "enum":
      case "literal": {
        const values = [...schema._zod.values!];
        return values.length === 1 ? `${v} === ${JSON.stringify(values[0])}` : `${constant(`new Set(${JSON.stringify(values)})`, "S")}.has(${v})`;
      }
      default:
        return undefined;
    }
  };
  /** A leaf with checks of the common kinds, as an expression on `v`; "" when anything passes, `undefined` when it is no leaf or has other checks. */
  const leafTest = (schema: ZodLike, v: string): string | undefined => {
    const type = typeTest(schema, v);
    const checks = checksOf(schema);
    if (type === undefined || checks.length === 0) return type;
    const tests = checks.map((check) => inlineCheck(check, "x"));
    if (!tests.every((test) => test !== undefined)) return undefined;
    // A pure test, the same in both validators: a function of the module's, beside the constants.
    const body = `return ${[typeTest(schema, "x"), ...tests].filter((t) => t !== "").join(" && ")};`;
    return `${constantOf(constants, body, "t", (name) => `function ${name}(x: any): boolean { ${body} }`)}(${v})`;
  };
  /**
   * A union of leaves (each option a leaf `leafTest` models: a type and common checks, no transform)
   * as one test, the options' tests joined with `||`: zod's union takes the first option that passes
   * and leaves such a value as it is, so the answer and the value are the same; "" when an option
   * passes anything. `undefined` for any other node, or a union with checks, a discriminator or
   * exclusive options (those stay slots).
   */
  const unionTest = (schema: ZodLike, v: string): string | undefined => {
    const def = schema._zod.def as ZodLike["_zod"]["def"] & { discriminator?: unknown; inclusive?: boolean };
    if (def.type !== "union" || def.discriminator !== undefined || def.inclusive === false || checksOf(schema).length > 0) return undefined;
    const tests: string[] = [];
    for (const option of def.options ?? []) {
      const test = isNative(option) ? leafTest(option, "x") : undefined;
      if (test === undefined) return undefined;
      if (test === "") return "";
      tests.push(test);
    }
    if (tests.length === 0) return undefined;
    const body = `return ${tests.map((test) => `(${test})`).join(" || ")};`;
    return `${constantOf(constants, body, "t", (name) => `function ${name}(x: any): boolean { ${body} }`)}(${v})`;
  };

  /** A statement refusing the value unless `test` holds ("" when anything passes). */
  const failUnless = (test: string): string => (test === "" ? "" : `if (!${test.includes(" ") ? `(${test})` : test}) return FAIL;`);

  /** The function that parses one node (a list, a strict object, a leaf with other checks, or a slot): its value, or FAIL. */
  const nodeFunction = (schema: ZodLike, path: readonly string[]): string => {
    let name = nodeFunctions.get(schema);
    if (name !== undefined) return name;
    if (!isNative(schema) || WRAPPERS.has(schema._zod.def.type)) {
      name = slot(path, "parse");
      nodeFunctions.set(schema, name);
      return name;
    }
    const def = schema._zod.def;
    let code: string;
    // What the function gives: the input, completed in place, or a new value.
    let output = mode === "in-place" ? "r" : "out";
    switch (def.type) {
      case "array":
        code = mode === "in-place" ? inPlaceList(def.element!, [...path, "element"]) : copyList(def.element!, [...path, "element"]);
        break;
      case "object":
        code = mode === "in-place" ? objectBody(schema, path) : copyObjectBody(schema, path);
        break;
      default:
        code = failUnless(typeTest(schema, "r")!);
        output = "r";
    }
    const checks = checksOf(schema);
    let tail = `return ${output};`;
    if (checks.length > 0) {
      const tests = checks.map((check) => inlineCheck(check, output));
      tail = tests.every((test) => test !== undefined) ? `return ${tests.map((t) => `(${t})`).join(" && ")} ? ${output} : FAIL;` : `return ${slot(path, "checks")}(${output});`;
    }
    name = namedFunction(def.type === "object" ? "o" : def.type === "array" ? "a" : "x", "r", `${code} ${tail}`);
    nodeFunctions.set(schema, name);
    return name;
  };

  /** In place: a list's items checked, an item zod replaces written back. */
  const inPlaceList = (element: ZodLike, path: readonly string[]): string =>
    `if (!Array.isArray(r)) return FAIL; for (let i = 0, l = r.length; i < l; i++) { const e = r[i]; ${value(element, path, "e", (w) => `r[i] = ${w};`)} }`;

  /** A strict object's fields in the schema's order: each with its path, its access on the input `r` and on the output `out`. */
  const fieldsOf = (schema: ZodLike, path: readonly string[]) =>
    Object.entries(schema._zod.def.shape!).map(([key, field]) => {
      if (key in Object.prototype) throw new Error(`field ${key} is a property of Object.prototype`);
      return { field, quoted: JSON.stringify(key), path: [...path, "shape", key], access: read("r", key), target: read("out", key) };
    });

  /** A field's default as code, for the usual defaults (an empty list, a string, number, boolean or null); `undefined` for any other. */
  const defaultCode = (field: ZodLike): string | undefined => {
    const def = field._zod.def;
    if (def.type !== "default" || checksOf(field).length > 0) return undefined;
    const d = def.defaultValue;
    if (Array.isArray(d) && d.length === 0 && Object.getPrototypeOf(d) === Array.prototype) return "[]";
    if (d === null || ["string", "boolean"].includes(typeof d) || (typeof d === "number" && Number.isFinite(d))) return JSON.stringify(d);
    return undefined;
  };

  const objectBody = (schema: ZodLike, path: readonly string[]): string => {
    const fields: string[] = [];
    for (const { field, path: fieldPath, access } of fieldsOf(schema, path)) {
      const { optin, optout } = field._zod;
      const present = value(field, fieldPath, "v", (w) => `${access} = ${w};`);
      if (optin === undefined) fields.push(`v = ${access}; if (v === undefined) return FAIL; n++; ${present}`);
      else {
        const absent = optin === "optional" && optout === "optional" ? "" : absentField(field, fieldPath, access);
        fields.push(`v = ${access}; if (v !== undefined) { n++; ${present} }${absent === "" ? "" : ` else { ${absent} }`}`);
      }
    }
    const declare = fields.length > 0 ? "let n = 0; let v; " : "const n = 0; ";
    // The keys counted with no own-property test: in place, the input is a tree JSON.parse made, whose
    // every object's prototype is Object.prototype, and the in-place parse refuses at once while
    // Object.prototype has an enumerable key (a polluted prototype) — so every key for…in meets is the
    // record's own, and a field read but not owned (inherited, not enumerable) makes n exceed c.
    return `if (r === null || typeof r !== "object" || Array.isArray(r)) return FAIL; let c = 0; for (const k in r) c++; ${declare}${fields.join(" ")} if (n !== c) return FAIL;`;
  };

  /** A decisive field the record lacks: the closure compiler's rule, with the usual defaults written out. */
  const absentField = (field: ZodLike, path: readonly string[], access: string): string => {
    const { optin, optout } = field._zod;
    const written = defaultCode(field);
    if (written !== undefined && optout !== "optional") return `${access} = ${written};`;
    const f = slot(path, "parse");
    const w = fresh("w");
    const keep = optin === "defaulted" && optout !== "optional";
    return `const ${w} = ${f}(undefined); if (${w} === FAIL) { ${optout === "optional" ? "" : "return FAIL;"} } else if (${keep ? "true" : `${w} !== undefined`}) ${access} = ${w};`;
  };

  /**
   * Copying: statements that check the value in `v` (not `undefined`) against `schema`, and the
   * expression of its output (a new object or list, the value itself for a leaf).
   */
  const copyValue = (schema: ZodLike, path: readonly string[], v: string): { code: string; result: string } => {
    const def = schema._zod.def;
    if (isNative(schema)) {
      switch (def.type) {
        case "optional":
        case "default":
          return copyValue(def.innerType!, [...path, "innerType"], v);
        case "nullable": {
          const inner = copyValue(def.innerType!, [...path, "innerType"], v);
          if (inner.result === v) return { code: `if (${v} !== null) { ${inner.code} }`, result: v };
          const w = fresh("w");
          return { code: `let ${w}: unknown = null; if (${v} !== null) { ${inner.code} ${w} = ${inner.result}; }`, result: w };
        }
        case "readonly": {
          const inner = copyValue(def.innerType!, [...path, "innerType"], v);
          return { code: `${inner.code} Object.freeze(${inner.result});`, result: inner.result };
        }
        default: {
          const test = leafTest(schema, v);
          if (test !== undefined) return { code: failUnless(test), result: v };
        }
      }
    }
    const union = unionTest(schema, v);
    if (union !== undefined) return { code: failUnless(union), result: v };
    const f = nodeFunction(schema, path);
    const w = fresh("w");
    return { code: `const ${w} = ${f}(${v}); if (${w} === FAIL) return FAIL;`, result: w };
  };

  /** Copying: a list's items into a new list. */
  const copyList = (element: ZodLike, path: readonly string[]): string => {
    const item = copyValue(element, path, "e");
    // A list from code may hold `undefined` (a hole): an optional or defaulted item then takes zod's answer.
    const undefinedItem = ["optional", "default"].includes(element._zod.def.type)
      ? `if (e === undefined) { const u = ${slot(path, "parse")}(undefined); if (u === FAIL) return FAIL; out[i] = u; continue; } `
      : "";
    return `if (!Array.isArray(r)) return FAIL; const l = r.length; const out = new Array(l); for (let i = 0; i < l; i++) { const e = r[i]; ${undefinedItem}${item.code} out[i] = ${item.result}; }`;
  };

  /** Copying: a field present but `undefined` (an object from code) takes what the field's schema gives `undefined`, written out for the usual kinds. */
  const undefinedField = (field: ZodLike, path: readonly string[], target: string): string => {
    const def = field._zod.def;
    if (isNative(field) && checksOf(field).length === 0 && def.type === "optional" && def.innerType!._zod.optin !== "defaulted") return `${target} = undefined;`;
    const written = isNative(field) ? defaultCode(field) : undefined;
    if (written !== undefined) return `${target} = ${written};`;
    if (field._zod.optin === undefined && isNative(field) && !["unknown", "any", "nullable", "readonly"].includes(def.type)) return "return FAIL;";
    return `const u = ${slot(path, "parse")}(undefined); if (u === FAIL) return FAIL; ${target} = u;`;
  };

  /** Copying: a strict object's fields, in the schema's order, into a new object `out`. */
  const copyObjectBody = (schema: ZodLike, path: readonly string[]): string => {
    const fields: string[] = [];
    for (const { field, quoted, path: fieldPath, access, target } of fieldsOf(schema, path)) {
      const { optin, optout } = field._zod;
      const { code, result } = copyValue(field, fieldPath, "v");
      const present = `if (hasOwn.call(r, ${quoted})) own++; v = ${access}; if (v === undefined) { ${undefinedField(field, fieldPath, target)} } else { ${code} ${target} = ${result}; }`;
      const absent = optin === undefined ? "return FAIL;" : optin === "optional" && optout === "optional" ? "" : absentField(field, fieldPath, target);
      fields.push(`if (${quoted} in r) { ${present} }${absent === "" ? "" : ` else { ${absent} }`}`);
    }
    return `if (r === null || typeof r !== "object" || Array.isArray(r)) return FAIL; let own = 0; const out: any = {}; let v; ${fields.join(" ")} let c = 0; for (const k in r) c++; if (own !== c) return FAIL;`;
  };

  let entry: string;
  if (mode === "in-place") entry = `${value(root, [], "input", (w) => `input = ${w};`)} return input;`;
  else {
    const { code, result } = copyValue(root, [], "input");
    entry = `${code} return ${result};`;
  }
  return { slots, functions, entry };
}

/** The objects that a list holds, at any depth, and every object inside them: those worth a function of their own. */
function repeated(root: ZodLike): Set<ZodLike> {
  const hot = new Set<ZodLike>();
  const seen = new Set<ZodLike>();
  const visit = (schema: ZodLike, inList: boolean): void => {
    if (inList) {
      if (hot.has(schema)) return;
      if (schema._zod.def.type === "object") hot.add(schema);
    } else if (seen.has(schema)) return;
    seen.add(schema);
    const def = schema._zod.def;
    if (def.type === "object") for (const field of Object.values(def.shape!)) visit(field, inList);
    else if (def.type === "array") visit(def.element!, true);
    else if (def.innerType !== undefined) visit(def.innerType, inList);
  };
  visit(root, false);
  return hot;
}
