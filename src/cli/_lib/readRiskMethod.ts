import { defineRiskMatrix, getRiskMatrixPreset, riskMatrixPresets, RiskMethodError, type RiskMatrix } from "isms-kit";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";
import { readJson } from "./readInput";

/** The issues of a RiskMethodError as detail lines: `/risks/3/inherent/likelihood: …`. */
export function riskMethodDetails(error: RiskMethodError): string[] {
  return error.issues.map((issue) => (issue.pointer === "" ? issue.message : `${issue.pointer}: ${issue.message}`));
}

/**
 * The `--method` option: a preset name (`5x5`, `nist-800-30` …) or the path of a JSON file holding a
 * risk matrix definition (`{ id, likelihood, impact, levels, grid }`), validated with defineRiskMatrix.
 */
export function readRiskMethod(value: string, io: CliIo, command: string): RiskMatrix | string {
  if (getRiskMatrixPreset(value) !== undefined) return value;
  let definition: unknown;
  try {
    definition = readJson(value, io);
  } catch (error) {
    // A bare name such as "6x6" was meant as a preset; a path such as "ours.json" as a file.
    if (error instanceof CliError && error.message.endsWith(": no such file") && !/[./\\]/.test(value)) {
      throw new CliError(`${command}: --method "${value}" is neither a preset (${Object.keys(riskMatrixPresets).join(", ")}) nor a file`);
    }
    throw error;
  }
  try {
    return defineRiskMatrix(definition as Parameters<typeof defineRiskMatrix>[0]);
  } catch (error) {
    if (!(error instanceof RiskMethodError)) throw error;
    throw new CliError(`${command}: ${value} is not a valid risk matrix: ${error.issues.length} problem${error.issues.length === 1 ? "" : "s"}`, {
      details: riskMethodDetails(error),
    });
  }
}
