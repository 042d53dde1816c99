import { describeValue } from "../../core/describeValue";

/** A zod error function for an enum: `expected one of a, b, c; found "x"`. */
export function enumError(expected: string): (issue: { input?: unknown }) => string {
  return (issue) => `expected ${expected}; found ${describeValue(issue.input)}`;
}
