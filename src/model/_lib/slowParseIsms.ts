import { fromZodIssues } from "../../core/fromZodIssues";
import { IsmsSchema, type Isms } from "../IsmsSchema";
import { IsmsValidationError, type IsmsIssue, type IsmsIssueCode } from "../IsmsValidationError";
import { checkIsmsIntegrity } from "./checkIsmsIntegrity";
import { checkRiskRatings } from "./checkRiskRatings";

/** What an unknown field's message adds. */
const UNKNOWN_FIELD_HINT = 'the ISMS document has no such field here (keep tool-specific data under "extensions")';

/**
 * The slow path of validation: zod and the integrity checks, with every issue, its pointer and its
 * message. The fast path (`fastParseIsms`) sends here every document it does not accept.
 */
export function slowParseIsms(input: object): { readonly success: true; readonly data: Isms } | { readonly success: false; readonly error: IsmsValidationError } {
  // Parse once; only when the shape is wrong parse again keeping the inputs the messages quote.
  const shape = IsmsSchema.safeParse(input);
  const issues: IsmsIssue[] = shape.success
    ? []
    : fromZodIssues<IsmsIssueCode>(IsmsSchema.safeParse(input, { reportInput: true }).error?.issues ?? shape.error.issues, { unknownFieldHint: UNKNOWN_FIELD_HINT, schema: IsmsSchema });
  issues.push(...checkIsmsIntegrity(input), ...checkRiskRatings(input));
  if (issues.length > 0 || !shape.success) return { success: false, error: new IsmsValidationError("Invalid ISMS document", issues) };
  return { success: true, data: shape.data };
}
