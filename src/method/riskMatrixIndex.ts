import { acceptanceLevelIssues } from "./acceptanceLevelIssues";
import { RiskMatrixDefinitionSchema, type RiskMatrixDefinition } from "./RiskMethodSchema";
import type { RiskMatrix } from "./RiskMatrix";
import { RiskMethodError, type RiskMethodIssue } from "./RiskMethodError";
import { deepFreeze } from "../core/deepFreeze";
import { describeValue } from "../core/describeValue";
import { safeParseWith } from "../core/fromZodIssues";
import { issue } from "../core/issue";

/** Lookups precomputed for a validated matrix. */
export interface RiskMatrixIndex {
  readonly likelihood: ReadonlyMap<string, number>;
  readonly impact: ReadonlyMap<string, number>;
  readonly levels: ReadonlyMap<string, number>;
}

const validated = new WeakMap<object, RiskMatrixIndex>();

function summaryFor(definition: unknown): string {
  const id = (definition as { id?: unknown } | null | undefined)?.id;
  return typeof id === "string" ? `Invalid risk matrix ${JSON.stringify(id)}` : "Invalid risk matrix";
}

/** Validates a definition (shape, then semantics) and returns a deep-frozen, indexed copy. */
export function buildRiskMatrix(definition: unknown): RiskMatrix {
  if (definition !== null && typeof definition === "object" && validated.has(definition)) {
    return definition as RiskMatrix;
  }
  const parsed = safeParseWith(RiskMatrixDefinitionSchema, definition);
  if (!parsed.success) throw new RiskMethodError(summaryFor(definition), parsed.issues);
  const matrix = parsed.data;
  const { issues, index } = checkSemantics(matrix);
  if (issues.length > 0) throw new RiskMethodError(summaryFor(matrix), issues);
  const frozen = deepFreeze(matrix) as RiskMatrix;
  validated.set(frozen, index);
  return frozen;
}

/** The lookups of a matrix; validates it first when it did not come from `defineRiskMatrix`. */
export function indexOf(matrix: RiskMatrix): RiskMatrixIndex {
  const known = validated.get(matrix);
  if (known !== undefined) return known;
  const built = buildRiskMatrix(matrix);
  const index = validated.get(built);
  if (index === undefined) throw new Error("unreachable: built matrix without index");
  return index;
}

type Axis = "likelihood" | "impact" | "levels";

function checkSemantics(matrix: RiskMatrixDefinition): { issues: RiskMethodIssue[]; index: RiskMatrixIndex } {
  const issues: RiskMethodIssue[] = [];
  const scales = {} as Record<Axis, Map<string, number>>;
  for (const axis of ["likelihood", "impact", "levels"] as const) {
    const map = new Map<string, number>();
    matrix[axis].forEach((entry, i) => {
      const first = map.get(entry.id);
      if (first !== undefined) {
        issues.push(
          issue([axis, i, "id"], "duplicate_id", `duplicate id ${describeValue(entry.id)} (already used by ${axis}[${first}])`),
        );
      } else {
        map.set(entry.id, i);
      }
    });
    checkValuesIncrease(matrix[axis], axis, issues);
    scales[axis] = map;
  }

  const levelCount = matrix.levels.length;
  const impactCount = matrix.impact.length;
  if (matrix.grid.length !== matrix.likelihood.length) {
    issues.push(
      issue(["grid"], "grid_shape", `expected ${matrix.likelihood.length} rows (one per likelihood entry, lowest first); found ${matrix.grid.length}`),
    );
  }
  const levelName = (index: number): string => `${describeValue(matrix.levels[index]?.id)} (${index})`;
  matrix.grid.forEach((row, l) => {
    if (row.length !== impactCount) {
      issues.push(
        issue(["grid", l], "grid_shape", `expected ${impactCount} cells (one per impact entry, lowest first); found ${row.length}`),
      );
    }
    row.forEach((cell, i) => {
      if (cell >= levelCount) {
        issues.push(
          issue(["grid", l, i], "level_out_of_range", `level index ${cell} is out of range (expected 0–${levelCount - 1})`),
        );
      }
    });
  });

  if (matrix.allowNonMonotonic !== true) {
    const grid = matrix.grid;
    grid.forEach((row, l) => {
      row.forEach((cell, i) => {
        if (cell >= levelCount) return;
        const left = i > 0 ? row[i - 1] : undefined;
        if (left !== undefined && left < levelCount && cell < left) {
          issues.push(
            issue(["grid", l, i], "non_monotonic", `level ${levelName(cell)} is lower than grid[${l}][${i - 1}] ${levelName(left)}; rows must not decrease along the impact axis (set allowNonMonotonic: true to allow)`),
          );
        }
        const below = l > 0 ? grid[l - 1]?.[i] : undefined;
        if (below !== undefined && below < levelCount && cell < below) {
          issues.push(
            issue(["grid", l, i], "non_monotonic", `level ${levelName(cell)} is lower than grid[${l - 1}][${i}] ${levelName(below)}; columns must not decrease along the likelihood axis (set allowNonMonotonic: true to allow)`),
          );
        }
      });
    });
  }

  for (const found of acceptanceLevelIssues(matrix.acceptance, [...scales.levels.keys()])) {
    issues.push(issue(["acceptance", ...found.path], "unknown_level", found.message));
  }
  return { issues, index: { likelihood: scales.likelihood, impact: scales.impact, levels: scales.levels } };
}

function checkValuesIncrease(
  entries: readonly { value?: number | undefined }[],
  axis: Axis,
  issues: RiskMethodIssue[],
): void {
  let previous: { value: number; index: number } | undefined;
  entries.forEach((entry, i) => {
    if (entry.value === undefined) return;
    if (previous !== undefined && entry.value <= previous.value) {
      issues.push(
        issue([axis, i, "value"], "scale_order", `value ${entry.value} is not greater than ${axis}[${previous.index}].value ${previous.value}; scales are listed from lowest to highest`),
      );
    }
    previous = { value: entry.value, index: i };
  });
}
