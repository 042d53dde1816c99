import type { IsmsParameter } from "../../model/resolveIsmsParameters";

/** `12 months`, `1 day`, `4 hours`: an amount of a parameter's unit. */
export function amountOf(value: number, unit: IsmsParameter["unit"]): string {
  return `${value} ${value === 1 ? unit.slice(0, -1) : unit}`;
}

/** A parameter for a message: `12 months (default)` or `6 months (the organisation's)`. */
export function describeParameter(parameter: IsmsParameter): string {
  return `${amountOf(parameter.value, parameter.unit)} (${parameter.source === "default" ? "default" : "the organisation's"})`;
}
