import { argumentError } from "../core/arguments";
import { describeValue } from "../core/describeValue";
import { isStatementOfApplicability } from "./isStatementOfApplicability";
import type { SoaDiff, SoaFieldChange, SoaMetadataField, SoaRowChange, SoaRowField } from "./SoaDiff";
import type { SoaRow } from "./SoaRow";
import type { StatementOfApplicability } from "./StatementOfApplicability";

const ROW_FIELDS: readonly SoaRowField[] = [
  "title",
  "applicable",
  "reasons",
  "justification",
  "implementationStatus",
  "ownerId",
  "riskIds",
  "plannedImplementationDate",
  "implementedOn",
];
const METADATA_FIELDS: readonly SoaMetadataField[] = ["title", "organization", "version", "date", "approvedById", "approvedOn"];
/** Lists whose order carries no meaning. */
const SETS = new Set<SoaRowField>(["reasons", "riskIds"]);

type Value = SoaFieldChange["before"];

function same(a: Value, b: Value, asSet: boolean): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    const [x, y] = asSet ? [[...a].sort(), [...b].sort()] : [a, b];
    return x.every((value, i) => value === y[i]);
  }
  return a === b || (a === undefined && b === "") || (a === "" && b === undefined);
}

const copy = (value: Value): Value => (Array.isArray(value) ? [...value] : value);

/**
 * Compares two versions of a Statement of Applicability — for a surveillance audit, or before
 * approving a new version: metadata changes (title, organisation, version, date, approver), rows
 * added and removed (matched by control id), and for rows in both the fields that changed: title,
 * applicable, reasons, justification, implementation status, owner, the risks treated, and the
 * planned and actual implementation dates. Reasons and risks compare as sets. A missing text and an
 * empty one are the same. The order is deterministic: the later version's row order, fields in the
 * order above.
 *
 * @param before - the earlier version, from {@link buildStatementOfApplicability}
 * @param after - the later version
 * @returns the differences; `identical` when there are none
 * @throws {@link ArgumentError} when either argument is not a Statement of Applicability
 * @category Treatment
 * @example
 * ```ts
 * const isms = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, controls: [{ id: "8.12", applicable: true, implementationStatus: "planned" }] });
 * const v1 = buildStatementOfApplicability(isms, { version: "1.0" });
 * const v2 = buildStatementOfApplicability({ ...isms, controls: [{ ...isms.controls[0]!, implementationStatus: "implemented" }] }, { version: "1.1" });
 * const diff = diffStatementsOfApplicability(v1, v2);
 * diff.metadata
 * //=> [{ field: "version", before: "1.0", after: "1.1" }]
 * diff.changed
 * //=> [{ controlId: "8.12", title: "Data leakage prevention", changes: [{ field: "implementationStatus", before: "planned", after: "implemented" }] }]
 * ```
 */
export function diffStatementsOfApplicability(before: StatementOfApplicability, after: StatementOfApplicability): SoaDiff {
  for (const [name, value] of [["before", before], ["after", after]] as const) {
    if (!isStatementOfApplicability(value)) {
      throw argumentError("diffStatementsOfApplicability", [name], "invalid_type", `expected a Statement of Applicability from buildStatementOfApplicability; found ${describeValue(value)}`);
    }
  }

  const metadata: SoaFieldChange<SoaMetadataField>[] = [];
  for (const field of METADATA_FIELDS) {
    const a = before.metadata[field];
    const b = after.metadata[field];
    if (!same(a, b, false)) metadata.push({ field, before: a, after: b });
  }

  const earlier = new Map<string, SoaRow>(before.rows.map((row) => [row.controlId, row]));
  const later = new Set(after.rows.map((row) => row.controlId));
  const ref = (row: SoaRow) => ({ controlId: row.controlId, title: row.title, applicable: row.applicable });
  const added = after.rows.filter((row) => !earlier.has(row.controlId)).map(ref);
  const removed = before.rows.filter((row) => !later.has(row.controlId)).map(ref);

  const changed: SoaRowChange[] = [];
  let unchanged = 0;
  for (const row of after.rows) {
    const old = earlier.get(row.controlId);
    if (old === undefined) continue;
    const changes: SoaFieldChange<SoaRowField>[] = [];
    for (const field of ROW_FIELDS) {
      const a = old[field] as Value;
      const b = row[field] as Value;
      if (!same(a, b, SETS.has(field))) changes.push({ field, before: copy(a), after: copy(b) });
    }
    if (changes.length === 0) unchanged++;
    else changed.push({ controlId: row.controlId, title: row.title, changes });
  }

  return {
    metadata,
    added,
    removed,
    changed,
    unchanged,
    identical: metadata.length === 0 && added.length === 0 && removed.length === 0 && changed.length === 0,
  };
}
