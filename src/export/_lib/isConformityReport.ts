import type { ConformityReport } from "../../conformity/ConformityReport";
import { isIsoDate } from "../../core/isoDate";

/** Whether a value has the parts of a conformity report the writers read (as checkConformity makes it). */
export function isConformityReport(value: unknown): value is ConformityReport {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  const isObject = (v: unknown) => v !== null && typeof v === "object" && !Array.isArray(v);
  const readiness = r["readiness"] as Record<string, unknown> | undefined;
  return (
    typeof r["organization"] === "string" &&
    isIsoDate(r["asOf"]) &&
    isObject(r["counts"]) &&
    isObject(readiness) &&
    isObject(readiness?.["stage1"]) &&
    isObject(readiness?.["stage2"]) &&
    ["findings", "clauses", "controls", "rules"].every((key) => Array.isArray(r[key]))
  );
}
