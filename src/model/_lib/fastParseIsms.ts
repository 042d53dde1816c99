import type * as z from "zod";
import { IsmsSchema, type Isms } from "../IsmsSchema";
import { checkRiskRatings } from "./checkRiskRatings";
import type { RatedDocument } from "./riskRatingsFit";
import { compileChecks, compileFastParser, FAIL, type FastParser, type FastParserMode } from "./compileFastParser";
import { fastIsmsParser } from "#fastIsmsParser";
import type { FastIsmsParserModule } from "./fastIsmsParserModule";
import { scanIntegrity, type IntegrityScan } from "./scanIntegrity";
import { findDependencyCycles } from "./findDependencyCycles";
import { isAnnexAControlId } from "../../core/annexAControlIds";
import { compareMoments } from "../../core/isoDateTime";

const compiled: Partial<Record<FastParserMode, FastParser>> = {};

// Typed from the generated file (tsconfig's paths); outside Node.js the package's import gives `undefined`.
const generatedModule = fastIsmsParser as FastIsmsParserModule | undefined;

/**
 * The validator of the document's shape for a mode, built on first use: on Node.js the generated
 * code, elsewhere the closures compiled from `IsmsSchema`.
 */
export function shapeParser(mode: FastParserMode): FastParser {
  return (compiled[mode] ??= generatedParser(mode));
}

/**
 * A validator for the mode: on Node.js, the code generated from `IsmsSchema` at build time (one
 * function per record type, reading its fields by name), the nodes it does not model handed to the
 * closures compiled from the same schema; elsewhere (`#fastIsmsParser` gives `undefined`), and
 * should a slot's path no longer lead to a node (the generated file's test fails first), the closures.
 */
function generatedParser(mode: FastParserMode): FastParser {
  if (generatedModule === undefined) return compileFastParser(IsmsSchema, mode);
  const generated = mode === "in-place" ? generatedModule.inPlace : generatedModule.copy;
  const slots: FastParser[] = [];
  for (const { path, use } of generated.slots) {
    const node = schemaAt(path);
    if (node === undefined) return compileFastParser(IsmsSchema, mode);
    slots.push(use === "parse" ? compileFastParser(node, mode) : compileChecks(node));
  }
  return generated.create(FAIL, slots);
}

/** The node of `IsmsSchema` at a path of zod's definitions (`shape` and a key, `innerType`, `element`). */
function schemaAt(path: readonly string[]): z.ZodType | undefined {
  let node: unknown = IsmsSchema;
  for (let i = 0; i < path.length && node !== undefined; i++) {
    const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    const step = path[i]!;
    node = step === "shape" ? (def?.["shape"] as Record<string, unknown> | undefined)?.[path[++i]!] : def?.[step];
  }
  return node as z.ZodType | undefined;
}

let scanner: ((doc: unknown) => IntegrityScan | undefined) | undefined;

/**
 * Whether the ratings fit the method: on Node.js one loop over the risks and the assets
 * (`riskRatingsFit`, carried by the generated module), elsewhere `checkRiskRatings`, which also
 * says where (the browser bundles keep their size); the same answers.
 */
const ratingsFit = generatedModule?.ratingsFit ?? ((doc: unknown) => checkRiskRatings(doc).length === 0);

/** A new integrity scanner: on Node.js the walk generated at build time, elsewhere `scanIntegrity`; the same answers. */
export function integrityScanner(): (doc: unknown) => IntegrityScan | undefined {
  return generatedModule === undefined ? scanIntegrity : generatedModule.scan.create({ isAnnexAControlId, compareMoments, findDependencyCycles });
}

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
  const parsed = shapeParser(mode)(input);
  if (parsed === FAIL) return undefined;
  const scan = (scanner ??= integrityScanner())(parsed);
  if (scan === undefined || !ratingsFit(parsed as RatedDocument)) return undefined;
  return { data: parsed as Isms, plainIds: scan.plainIds };
}
