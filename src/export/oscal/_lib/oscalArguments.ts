import { describeValue } from "../../../core/describeValue";
import { OscalError, type OscalIssue } from "../OscalError";
import { oscalIssue } from "./oscalIssue";

/**
 * The checks at the edge of every `isms-kit/oscal` writer: the options object and its text fields,
 * and the kind of the data argument. Problems are OscalErrors, like every other problem these
 * functions report, listed all at once.
 */

/** What is wrong with an options object: not an object, or a text field that is not a string. */
export function optionIssues(options: unknown, texts: readonly string[]): OscalIssue[] {
  if (options === undefined) return [];
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    return [oscalIssue(["options"], "invalid_type", `expected an options object; found ${describeValue(options)}`)];
  }
  return texts.flatMap((key) => {
    const value = (options as Record<string, unknown>)[key];
    return value === undefined || typeof value === "string" ? [] : [oscalIssue(["options", key], "invalid_type", `expected a string; found ${describeValue(value)}`)];
  });
}

/** The options, or `{}` when left out; an OscalError `summary` when they or their text fields are of the wrong type. */
export function readOscalOptions<T extends object>(options: T | undefined, texts: readonly (keyof T & string)[], summary: string): Partial<T> {
  const issues = optionIssues(options, texts);
  if (issues.length > 0) throw new OscalError(summary, issues);
  return options ?? {};
}

/** Whether `value` is an object whose `lists` are arrays and whose `texts` are strings. */
export function hasShape(value: unknown, shape: { readonly lists?: readonly string[]; readonly texts?: readonly string[]; readonly objects?: readonly string[] }): boolean {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return (
    (shape.lists ?? []).every((key) => Array.isArray(record[key])) &&
    (shape.texts ?? []).every((key) => typeof record[key] === "string") &&
    (shape.objects ?? []).every((key) => record[key] !== null && typeof record[key] === "object" && !Array.isArray(record[key]))
  );
}

/** An OscalError `summary` unless `value` (the argument `name`) has the shape; `expected` says what it should be. */
export function requireShape(value: unknown, name: string, shape: Parameters<typeof hasShape>[1], expected: string, summary: string): void {
  if (!hasShape(value, shape)) throw new OscalError(summary, [oscalIssue([name], "invalid_type", `expected ${expected}; found ${describeValue(value)}`)]);
}
