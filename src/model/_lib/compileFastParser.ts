/**
 * The fast path of parsing: a validator compiled once from a zod schema into plain closures, that
 * gives the same output as `schema.parse` for every value the schema accepts, and `FAIL` for every
 * value it rejects — without building issues, paths or messages. Valid documents, which most
 * re-checked documents are, never pay for error reporting; only when the fast path fails does the
 * caller run zod itself to say what is wrong (the slow path).
 *
 * It mirrors zod 4's own semantics node by node (object keys and their optional/default rules,
 * strictness, array elements, string and number types, enums, literals, optional, nullable,
 * default, readonly) and runs every check (`.max()`, `.regex()`, formats, refinements) through
 * zod's own check functions, so checks need no second implementation. Any other kind of schema
 * (pipes, transforms, unions, lazies, custom types) is handed to zod for that subtree. Compiled
 * once per schema and reused; no `eval`, so it is CSP-safe in browsers. A property test checks that
 * the fast and slow paths agree on accept/reject and output on fuzzed documents.
 */
import type * as z from "zod";

/** What a compiled validator returns for a value its schema rejects. */
export const FAIL: unique symbol = Symbol("isms-kit fast path: rejected");

/** A compiled validator: the parsed value, or {@link FAIL}. */
export type FastParser = (input: unknown) => unknown;

/** The parts of zod's internal representation this compiler reads (zod 4); scripts/fastParserSource.ts reads the same. */
export interface ZodInternals {
  readonly def: {
    readonly type: string;
    readonly checks?: readonly ZodCheckLike[];
    readonly shape?: Readonly<Record<string, ZodLike>>;
    readonly catchall?: ZodLike;
    readonly element?: ZodLike;
    readonly innerType?: ZodLike;
    readonly defaultValue?: unknown;
    readonly coerce?: boolean;
    readonly options?: readonly ZodLike[];
  };
  readonly traits: ReadonlySet<string>;
  readonly values?: ReadonlySet<unknown>;
  readonly optin?: "optional" | "defaulted";
  readonly optout?: "optional";
}
/** A zod schema, as far as the compilers read it. */
export interface ZodLike {
  readonly _zod: ZodInternals;
}
/** A zod check (or a schema that is itself one, as a string format): what it tests, as its definition says. */
export interface ZodCheckLike {
  readonly _zod: {
    readonly def: {
      readonly when?: (payload: Payload) => boolean;
      readonly check?: string;
      readonly format?: string;
      readonly pattern?: RegExp;
      readonly minimum?: number;
      readonly maximum?: number;
      readonly length?: number;
      readonly value?: number;
      readonly inclusive?: boolean;
    };
    readonly check: (payload: Payload) => unknown;
  };
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

/**
 * How a compiled validator builds its output. `"copy"` builds new objects and arrays, as zod does
 * (keys in the schema's order), leaving the input as it was. `"in-place"` completes the input's own
 * objects and arrays — defaults added, subtrees zod transforms replaced, unknown keys of stripping
 * objects deleted, what a `.readonly()` schema names frozen — and returns the input itself, keys in the input's order: only for a
 * value nobody else holds (the tree `JSON.parse` just made), and only if the caller drops it when the
 * answer is {@link FAIL} (it may be half completed then).
 */
export type FastParserMode = "copy" | "in-place";

const compiledByMode: Record<FastParserMode, WeakMap<object, FastParser>> = { copy: new WeakMap(), "in-place": new WeakMap() };

/**
 * The fast validator of a zod schema, compiled on first use and cached.
 *
 * @param schema - a zod 4 schema
 * @param mode - whether to build a new value (the default) or complete the input in place
 * @returns a function giving the parsed value, or {@link FAIL}
 */
export function compileFastParser(schema: z.ZodType, mode: FastParserMode = "copy"): FastParser {
  return compile(schema as unknown as ZodLike, mode);
}

function compile(schema: ZodLike, mode: FastParserMode): FastParser {
  const compiled = compiledByMode[mode];
  const known = compiled.get(schema);
  if (known !== undefined) return known;
  // Placeholder for recursive schemas: resolved through the map once compiled.
  let self: FastParser | undefined;
  compiled.set(schema, (input) => self!(input));
  const node = compileNode(schema, mode);
  self = node.native ? withChecks(schema, node.parse) : node.parse;
  compiled.set(schema, self);
  return self;
}

/** zod runs a schema's checks after its own parse; a schema that is itself a check (a format) comes first. */
function withChecks(schema: ZodLike, parse: FastParser): FastParser {
  const z = schema._zod;
  const checks: ZodCheckLike[] = [];
  if (z.traits.has("$ZodCheck")) checks.push(schema as unknown as ZodCheckLike);
  for (const check of z.def.checks ?? []) checks.push(check);
  if (checks.length === 0) return parse;
  const tests = checks.map(inlineCheck);
  if (tests.every((test) => test !== undefined)) {
    // Every check is one of the common kinds: test them in place, with no payload to allocate.
    const inline = tests as ((value: unknown) => boolean)[];
    if (inline.length === 1) {
      const test = inline[0]!;
      return (input) => {
        const value = parse(input);
        return value === FAIL || !test(value) ? FAIL : value;
      };
    }
    return (input) => {
      const value = parse(input);
      if (value === FAIL) return FAIL;
      for (let i = 0; i < inline.length; i++) if (!inline[i]!(value)) return FAIL;
      return value;
    };
  }
  return (input) => {
    const value = parse(input);
    if (value === FAIL) return FAIL;
    const payload: Payload = { value, issues: [] };
    for (const check of checks) {
      const when = check._zod.def.when;
      if (when !== undefined && !when(payload)) continue;
      const result = check._zod.check(payload);
      if (result instanceof Promise) return FAIL; // async checks: leave them to zod
      if (payload.issues.length > 0) return FAIL;
    }
    return payload.value;
  };
}

/**
 * A check of a common kind as a plain test of the parsed value, the way zod's check decides it on a
 * value of the right type; `undefined` for every other kind (those run through zod's own check).
 */
function inlineCheck(check: ZodCheckLike): ((value: unknown) => boolean) | undefined {
  const def = check._zod.def;
  switch (def.check) {
    case "max_length": {
      const maximum = def.maximum!;
      return (value) => (value as { length: number }).length <= maximum;
    }
    case "min_length": {
      const minimum = def.minimum!;
      return (value) => (value as { length: number }).length >= minimum;
    }
    case "length_equals": {
      const length = def.length!;
      return (value) => (value as { length: number }).length === length;
    }
    case "greater_than": {
      const bound = def.value!;
      return def.inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound;
    }
    case "less_than": {
      const bound = def.value!;
      return def.inclusive ? (value) => (value as number) <= bound : (value) => (value as number) < bound;
    }
    case "number_format":
      return def.format === "safeint" ? (value) => Number.isSafeInteger(value) : undefined;
    case "string_format": {
      // Plain patterns only (a regex, or the date format): other formats may test more than a pattern.
      if ((def.format !== "regex" && def.format !== "date") || def.pattern === undefined) return undefined;
      const pattern = def.pattern;
      if (pattern.global || pattern.sticky) return undefined;
      return (value) => pattern.test(value as string);
    }
    default:
      return undefined;
  }
}

/** The parse of one node: `native` when this compiler models it (its checks still to run), else zod's own. */
function compileNode(schema: ZodLike, mode: FastParserMode): { parse: FastParser; native: boolean } {
  const parse = compileNative(schema, mode);
  return parse === undefined ? { parse: viaZod(schema), native: false } : { parse, native: true };
}

function compileNative(schema: ZodLike, mode: FastParserMode): FastParser | undefined {
  const def = schema._zod.def;
  if (def.coerce === true) return undefined;
  switch (def.type) {
    case "string":
      return (input) => (typeof input === "string" ? input : FAIL);
    case "number":
      return (input) => (typeof input === "number" && Number.isFinite(input) ? input : FAIL);
    case "boolean":
      return (input) => (typeof input === "boolean" ? input : FAIL);
    case "null":
      return (input) => (input === null ? null : FAIL);
    case "unknown":
    case "any":
      return (input) => input;
    case "enum":
    case "literal": {
      const values = schema._zod.values!;
      return (input) => (values.has(input) ? input : FAIL);
    }
    case "optional":
      return compileOptional(def.innerType!, mode);
    case "nullable": {
      const inner = compile(def.innerType!, mode);
      return (input) => (input === null ? null : inner(input));
    }
    case "default": {
      const inner = compile(def.innerType!, mode);
      // zod gives a shallow copy of the default each time: for the usual empty list, a new empty list.
      const fill = isEmptyList(def.defaultValue) ? () => [] : () => def.defaultValue;
      return (input) => {
        if (input === undefined) return fill();
        const value = inner(input);
        return value === undefined ? def.defaultValue : value;
      };
    }
    case "readonly": {
      const inner = compile(def.innerType!, mode);
      return (input) => {
        const value = inner(input);
        return value === FAIL ? FAIL : Object.freeze(value);
      };
    }
    case "array":
      return mode === "copy" ? compileArray(def.element!) : compileArrayInPlace(def.element!);
    case "object":
      return mode === "copy" ? compileObject(def.shape!, def.catchall) : compileObjectInPlace(def.shape!, def.catchall);
    default:
      return undefined;
  }
}

function isEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0 && Object.getPrototypeOf(value) === Array.prototype;
}

function compileOptional(innerSchema: ZodLike, mode: FastParserMode): FastParser {
  const inner = compile(innerSchema, mode);
  const defaulted = innerSchema._zod.optin === "defaulted";
  return (input) => {
    if (input !== undefined) return inner(input);
    if (!defaulted) return undefined;
    const value = inner(undefined);
    return value === FAIL ? undefined : value;
  };
}

function compileArray(elementSchema: ZodLike): FastParser {
  const element = compile(elementSchema, "copy");
  return (input) => {
    if (!Array.isArray(input)) return FAIL;
    const length = input.length;
    const out = new Array<unknown>(length);
    for (let i = 0; i < length; i++) {
      const value = element(input[i]);
      if (value === FAIL) return FAIL;
      out[i] = value;
    }
    return out;
  };
}

interface CompiledKey {
  readonly key: string;
  readonly parse: FastParser;
  readonly optin: "optional" | "defaulted" | undefined;
  readonly optout: "optional" | undefined;
}

function compiledKeys(shape: Readonly<Record<string, ZodLike>>, mode: FastParserMode): CompiledKey[] {
  return Object.keys(shape).map((key) => ({
    key,
    parse: compile(shape[key]!, mode),
    optin: shape[key]!._zod.optin,
    optout: shape[key]!._zod.optout,
  }));
}

/** A strict object (catchall `never`) rejects other keys; a plain one strips them; a loose one keeps them. */
function unknownKeys(catchall: ZodLike | undefined): "strip" | "strict" | "loose" | "catchall" {
  const catchallType = catchall?._zod.def.type;
  return catchall === undefined ? "strip" : catchallType === "never" ? "strict" : catchallType === "unknown" || catchallType === "any" ? "loose" : "catchall";
}

function compileObject(shape: Readonly<Record<string, ZodLike>>, catchall: ZodLike | undefined): FastParser {
  const keys = compiledKeys(shape, "copy");
  const known = new Set(keys.map((k) => k.key));
  const mode = unknownKeys(catchall);
  const rest = mode === "catchall" ? compile(catchall!, "copy") : undefined;
  return (input) => {
    if (input === null || typeof input !== "object" || Array.isArray(input)) return FAIL;
    const record = input as Record<string, unknown>;
    // A strict object has no key of its own beyond its shape: the keys of the shape it has, counted
    // on the way, are all its keys (no second walk over the record, no set lookup per key).
    let own = 0;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const { key, parse, optin, optout } = keys[i]!;
      const present = key in record;
      if (present && Object.prototype.hasOwnProperty.call(record, key)) own++;
      if (!present && optout === "optional" && optin === "optional") continue;
      if (!present && optin === undefined) return FAIL;
      const value = parse(record[key]);
      if (value === FAIL) {
        // zod drops the issues of an absent key whose schema may be absent both ways.
        if (optin !== undefined && optout === "optional" && !present) continue;
        return FAIL;
      }
      if (value === undefined) {
        if (present || (optin === "defaulted" && optout !== "optional")) out[key] = undefined;
      } else {
        out[key] = value;
      }
    }
    if (mode === "strict" && own !== ownKeyCount(record)) return FAIL;
    if (mode === "loose" || mode === "catchall") {
      for (const key of Object.keys(record)) {
        if (known.has(key)) continue;
        if (key === "__proto__") return FAIL;
        const value = rest === undefined ? record[key] : rest(record[key]);
        if (value === FAIL) return FAIL;
        out[key] = value;
      }
    }
    return out;
  };
}

/** {@link compileArray} completing the input array: elements replaced only where their parse gave a new value. */
function compileArrayInPlace(elementSchema: ZodLike): FastParser {
  const element = compile(elementSchema, "in-place");
  return (input) => {
    if (!Array.isArray(input)) return FAIL;
    const length = input.length;
    for (let i = 0; i < length; i++) {
      const item: unknown = input[i];
      const value = element(item);
      if (value === FAIL) return FAIL;
      if (value !== item) input[i] = value;
    }
    return input;
  };
}

/**
 * {@link compileObject} completing the input object, walking the keys the input has rather than every
 * key of the shape: an entity names a few of its many optional fields, and an absent optional field
 * costs nothing. A key the shape does not know is refused by a strict object at once, dropped by a
 * plain one, kept by a loose one (never `__proto__`) or parsed by its catchall. Then only the keys
 * whose absence decides something (required: fail; defaulted: fill in) are looked at again, and only
 * when one of them was not met. The same decisions, key by key, as {@link compileObject}, with the
 * value written back only where it differs from the input's (a default, a transformed subtree).
 */
function compileObjectInPlace(shape: Readonly<Record<string, ZodLike>>, catchall: ZodLike | undefined): FastParser {
  const keys = compiledKeys(shape, "in-place");
  const unknown = unknownKeys(catchall);
  const rest = unknown === "catchall" ? compile(catchall!, "in-place") : undefined;
  const hasOwn = Object.prototype.hasOwnProperty;
  /** Keys whose absence is not simply skipped (required, defaulted). */
  const isDecisive = (k: CompiledKey) => !(k.optin === "optional" && k.optout === "optional");
  const decisive = keys.filter(isDecisive);
  const byKey = new Map(keys.map((k) => [k.key, { compiled: k, decisive: isDecisive(k) }]));
  return (input) => {
    if (input === null || typeof input !== "object" || Array.isArray(input)) return FAIL;
    const record = input as Record<string, unknown>;
    let met = 0;
    for (const key in record) {
      // An inherited key (a polluted prototype): refused here, decided by the slow path.
      if (!hasOwn.call(record, key)) return FAIL;
      const known = byKey.get(key);
      if (known === undefined) {
        if (unknown === "strip") {
          delete record[key];
          continue;
        }
        if (unknown === "strict" || key === "__proto__") return FAIL;
        if (rest === undefined) continue;
      }
      const given = record[key];
      const value = known === undefined ? rest!(given) : known.compiled.parse(given);
      if (value === FAIL) return FAIL;
      if (value !== given) record[key] = value;
      if (known?.decisive) met++;
    }
    if (met < decisive.length) {
      for (let i = 0; i < decisive.length; i++) {
        const { key, parse, optin, optout } = decisive[i]!;
        if (hasOwn.call(record, key)) continue;
        const present = key in record;
        if (!present && optin === undefined) return FAIL;
        const value = parse(record[key]);
        if (value === FAIL) {
          if (optin !== undefined && optout === "optional" && !present) continue;
          return FAIL;
        }
        if (value !== undefined || present || (optin === "defaulted" && optout !== "optional")) record[key] = value;
      }
    }
    return record;
  };
}

/**
 * How many enumerable string keys an object has, counted without building their list. `for…in` also
 * meets inherited enumerable keys (a polluted `Object.prototype`): then the count is too high, the
 * fast path refuses, and the slow path, which decides every refused document, gives the answer.
 */
function ownKeyCount(record: object): number {
  let count = 0;
  for (const _ in record) count++;
  return count;
}

/** A schema this compiler does not model: zod parses that subtree. */
function viaZod(schema: ZodLike): FastParser {
  const zodSchema = schema as unknown as z.ZodType;
  return (input) => {
    const result = zodSchema.safeParse(input);
    return result.success ? result.data : FAIL;
  };
}

/**
 * Only the checks of a schema (its refinements, formats and bounds), as zod runs them after the
 * schema's own parse: for code that has parsed the node itself (the generated fast path).
 *
 * @param schema - a zod 4 schema
 * @returns a function giving the checked value, or {@link FAIL}
 */
export function compileChecks(schema: z.ZodType): FastParser {
  return withChecks(schema as unknown as ZodLike, (input) => input);
}
