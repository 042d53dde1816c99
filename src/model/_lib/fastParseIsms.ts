import { IsmsSchema, type Isms } from "../IsmsSchema";
import { checkRiskRatings } from "./checkRiskRatings";
import { compileFastParser, FAIL, type FastParser } from "./compileFastParser";
import { isIntegrityClean } from "./isIntegrityClean";

let compiled: FastParser | undefined;

/**
 * The fast path of validation: the document, parsed, when its shape (the compiled `IsmsSchema`), its
 * integrity and its ratings are all valid; `undefined` otherwise, with no issue built (the slow path
 * then says what is wrong). The two paths agree on every document (a property test checks it).
 */
export function fastParseIsms(input: unknown): Isms | undefined {
  const parsed = (compiled ??= compileFastParser(IsmsSchema))(input);
  if (parsed === FAIL || !isIntegrityClean(parsed) || checkRiskRatings(parsed).length > 0) return undefined;
  return parsed as Isms;
}
