/**
 * Writes the source of a validator specialised to one zod schema, for the in-place fast path.
 * `src/model/_lib/compileFastParser.ts` gives the semantics (its in-place mode); this emits the same
 * decisions as straight-line code. Each strict object held in a list becomes a function that reads
 * its fields by name, so V8 keeps one property access per field of each record type (a monomorphic
 * inline cache) instead of one generic keyed access for all of them, and calls no closure per field.
 * Nodes it does not model (pipes, transforms, unions, non-strict objects, checks beyond the common
 * kinds, the document's single objects) are "slots": the generated code calls the closure compiled
 * for that node at run time, found by its path from the root schema. No `eval` at run time: the code
 * is written at build time (`npm run generate`), so the library stays CSP-safe.
 */

import type { ZodCheckLike, ZodLike } from "../src/model/_lib/compileFastParser";

/** A node the generated code hands to the compiled closures: its path from the root, and whether all of it or only its checks. */
export interface FastParserSlot {
  readonly path: readonly string[];
  readonly use: "parse" | "checks";
}

/** The generated validator: the text of its module, and the slots it calls. */
export interface FastParserSource {
  readonly text: string;
  readonly slots: readonly FastParserSlot[];
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const WRAPPERS = new Set(["optional", "nullable", "default", "readonly"]);

/**
 * The source of the specialised in-place validator of `root`, as a TypeScript module.
 *
 * @param root - the zod schema (the document schema), its shapes resolved
 * @returns the module's text and its slots
 */
export function fastParserSource(root: unknown): FastParserSource {
  const hot = repeated(root as ZodLike);
  const constants: string[] = [];
  const constantOf = new Map<string, string>();
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

  const constant = (code: string, prefix: string): string => {
    let name = constantOf.get(code);
    if (name === undefined) {
      name = `${prefix}${constants.length}`;
      constantOf.set(code, name);
      constants.push(`const ${name} = ${code};`);
    }
    return name;
  };
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
          if (test !== undefined) return test === "" ? "" : `if (!${test.includes(" ") ? `(${test})` : test}) return FAIL;`;
        }
      }
    }
    const f = nodeFunction(schema, path);
    if (!mayReplace(schema)) return `if (${f}(${v}) === FAIL) return FAIL;`;
    const w = fresh("w");
    return `const ${w} = ${f}(${v}); if (${w} === FAIL) return FAIL; if (${w} !== ${v}) ${store(w)}`;
  };

  /** A leaf (a string, number, boolean, null, enum, literal, unknown) with checks of the common kinds, as an expression on `v`; "" when anything passes. */
  const leafTest = (schema: ZodLike, v: string): string | undefined => {
    const def = schema._zod.def;
    let type: string;
    switch (def.type) {
      case "string":
      case "boolean":
        type = `typeof ${v} === "${def.type}"`;
        break;
      case "number":
        type = `typeof ${v} === "number" && Number.isFinite(${v})`;
        break;
      case "null":
        type = `${v} === null`;
        break;
      case "unknown":
      case "any":
        type = "";
        break;
      case "enum":
      case "literal": {
        const values = [...schema._zod.values!];
        type = values.length === 1 ? `${v} === ${JSON.stringify(values[0])}` : `${constant(`new Set(${JSON.stringify(values)})`, "S")}.has(${v})`;
        break;
      }
      default:
        return undefined;
    }
    const checks = checksOf(schema);
    if (checks.length === 0) return type;
    const tests = checks.map((check) => inlineCheck(check, "x"));
    if (!tests.every((test) => test !== undefined)) return undefined;
    const name = namedFunction("t", "x", `return ${[leafTestOf(schema, "x"), ...tests].filter((t) => t !== "").join(" && ")};`);
    return `${name}(${v})`;
  };
  /** The type test of a leaf alone, without its checks. */
  const leafTestOf = (schema: ZodLike, v: string): string => {
    const bare = { _zod: { ...schema._zod, traits: new Set<string>(), def: { ...schema._zod.def, checks: [] } } } as ZodLike;
    return leafTest(bare, v)!;
  };

  /** The function that parses one node (an array, a strict object, a leaf with other checks, or a slot): its value, or FAIL. */
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
    switch (def.type) {
      case "array": {
        const element = value(def.element!, [...path, "element"], "e", (w) => `r[i] = ${w};`);
        code = `if (!Array.isArray(r)) return FAIL; for (let i = 0, l = r.length; i < l; i++) { const e = r[i]; ${element} }`;
        break;
      }
      case "object":
        code = objectBody(schema, path);
        break;
      default: {
        const test = leafTestOf(schema, "r");
        code = test === "" ? "" : `if (!(${test})) return FAIL;`;
      }
    }
    const checks = checksOf(schema);
    let tail = "return r;";
    if (checks.length > 0) {
      const tests = checks.map((check) => inlineCheck(check, "r"));
      tail = tests.every((test) => test !== undefined) ? `return ${tests.map((t) => `(${t})`).join(" && ")} ? r : FAIL;` : `return ${slot(path, "checks")}(r);`;
    }
    name = namedFunction(def.type === "object" ? "o" : def.type === "array" ? "a" : "x", "r", `${code} ${tail}`);
    nodeFunctions.set(schema, name);
    return name;
  };

  const objectBody = (schema: ZodLike, path: readonly string[]): string => {
    const shape = schema._zod.def.shape!;
    const fields: string[] = [];
    for (const key of Object.keys(shape)) {
      if (key in Object.prototype) throw new Error(`field ${key} is a property of Object.prototype`);
      const field = shape[key]!;
      const access = IDENTIFIER.test(key) ? `r.${key}` : `r[${JSON.stringify(key)}]`;
      const { optin, optout } = field._zod;
      const fieldPath = [...path, "shape", key];
      const present = value(field, fieldPath, "v", (w) => `${access} = ${w};`);
      if (optin === undefined) fields.push(`v = ${access}; if (v === undefined) return FAIL; n++; ${present}`);
      else {
        const absent = optin === "optional" && optout === "optional" ? "" : absentField(field, fieldPath, access);
        fields.push(`v = ${access}; if (v !== undefined) { n++; ${present} }${absent === "" ? "" : ` else { ${absent} }`}`);
      }
    }
    const declare = fields.length > 0 ? "let n = 0; let v; " : "const n = 0; ";
    return `if (r === null || typeof r !== "object" || Array.isArray(r)) return FAIL; let c = 0; for (const k in r) { if (!hasOwn.call(r, k)) return FAIL; c++; } ${declare}${fields.join(" ")} if (n !== c) return FAIL;`;
  };

  /** A decisive field the record lacks: the closure compiler's rule, with the usual defaults written out. */
  const absentField = (field: ZodLike, path: readonly string[], access: string): string => {
    const { optin, optout } = field._zod;
    const def = field._zod.def;
    if (def.type === "default" && checksOf(field).length === 0 && optout !== "optional") {
      const d = def.defaultValue;
      if (Array.isArray(d) && d.length === 0 && Object.getPrototypeOf(d) === Array.prototype) return `${access} = [];`;
      if (d === null || ["string", "boolean"].includes(typeof d) || (typeof d === "number" && Number.isFinite(d))) return `${access} = ${JSON.stringify(d)};`;
    }
    const f = slot(path, "parse");
    const w = fresh("w");
    const keep = optin === "defaulted" && optout !== "optional";
    return `const ${w} = ${f}(undefined); if (${w} === FAIL) { ${optout === "optional" ? "" : "return FAIL;"} } else if (${keep ? "true" : `${w} !== undefined`}) ${access} = ${w};`;
  };

  const entry = value(root as ZodLike, [], "input", (w) => `input = ${w};`);
  const text = [
    "// Generated by scripts/writeFastParser.ts from IsmsSchema: do not edit. `npm run generate` writes it again;",
    "// test/model/_lib/fastIsmsParser.generated.test.ts fails when it is out of date.",
    "//",
    "// Node.js loads it through the package's `#fastIsmsParser` import (the `node` condition); other",
    "// platforms, browsers among them, get src/model/_lib/fastIsmsParserNone.ts and the closures.",
    'import type { FastIsmsParserModule } from "./fastIsmsParserModule";',
    "",
    "/** The in-place validator of `IsmsSchema`, specialised: every strict object a function reading its fields by name. */",
    "export const fastIsmsParser: FastIsmsParserModule = {",
    "  slots: [",
    ...slots.map((slot) => `    ${JSON.stringify(slot)},`),
    "  ],",
    "  create(FAIL, slots) {",
    "    const hasOwn = Object.prototype.hasOwnProperty;",
    ...slots.map((_, i) => `    const F${i} = slots[${i}]!;`),
    ...constants.map((line) => `    ${line}`),
    ...functions.map((line) => `    ${line}`),
    `    return function parse(input: any): unknown { ${entry} return input; };`,
    "  },",
    "};",
    "",
  ].join("\n");
  return { text, slots };
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
