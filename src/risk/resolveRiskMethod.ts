import type { Isms } from "../model/IsmsSchema";
import type { RiskAcceptanceCriteria } from "../method/RiskMethodSchema";
import { acceptanceLevelIssues } from "../method/acceptanceLevelIssues";
import { defineRiskMatrix } from "../method/defineRiskMatrix";
import { getRiskMatrixPreset } from "../method/getRiskMatrixPreset";
import { riskMatrixPresets } from "../method/riskMatrixPresets";
import type { RiskMatrix } from "../method/RiskMatrix";
import { RiskMethodError } from "../method/RiskMethodError";
import { argumentError, readOptions } from "../core/arguments";
import { describeValue } from "../core/describeValue";

/**
 * A risk method ready to score with: the validated matrix, the acceptance criteria in force (the
 * document's, else the matrix's own), and the assessment interval.
 *
 * @category Risk
 * @example
 * ```ts
 * const method: ResolvedRiskMethod = resolveRiskMethod({ riskMethod: { preset: "3x3" } });
 * method.matrix.id
 * //=> "3x3"
 * ```
 */
export interface ResolvedRiskMethod {
  /** Where the matrix came from: a named preset, the document's embedded matrix, or the caller. */
  readonly source: "preset" | "embedded" | "given";
  readonly matrix: RiskMatrix;
  readonly acceptance: Readonly<RiskAcceptanceCriteria> | undefined;
  readonly assessmentIntervalMonths: number | undefined;
}

/**
 * Options for {@link resolveRiskMethod} and the functions that score risks.
 *
 * @category Risk
 * @example
 * ```ts
 * const options: ResolveRiskMethodOptions = { method: "4x4" };
 * ```
 */
export interface ResolveRiskMethodOptions {
  /** Score with this method instead of the document's: a preset name or a matrix. */
  readonly method?: string | RiskMatrix | undefined;
}

/**
 * Resolves the risk method of a document (its `riskMethod`: a preset name or an embedded matrix), or
 * the one a caller gives instead, into a validated matrix with its acceptance criteria.
 *
 * @param isms - a document, or anything with an optional `riskMethod`
 * @param options - `method` overrides the document's method
 * @returns the matrix, the acceptance criteria in force and the assessment interval
 * @throws {@link RiskMethodError} when there is no method, the preset is unknown, the embedded matrix
 *   is invalid, or the acceptance criteria name a level the matrix does not have
 * @category Risk
 * @example
 * ```ts
 * const method = resolveRiskMethod({ riskMethod: { preset: "5x5", acceptance: { maxLevel: "medium" }, assessmentIntervalMonths: 6 } });
 * [method.source, method.acceptance?.maxLevel, method.assessmentIntervalMonths]
 * //=> ["preset", "medium", 6]
 * ```
 */
export function resolveRiskMethod(
  isms: Pick<Isms, "riskMethod">,
  options?: ResolveRiskMethodOptions,
): ResolvedRiskMethod {
  const given = readOptions(options, "resolveRiskMethod");
  if (isms === null || typeof isms !== "object" || Array.isArray(isms)) {
    throw argumentError("resolveRiskMethod", ["isms"], "invalid_type", `expected an ISMS document (from parseIsms); found ${describeValue(isms)}`);
  }
  const declared = isms.riskMethod;
  let matrix: RiskMatrix;
  let source: ResolvedRiskMethod["source"];
  const fail = (path: (string | number)[], code: string, message: string): never => {
    throw new RiskMethodError("Cannot resolve the risk method", [{ path, pointer: path.length ? `/${path.join("/")}` : "", code, message }]);
  };
  const presetOrFail = (name: string, path: (string | number)[]) =>
    getRiskMatrixPreset(name) ??
    fail(path, "unknown_preset", `unknown preset ${JSON.stringify(name)} (expected one of ${Object.keys(riskMatrixPresets).map((n) => JSON.stringify(n)).join(", ")})`);

  if (given.method !== undefined) {
    source = "given";
    matrix = typeof given.method === "string" ? presetOrFail(given.method, ["method"]) : defineRiskMatrix(given.method);
  } else if (declared?.preset !== undefined) {
    source = "preset";
    matrix = presetOrFail(declared.preset, ["riskMethod", "preset"]);
  } else if (declared?.matrix !== undefined) {
    source = "embedded";
    matrix = defineRiskMatrix(declared.matrix);
  } else {
    return fail(["riskMethod"], "missing_method", "the document has no riskMethod (a preset or a matrix) and no method was given");
  }
  const acceptance = declared?.acceptance ?? matrix.acceptance;
  const [problem] = acceptanceLevelIssues(acceptance, matrix.levels.map((l) => l.id), matrix.id);
  if (problem !== undefined) fail(["riskMethod", "acceptance", ...problem.path], "unknown_level", problem.message);
  // A copy: the result owns its data, so changing it never changes the document.
  return { source, matrix, acceptance: acceptance === undefined ? undefined : structuredClone(acceptance), assessmentIntervalMonths: declared?.assessmentIntervalMonths };
}
