import type { z } from "zod";
import { describeValue } from "./describeValue";
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
}

/**
 * zod's issues as isms-kit issues, the one conversion every room uses:
 * - each unknown key is an issue of its own at the key (`__proto__` is `forbidden_key`);
 * - a custom issue may name its code in `params.code`;
 * - a union of objects keyed by a tag (`{ poisson: … } | { pert: … }`) reports the issues of the
 *   option the input chose, when exactly one option fits its keys;
 * - messages say what was expected and, when zod kept the input (`reportInput`), what was found:
 *   `missing required field (expected string)`, `expected number; found "3"`.
 */
export function fromZodIssues<Code extends string = string>(issues: readonly ZodIssue[], options: FromZodIssuesOptions = {}): IsmsKitIssue<Code>[] {
  const out: IsmsKitIssue<string>[] = [];
  const prefix = options.prefix ?? [];
  const hint = options.unknownFieldHint === undefined ? "" : `: ${options.unknownFieldHint}`;
  const convert = (list: readonly ZodIssue[], base: JsonPath): void => {
    for (const zodIssue of list) {
      const path = [...base, ...zodIssue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
      if (zodIssue.code === "unrecognized_keys") {
        for (const key of zodIssue.keys) {
          out.push(
            key === "__proto__"
              ? issue([...path, key], "forbidden_key", 'the key "__proto__" is not allowed (it cannot be kept as data)')
              : issue([...path, key], "unrecognized_keys", `unknown field ${JSON.stringify(key)}${hint}`),
          );
        }
        continue;
      }
      if (zodIssue.code === "invalid_union" && zodIssue.errors.length > 0) {
        const chosen = zodIssue.errors.filter((branch) => !branch.some(isTagMismatch));
        if (chosen.length === 1 && chosen[0] !== undefined) {
          convert(chosen[0], path);
          continue;
        }
      }
      if (zodIssue.code === "custom" && typeof zodIssue.params?.code === "string") {
        out.push(issue(path, zodIssue.params.code, zodIssue.message));
        continue;
      }
      out.push(issue(path, zodIssue.code, messageOf(zodIssue)));
    }
  };
  convert(issues, prefix);
  return out as IsmsKitIssue<Code>[];
}

/**
 * The message of a zod issue: zod's own wording of a type problem is replaced by ours ("missing
 * required field", "expected X; found Y"); a schema's own message is kept; and "found …" is added
 * where zod kept the input and the message does not say it already.
 */
function messageOf(zodIssue: ZodIssue): string {
  const input = (zodIssue as { input?: unknown }).input;
  const isZodWording = /^Invalid input: expected /.test(zodIssue.message);
  const message = zodIssue.message.replace(/^Invalid input: /, "");
  if (zodIssue.code === "invalid_type" && isZodWording) {
    return input === undefined ? `missing required field (expected ${zodIssue.expected})` : `expected ${zodIssue.expected}; found ${describeValue(input)}`;
  }
  // zod keeps the input only when asked (`reportInput`); then a key that is there but undefined means missing.
  const kept = input !== undefined || "input" in zodIssue;
  if (!/received|found/i.test(message) && kept && zodIssue.code !== "invalid_union") return `${message}; found ${describeValue(input)}`;
  return message;
}

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
  return { success: false, issues: fromZodIssues<Code>(slow.error?.issues ?? fast.error.issues, options) };
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
