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
    const what = error.message.split("\n")[0]?.split(/:| \(/)[0] ?? "Invalid risk method";
    throw new CliError(`${command}: cannot assess the risks of ${fileLabel(file)}: ${what} (${plural(error.issues.length, "problem")})`, {
      details: riskMethodDetails(error),
    });
  }
}
