import { assessRisks, RiskMethodError, type Isms, type RiskMatrix, type RiskRegister } from "isms-kit";
import { CliError } from "./CliError";
import { fileLabel } from "./loadIsms";
import { riskMethodDetails } from "./readRiskMethod";
import { plural } from "./text";

/** assessRisks, with a method that cannot be used, or ratings that do not fit it, reported as a CliError listing every problem. */
export function assessRegister(isms: Isms, file: string, asOf: string, method: RiskMatrix | string | undefined, command: string): RiskRegister {
  try {
    return assessRisks(isms, method === undefined ? { asOf } : { asOf, method });
  } catch (error) {
    if (!(error instanceof RiskMethodError)) throw error;
    throw new CliError(`${command}: cannot assess the risks of ${fileLabel(file)}: ${error.summary} (${plural(error.issues.length, "problem")})`, {
      details: riskMethodDetails(error),
    });
  }
}
