import { IsmsSchema, type Isms } from "../IsmsSchema";
import { checkRiskRatings } from "./checkRiskRatings";
import { compileFastParser, FAIL, type FastParser } from "./compileFastParser";
import { scanIntegrity } from "./scanIntegrity";

let compiled: FastParser | undefined;

/**
 * The fast path of validation: the document, parsed, when its shape (the compiled `IsmsSchema`), its
 * integrity and its ratings are all valid; `undefined` otherwise, with no issue built (the slow path
 * then says what is wrong). The two paths agree on every document (a property test checks it).
 * `plainIds` says that no id can draw a warning (see `scanIntegrity`).
 */
export function fastParseIsms(input: unknown): { readonly data: Isms; readonly plainIds: boolean } | undefined {
  const parsed = (compiled ??= compileFastParser(IsmsSchema))(input);
  if (parsed === FAIL) return undefined;
  const scan = scanIntegrity(parsed);
  if (scan === undefined || checkRiskRatings(parsed).length > 0) return undefined;
  return { data: parsed as Isms, plainIds: scan.plainIds };
}
