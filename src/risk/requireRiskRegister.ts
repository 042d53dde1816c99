import { argumentError } from "../core/arguments";
import { describeValue } from "../core/describeValue";
import type { RiskRegister } from "./assessRisks";

/** Whether a value looks like a risk register from assessRisks: an object with its day and entries. */
function isRiskRegister(value: unknown): value is RiskRegister {
  return value !== null && typeof value === "object" && typeof (value as { asOf?: unknown }).asOf === "string" && Array.isArray((value as { entries?: unknown }).entries);
}

/**
 * The `riskRegister` option of `fn` when one is given: a register from assessRisks, drawn up for
 * `asOf` (an `ArgumentError` at `/options/riskRegister` otherwise); `undefined` when none is.
 */
export function requireRiskRegister(value: unknown, fn: string, asOf: string): RiskRegister | undefined {
  if (value === undefined) return undefined;
  if (!isRiskRegister(value)) throw argumentError(fn, ["options", "riskRegister"], "invalid_type", `expected a risk register from assessRisks; found ${describeValue(value)}`);
  if (value.asOf !== asOf) throw argumentError(fn, ["options", "riskRegister"], "invalid_value", `drawn up for ${value.asOf}, not for asOf ${asOf}`);
  return value;
}
