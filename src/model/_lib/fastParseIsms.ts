import { IsmsSchema, type Isms } from "../IsmsSchema";
import { checkRiskRatings } from "./checkRiskRatings";
import { compileFastParser, FAIL, type FastParser, type FastParserMode } from "./compileFastParser";
import { scanIntegrity } from "./scanIntegrity";

const compiled: Partial<Record<FastParserMode, FastParser>> = {};

/**
 * The fast path of validation: the document, parsed, when its shape (the compiled `IsmsSchema`), its
 * integrity and its ratings are all valid; `undefined` otherwise, with no issue built (the slow path
 * then says what is wrong). The two paths agree on every document (a property test checks it).
 * `plainIds` says that no id can draw a warning (see `scanIntegrity`).
 *
 * In `"in-place"` mode the input itself is completed and returned (see `FastParserMode`): only for a
 * tree nobody else holds, and dropped by the caller when the answer is `undefined`.
 */
export function fastParseIsms(input: unknown, mode: FastParserMode = "copy"): { readonly data: Isms; readonly plainIds: boolean } | undefined {
  const parsed = (compiled[mode] ??= compileFastParser(IsmsSchema, mode))(input);
  if (parsed === FAIL) return undefined;
  const scan = scanIntegrity(parsed);
  if (scan === undefined || checkRiskRatings(parsed).length > 0) return undefined;
  return { data: parsed as Isms, plainIds: scan.plainIds };
}
