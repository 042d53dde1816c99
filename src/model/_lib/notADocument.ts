import { describeValue } from "../../core/describeValue";
import { IsmsValidationError } from "../IsmsValidationError";
import type { IsmsWarning } from "../IsmsWarning";

/** The outcome of validating an input that is not an object at all. */
export function notADocument(input: unknown): { readonly success: false; readonly error: IsmsValidationError; readonly warnings: readonly IsmsWarning[] } {
  return {
    success: false,
    error: new IsmsValidationError("Invalid ISMS document", [
      {
        path: [],
        pointer: "",
        code: "invalid_type",
        message: `expected an ISMS document (a JSON object); found ${describeValue(input)}`,
      },
    ]),
    warnings: [],
  };
}
