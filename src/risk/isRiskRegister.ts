import type { RiskRegister } from "./assessRisks";

/** Whether a value looks like a risk register from assessRisks: an object with its day and entries. */
export function isRiskRegister(value: unknown): value is RiskRegister {
  return value !== null && typeof value === "object" && typeof (value as { asOf?: unknown }).asOf === "string" && Array.isArray((value as { entries?: unknown }).entries);
}
