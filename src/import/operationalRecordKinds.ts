import { deepFreeze } from "../core/deepFreeze";
import { recordFields, type FieldType } from "./_lib/recordFields";
import { RECORD_KINDS } from "./_lib/recordKinds";
import type { OperationalRecordKind } from "./OperationalRecordKind";

/**
 * One field an import fills: its name as a column or JSON key (nested fields dotted: `cvss.score`),
 * what it holds, and whether every record needs it.
 *
 * @category Interop
 * @example
 * ```ts
 * const field: OperationalRecordField = { name: "identifiedOn", type: "date", required: false };
 * ```
 */
export interface OperationalRecordField {
  readonly name: string;
  /** `text`, `date` (YYYY-MM-DD), `date-time` (with its offset), `yes/no`, `number`, `whole number`, `one of a | b`, `list of …`, or `JSON`. */
  readonly type: string;
  readonly required: boolean;
}

/**
 * A kind of operational record and how it is imported: where its records go, the record they belong
 * to (and the column naming it) for the records kept inside another, and its fields.
 *
 * @category Interop
 * @example
 * ```ts
 * const info: OperationalRecordKindInfo = operationalRecordKinds.find((k) => k.kind === "logReviews")!;
 * [info.collection, info.parent?.list, info.parent?.key]
 * //=> ["logSources", "reviews", "logSourceId"]
 * ```
 */
export interface OperationalRecordKindInfo {
  readonly kind: OperationalRecordKind;
  readonly noun: string;
  /** The collection of the document the records go to (or, for records kept inside another, the collection of those). */
  readonly collection: string;
  readonly parent?: { readonly noun: string; readonly list: string; readonly key: string };
  readonly fields: readonly OperationalRecordField[];
}

function describeType(type: FieldType): string {
  switch (type.kind) {
    case "dateTime":
      return "date-time";
    case "boolean":
      return "yes/no";
    case "number":
      return type.integer ? "whole number" : "number";
    case "enum":
      return `one of ${type.values.join(" | ")}`;
    case "list":
      return `list of ${describeType(type.item)}`;
    case "json":
      return "JSON";
    default:
      return type.kind;
  }
}

/**
 * Every kind of operational record {@link importRecords} imports, with its fields as columns (of a
 * CSV or a sheet) or keys (of JSON lines): the incidents and their notifications, vulnerabilities,
 * systems, accounts, joiner/mover/leaver events, access reviews, log sources and their reviews,
 * monitoring use cases, time sources, backup jobs, restore tests, the services of the business impact
 * analysis, continuity exercises, threat-intelligence sources, reports and actions, configuration
 * baselines and their compliance results, cryptographic keys, endpoint coverage, releases and their
 * security tests, suppliers and their attestations.
 *
 * @category Interop
 * @example
 * ```ts
 * operationalRecordKinds.length
 * //=> 26
 * operationalRecordKinds.find((k) => k.kind === "restoreTests")?.fields.filter((f) => f.required).map((f) => f.name)
 * //=> ["id", "backupJobId", "performedOn", "result"]
 * ```
 */
export const operationalRecordKinds: readonly OperationalRecordKindInfo[] = deepFreeze(
  (Object.keys(RECORD_KINDS) as OperationalRecordKind[]).map((kind) => {
    const spec = RECORD_KINDS[kind];
    const child = "child" in spec ? spec.child : undefined;
    const fields = recordFields(spec.schema).map((f) => ({ name: f.name, type: describeType(f.type), required: f.required }));
    return {
      kind,
      noun: spec.noun,
      collection: spec.collection,
      ...(child === undefined ? {} : { parent: { noun: child.noun, list: child.list, key: child.key } }),
      fields: child === undefined ? fields : [{ name: child.key, type: "text", required: true }, ...fields],
    };
  }),
);
