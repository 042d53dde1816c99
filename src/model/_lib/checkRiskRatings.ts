import type { IsmsIssue, IsmsIssueCode } from "../IsmsValidationError";
import { acceptanceLevelIssues } from "../../method/acceptanceLevelIssues";
import { defineRiskMatrix } from "../../method/defineRiskMatrix";
import { getRiskMatrixPreset } from "../../method/getRiskMatrixPreset";
import { riskMatrixPresets } from "../../method/riskMatrixPresets";
import type { RiskMatrix } from "../../method/RiskMatrix";
import { RiskMethodError } from "../../method/RiskMethodError";
import { didYouMean, didYouMeanHint } from "../../core/didYouMean";
import { toJsonPointer } from "../../core/jsonPointer";
import { walkPattern } from "../../core/walkPattern";

/** Every place that holds a rating `{ likelihood, impact, level? }` on the document's method. */
const RATING_PATTERNS = [
  "risks/*/inherent",
  "risks/*/residual",
  "risks/*/treatment/targetResidual",
  "risks/*/acceptance/acceptedRating",
] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const list = (ids: readonly { id: string }[]) => ids.map((s) => JSON.stringify(s.id)).join(", ");

/**
 * Checks the document's risk method (a known preset, or a valid embedded matrix, with acceptance
 * criteria naming one of its levels) and that every rating and asset valuation uses ids on its
 * scales, with any stated `level` matching the matrix. Safe on invalid input. All at once: a preset
 * with a typo is reported with the preset it most likely meant, and the ratings are still checked
 * against that preset; with both a preset and a matrix (which the schema reports), against the matrix.
 */
export function checkRiskRatings(doc: unknown): IsmsIssue[] {
  const issues: IsmsIssue[] = [];
  const add = (path: (string | number)[], code: IsmsIssueCode, message: string) =>
    issues.push({ path, pointer: toJsonPointer(path), code, message });
  if (!isRecord(doc) || !isRecord(doc.riskMethod)) return issues;
  const method = doc.riskMethod;

  let matrix: RiskMatrix | undefined;
  let assumed = "";
  if (typeof method.preset === "string" && !isRecord(method.matrix)) {
    matrix = getRiskMatrixPreset(method.preset);
    if (!matrix) {
      const names = Object.keys(riskMatrixPresets);
      const normalized = method.preset.trim().toLowerCase().replace(/[×*]/g, "x");
      const meant = names.includes(normalized) ? normalized : didYouMean(normalized, names);
      add(
        ["riskMethod", "preset"],
        "invalid_risk_method",
        `unknown preset ${JSON.stringify(method.preset)}${meant === undefined ? "" : ` (did you mean ${JSON.stringify(meant)}?)`} (expected one of ${names.map((n) => JSON.stringify(n)).join(", ")})`,
      );
      if (meant !== undefined) {
        matrix = getRiskMatrixPreset(meant);
        assumed = ` (checked against ${JSON.stringify(meant)}, the preset riskMethod.preset most likely means)`;
      }
    }
  } else if (isRecord(method.matrix)) {
    try {
      matrix = defineRiskMatrix(method.matrix as never);
    } catch (error) {
      if (!(error instanceof RiskMethodError)) throw error;
      for (const issue of error.issues) add(["riskMethod", "matrix", ...issue.path], "invalid_risk_method", issue.message);
    }
  }
  if (!matrix) return issues;

  const acceptance = method.acceptance;
  if (isRecord(acceptance)) {
    for (const found of acceptanceLevelIssues(acceptance as never, matrix.levels.map((l) => l.id), matrix.id)) {
      add(["riskMethod", "acceptance", ...found.path], "invalid_risk_method", found.message);
    }
  }

  const likelihood = new Map(matrix.likelihood.map((s, i) => [s.id, i]));
  const impact = new Map(matrix.impact.map((s, i) => [s.id, i]));
  // `field`: the key under the visited path, when the value is a field of it (no closure per rating).
  const onScale = (value: unknown, scale: Map<string, number>, path: () => (string | number)[], field: string | undefined, axis: string, entries: readonly { id: string }[]) => {
    if (typeof value !== "string" || scale.has(value)) return;
    add(field === undefined ? path() : [...path(), field], "invalid_rating", `${JSON.stringify(value)} is not on the ${axis} scale of risk matrix ${JSON.stringify(matrix.id)} (expected one of ${list(entries)})${didYouMeanHint(value, entries.map((e) => e.id))}${assumed}`);
  };

  for (const pattern of RATING_PATTERNS) {
    walkPattern(doc, pattern, (value, path) => {
      if (!isRecord(value)) return;
      onScale(value.likelihood, likelihood, path, "likelihood", "likelihood", matrix.likelihood);
      onScale(value.impact, impact, path, "impact", "impact", matrix.impact);
      const l = typeof value.likelihood === "string" ? likelihood.get(value.likelihood) : undefined;
      const i = typeof value.impact === "string" ? impact.get(value.impact) : undefined;
      if (typeof value.level === "string" && l !== undefined && i !== undefined) {
        const expected = matrix.levels[matrix.grid[l]![i]!]!.id;
        if (value.level !== expected) {
          add([...path(), "level"], "invalid_rating", `level ${JSON.stringify(value.level)} does not match the matrix: ${value.likelihood} × ${value.impact} is ${JSON.stringify(expected)}${assumed}`);
        }
      }
    });
  }
  for (const property of ["confidentiality", "integrity", "availability"] as const) {
    walkPattern(doc, `assets/*/valuation/${property}`, (value, path) => onScale(value, impact, path, undefined, "impact", matrix.impact));
  }
  return issues;
}
