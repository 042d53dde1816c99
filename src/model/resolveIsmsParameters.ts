import { argumentError } from "../core/arguments";
import { describeValue } from "../core/describeValue";
import { defaultIsmsParameters, type ResolvedIsmsParameters } from "./defaultIsmsParameters";
import type { IsmsParameters } from "./IsmsParametersSchema";

/**
 * The id of one organisation parameter: a field of {@link IsmsParametersSchema}, or a field and a
 * key for the parameters kept per severity or per evidence kind (`"vulnerabilityRemediationDays.high"`).
 *
 * @category Model
 * @example
 * ```ts
 * const id: IsmsParameterId = "incidentClosureDays.critical";
 * ```
 */
export type IsmsParameterId = {
  [K in keyof ResolvedIsmsParameters & string]: ResolvedIsmsParameters[K] extends number ? K : `${K}.${keyof ResolvedIsmsParameters[K] & string}`;
}[keyof ResolvedIsmsParameters & string];

/**
 * One organisation parameter in force: its value, its unit, and whether the organisation set it
 * (`"organization"`) or it is the documented default (`"default"`).
 *
 * @category Model
 * @example
 * ```ts
 * const p: IsmsParameter = { id: "managementReviewIntervalMonths", value: 6, unit: "months", source: "organization" };
 * ```
 */
export interface IsmsParameter {
  readonly id: IsmsParameterId;
  readonly value: number;
  readonly unit: "months" | "days" | "hours";
  readonly source: "organization" | "default";
}

const UNITS = [
  ["Months", "months"],
  ["Days", "days"],
  ["Hours", "hours"],
] as const;

function unitOf(key: string): IsmsParameter["unit"] {
  for (const [suffix, unit] of UNITS) if (key.endsWith(suffix)) return unit;
  /* c8 ignore next */
  throw new Error(`parameter ${key} has no unit suffix`);
}

/**
 * Resolves every organisation parameter of a document — the one place that says what value a rule
 * should use, and whether it is the organisation's own (`parameters` in the document) or the
 * documented default ({@link defaultIsmsParameters}). Keyed by {@link IsmsParameterId}, in the order
 * of the schema.
 *
 * @param isms - a document from {@link parseIsms}, or anything with an optional `parameters`
 * @returns every parameter, by id
 * @throws {@link ArgumentError} when `isms` is not an object
 * @category Model
 * @example
 * ```ts
 * const isms = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, parameters: { managementReviewIntervalMonths: 6 } });
 * const parameters = resolveIsmsParameters(isms);
 * parameters.managementReviewIntervalMonths
 * //=> { id: "managementReviewIntervalMonths", value: 6, unit: "months", source: "organization" }
 * parameters["vulnerabilityRemediationDays.high"]
 * //=> { id: "vulnerabilityRemediationDays.high", value: 90, unit: "days", source: "default" }
 * ```
 */
export function resolveIsmsParameters(isms: { readonly parameters?: IsmsParameters | undefined }): Readonly<Record<IsmsParameterId, IsmsParameter>> {
  if (isms === null || typeof isms !== "object") {
    throw argumentError("resolveIsmsParameters", ["isms"], "invalid_type", `expected an ISMS document (from parseIsms); found ${describeValue(isms)}`);
  }
  const own = (isms.parameters ?? {}) as Record<string, unknown>;
  const out: Record<string, IsmsParameter> = {};
  const add = (id: string, unit: IsmsParameter["unit"], given: unknown, fallback: number) => {
    out[id] = Object.freeze(
      typeof given === "number" ? { id: id as IsmsParameterId, value: given, unit, source: "organization" as const } : { id: id as IsmsParameterId, value: fallback, unit, source: "default" as const },
    );
  };
  for (const [key, fallback] of Object.entries(defaultIsmsParameters) as [string, number | Record<string, number>][]) {
    const unit = unitOf(key);
    if (typeof fallback === "number") {
      add(key, unit, own[key], fallback);
      continue;
    }
    const group = (own[key] ?? {}) as Record<string, unknown>;
    for (const [sub, value] of Object.entries(fallback)) add(`${key}.${sub}`, unit, group[sub], value);
  }
  return Object.freeze(out) as Readonly<Record<IsmsParameterId, IsmsParameter>>;
}
