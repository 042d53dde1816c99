import type { z } from "zod";
import { describeObjectShape, objectKeysAt, schemaAt } from "./describeSchema";
import { describeValue } from "./describeValue";
import { didYouMeanHint } from "./didYouMean";
import type { IsmsKitIssue } from "./IsmsKitError";
import { issue } from "./issue";
import type { JsonPath } from "./jsonPointer";

type ZodIssue = z.core.$ZodIssue;

/** Options of {@link fromZodIssues}. */
export interface FromZodIssuesOptions {
  /** Put before every path: where the checked value sits in what the caller was given. */
  readonly prefix?: JsonPath;
  /** Said after "unknown field "x"" (e.g. where tool-specific data goes); nothing when left out. */
  readonly unknownFieldHint?: string;
  /**
   * The schema the issues come from: with it, an unknown field gets a "did you mean" among the fields
   * allowed there, and a value of the wrong type the shape expected (`expected object {input, summary?}`).
   */
  readonly schema?: z.core.$ZodType;
}

/**
 * zod's issues as isms-kit issues, the one conversion every room uses:
 * - each unknown key is an issue of its own at the key (`__proto__` is `forbidden_key`);
 * - a custom issue may name its code in `params.code`;
 * - a union of objects keyed by a tag (`{ poisson: … } | { pert: … }`) reports the issues of the
 *   option the input chose, when exactly one option fits its keys;
 * - messages say what was expected and, when zod kept the input (`reportInput`), what was found:
 *   `missing required field (expected string)`, `expected number; found "3"`; zod's type names read
 *   as people say them (`int` is "a whole number");
 * - given the schema, an unknown field or enum value gets a "did you mean", and an object of the
 *   wrong type the shape that was expected.
 */
export function fromZodIssues<Code extends string = string>(issues: readonly ZodIssue[], options: FromZodIssuesOptions = {}): IsmsKitIssue<Code>[] {
  const out: IsmsKitIssue<string>[] = [];
  const prefix = options.prefix ?? [];
  const hint = options.unknownFieldHint === undefined ? "" : `: ${options.unknownFieldHint}`;
  const schema = options.schema;
  const convert = (list: readonly ZodIssue[], base: JsonPath, schemaBase: JsonPath | undefined): void => {
    for (const zodIssue of list) {
      const relative = zodIssue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
      const path = [...base, ...relative];
      const schemaPath = schemaBase === undefined ? undefined : [...schemaBase, ...relative];
      if (zodIssue.code === "unrecognized_keys") {
        const allowed = schema && schemaPath ? (objectKeysAt(schema, schemaPath) ?? []) : [];
        for (const key of zodIssue.keys) {
          out.push(
            key === "__proto__"
              ? issue([...path, key], "forbidden_key", 'the key "__proto__" is not allowed (it cannot be kept as data)')
              : issue([...path, key], "unrecognized_keys", `unknown field ${JSON.stringify(key)}${didYouMeanHint(key, allowed)}${hint}`),
          );
        }
        continue;
      }
      if (zodIssue.code === "invalid_union" && zodIssue.errors.length > 0) {
        const chosen = zodIssue.errors.filter((branch) => !branch.some(isTagMismatch));
        if (chosen.length === 1 && chosen[0] !== undefined) {
          // The branch's paths are relative to the union; its schema is not known here.
          convert(chosen[0], path, undefined);
          continue;
        }
      }
      if (zodIssue.code === "custom" && typeof zodIssue.params?.code === "string") {
        out.push(issue(path, zodIssue.params.code, zodIssue.message));
        continue;
      }
      const expected = schema && schemaPath && zodIssue.code === "invalid_type" && zodIssue.expected === "object" ? describeObjectShape(schemaAt(schema, schemaPath)) : undefined;
      out.push(issue(path, zodIssue.code, messageOf(zodIssue, expected)));
    }
  };
  convert(issues, prefix, []);
  return out as IsmsKitIssue<Code>[];
}

/**
 * The message of a zod issue: zod's own wording of a type problem is replaced by ours ("missing
 * required field", "expected X; found Y"); a schema's own message is kept; and "found …" is added
 * where zod kept the input and the message does not say it already.
 */
function messageOf(zodIssue: ZodIssue, shape?: string): string {
  const input = (zodIssue as { input?: unknown }).input;
  const isZodWording = /^Invalid input: expected /.test(zodIssue.message);
  const message = zodIssue.message.replace(/^Invalid input: /, "").replace(/\bexpected int\b/, "expected a whole number");
  if (zodIssue.code === "invalid_type" && isZodWording) {
    const expected = shape ?? TYPE_NAMES[zodIssue.expected] ?? zodIssue.expected;
    return input === undefined ? `missing required field (expected ${expected})` : `expected ${expected}; found ${describeValue(input)}`;
  }
  // zod keeps the input only when asked (`reportInput`); then a key that is there but undefined means missing.
  const kept = input !== undefined || "input" in zodIssue;
  if (zodIssue.code === "invalid_value" && kept && input === undefined) return `missing required field (${message.replace(/^Invalid option: /, "")})`;
  if (!/received|found/i.test(message) && kept && zodIssue.code !== "invalid_union") {
    const values = zodIssue.code === "invalid_value" ? zodIssue.values.filter((v): v is string => typeof v === "string") : [];
    const suggestion = typeof input === "string" && values.length > 0 ? suggestValue(input, values) : "";
    return `${message}; found ${describeValue(input)}${suggestion}`;
  }
  return message;
}

/**
 * A "did you mean" for an enum value. Numbers and versions (`2.0`, `5.38`) get none: a close number is
 * another value, not a typo; a control id written `A.8.4` gets `8.4`.
 */
function suggestValue(input: string, values: readonly string[]): string {
  const bare = input.replace(/^\s*A\s*\.?\s*(?=\d)/i, "").trim();
  if (/^[\d.\s]+$/.test(bare)) return bare !== input && values.includes(bare) ? ` (did you mean "${bare}"?)` : "";
  return didYouMeanHint(input, values);
}

/** zod's type names as a message says them. */
const TYPE_NAMES: Readonly<Record<string, string>> = { int: "a whole number" };

/** Whether a branch of a union failed only because the input is not that branch's kind. */
function isTagMismatch(zodIssue: ZodIssue): boolean {
  if (zodIssue.code === "unrecognized_keys" && zodIssue.path.length === 0) return true;
  if (zodIssue.code === "invalid_type" && zodIssue.path.length <= 1 && /received undefined$/.test(zodIssue.message)) return true;
  return zodIssue.code === "invalid_type" && zodIssue.path.length === 0;
}

/**
 * Parses `value` with `schema`: the data, or every issue. Parses fast first; only when the value is
 * invalid does it parse again keeping the inputs that the messages quote.
 */
export function safeParseWith<T extends z.ZodType, Code extends string = string>(
  schema: T,
  value: unknown,
  options: FromZodIssuesOptions = {},
): { success: true; data: z.output<T> } | { success: false; issues: IsmsKitIssue<Code>[] } {
  const fast = schema.safeParse(value);
  if (fast.success) return { success: true, data: fast.data };
  const slow = schema.safeParse(value, { reportInput: true });
  return { success: false, issues: fromZodIssues<Code>(slow.error?.issues ?? fast.error.issues, { schema, ...options }) };
}

/** Parses `value` with `schema` and returns the data, or throws the error `fail` makes of every issue. */
export function parseOrThrow<T extends z.ZodType>(
  schema: T,
  value: unknown,
  fail: (issues: IsmsKitIssue[]) => Error,
  options: FromZodIssuesOptions = {},
): z.output<T> {
  const result = safeParseWith(schema, value, options);
  if (result.success) return result.data;
  throw fail(result.issues);
}
