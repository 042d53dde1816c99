import { acceptanceLevelIssues } from "../../method/acceptanceLevelIssues";
import { defineRiskMatrix } from "../../method/defineRiskMatrix";
import { getRiskMatrixPreset } from "../../method/getRiskMatrixPreset";
import type { RiskMatrix } from "../../method/RiskMatrix";
import { RiskMethodError } from "../../method/RiskMethodError";
import { indexOf } from "../../method/riskMatrixIndex";

/** A rating as the document's schema has it. */
interface Rating {
  readonly likelihood: string;
  readonly impact: string;
  readonly level?: string | undefined;
}

/** The parts of a document of valid shape that {@link riskRatingsFit} reads. */
export interface RatedDocument {
  readonly riskMethod?: object | undefined;
  readonly risks?: readonly {
    readonly inherent?: Rating | undefined;
    readonly residual?: Rating | undefined;
    readonly treatment?: { readonly targetResidual?: Rating | undefined } | undefined;
    readonly acceptance?: { readonly acceptedRating?: Rating | undefined } | undefined;
  }[] | undefined;
  readonly assets?: readonly { readonly valuation?: Readonly<Partial<Record<"confidentiality" | "integrity" | "availability", string>>> | undefined }[] | undefined;
}

/**
 * Whether `checkRiskRatings` would find nothing, for a document whose shape is valid: the fast
 * path's question, answered with one pass over the risks and one over the assets and no issue or
 * path built (`checkRiskRatings` walks the document seven times to say where each problem is). A
 * method that draws any issue answers `false`; the slow path then says why. Only the module
 * generated for Node.js carries it (see `FastIsmsParserModule.ratingsFit`): the browser bundles ask
 * `checkRiskRatings` and keep their size. A property test holds the two to the same answer.
 */
export function riskRatingsFit(doc: RatedDocument): boolean {
  const method = doc.riskMethod as Record<string, unknown> | undefined;
  if (!isRecord(method)) return true;
  const matrix = methodMatrix(method);
  if (matrix === false) return false;
  if (matrix === undefined) return true;
  // The matrix's own index of its steps (this module is Node.js's alone: the bundles do not carry it).
  const { likelihood, impact } = indexOf(matrix);
  const fit = (r: Rating | undefined): boolean => {
    if (r === undefined) return true;
    const l = likelihood.get(r.likelihood);
    const i = impact.get(r.impact);
    return l !== undefined && i !== undefined && (r.level === undefined || r.level === matrix.levels[matrix.grid[l]![i]!]!.id);
  };
  const valued = (step: string | undefined) => step === undefined || impact.has(step);
  return (
    (doc.risks ?? []).every((r) => fit(r.inherent) && fit(r.residual) && fit(r.treatment?.targetResidual) && fit(r.acceptance?.acceptedRating)) &&
    (doc.assets ?? []).every(({ valuation: v }) => v === undefined || (valued(v.confidentiality) && valued(v.integrity) && valued(v.availability)))
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * The matrix the method names, as `checkRiskRatings` finds it: `false` when the method itself draws
 * an issue there (an unknown preset, even one a typo of a known one; an invalid matrix; acceptance
 * criteria naming a level the matrix lacks), `undefined` when it names none.
 */
function methodMatrix(method: Record<string, unknown>): RiskMatrix | false | undefined {
  let matrix: RiskMatrix | undefined;
  if (typeof method["preset"] === "string" && !isRecord(method["matrix"])) {
    matrix = getRiskMatrixPreset(method["preset"]);
    if (matrix === undefined) return false;
  } else if (isRecord(method["matrix"])) {
    try {
      matrix = defineRiskMatrix(method["matrix"] as never);
    } catch (error) {
      if (!(error instanceof RiskMethodError)) throw error;
      return false;
    }
  }
  if (matrix === undefined) return undefined;
  const acceptance = method["acceptance"];
  if (isRecord(acceptance) && acceptanceLevelIssues(acceptance as never, matrix.levels.map((l) => l.id), matrix.id).length > 0) return false;
  return matrix;
}
