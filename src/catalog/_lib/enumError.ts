import { describeValue, listValues } from "../../core/describeValue";

/** A zod error function for an enum: `expected one of "a", "b", "c"; found "x"`. */
export function enumError(values: readonly string[]): (issue: { input?: unknown }) => string {
  return (issue) => `expected one of ${listValues(values, values.length)}; found ${describeValue(issue.input)}`;
}
