import type { z } from "zod";
import { RiskMethodError, type RiskMethodIssue } from "../RiskMethodError";

export type IssuePath = readonly (string | number)[];

/**
 * `["grid", 2, 3]` → `grid[2][3]`; `["likelihood", 1, "id"]` → `likelihood[1].id`; `[]` → root;
 * `[0, "id"]` → `root[0].id`.
 */
export function formatPath(path: IssuePath, root: string): string {
  let out = typeof path[0] === "number" ? root : "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (out === "") out = segment;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === "" ? root : out;
}

/** RFC 6901 JSON Pointer of a path. */
export function toPointer(path: IssuePath): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** An issue whose message starts with the formatted path. */
export function makeIssue(path: IssuePath, code: string, message: string, root: string): RiskMethodIssue {
  return { path: [...path], pointer: toPointer(path), code, message: `${formatPath(path, root)}: ${message}` };
}

/** `'likely'` — an id as shown in messages. */
export function quote(value: unknown): string {
  return typeof value === "string" ? `'${value}'` : describe(value);
}

/** A short description of any value for "found …" parts of messages. */
export function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "string") return `'${value}'`;
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

/** `'a', 'b', 'c'` (at most `max` shown). */
export function listIds(ids: readonly string[], max = 12): string {
  const shown = ids.slice(0, max).map((id) => `'${id}'`);
  return ids.length > max ? `${shown.join(", ")}, … (${ids.length} in all)` : shown.join(", ");
}

type ZodIssue = z.core.$ZodIssue;

/**
 * Converts zod issues to our issues. A union whose options are objects keyed by a tag
 * (`{ poisson: … } | { pert: … }`) reports the issues of the option the input chose, when exactly
 * one option matches the input's keys.
 */
export function fromZodIssues(issues: readonly ZodIssue[], root: string, prefix: IssuePath = []): RiskMethodIssue[] {
  const out: RiskMethodIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.filter((s): s is string | number => typeof s !== "symbol")];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const chosen = issue.errors.filter((branch) => !branch.some(isTagMismatch));
      if (chosen.length === 1 && chosen[0] !== undefined) {
        out.push(...fromZodIssues(chosen[0], root, path));
        continue;
      }
    }
    out.push(makeIssue(path, issue.code, issue.message.replace(/^Invalid input: /, ""), root));
  }
  return out;
}

function isTagMismatch(issue: ZodIssue): boolean {
  if (issue.code === "unrecognized_keys" && issue.path.length === 0) return true;
  if (issue.code === "invalid_type" && issue.path.length <= 1 && /received undefined$/.test(issue.message)) return true;
  return issue.code === "invalid_type" && issue.path.length === 0;
}

/** Parses with a zod schema; throws a RiskMethodError listing every issue. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, root: string, summary: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new RiskMethodError(fromZodIssues(result.error.issues, root), summary);
}
