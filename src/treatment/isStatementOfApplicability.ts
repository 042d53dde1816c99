import type { StatementOfApplicability } from "./StatementOfApplicability";

/**
 * Whether a value has the shape of a {@link StatementOfApplicability} (metadata and a list of rows),
 * as {@link buildStatementOfApplicability} returns it — to check a value read back from JSON before
 * exporting or comparing it.
 *
 * @param value - any value
 * @returns `true` when `value` has `metadata` and `rows`
 * @category Treatment
 * @example
 * ```ts
 * isStatementOfApplicability(buildStatementOfApplicability(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } })))
 * //=> true
 * isStatementOfApplicability({ rows: "none" })
 * //=> false
 * ```
 */
export function isStatementOfApplicability(value: unknown): value is StatementOfApplicability {
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
  if (!isObject(value) || !Array.isArray(value["rows"]) || !isObject(value["summary"])) return false;
  const metadata = value["metadata"];
  return isObject(metadata) && typeof metadata["organization"] === "string" && isObject(metadata["catalog"]);
}
