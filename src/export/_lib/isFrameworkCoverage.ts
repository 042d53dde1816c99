import type { FrameworkCoverage } from "../../conformity/FrameworkCoverage";

/** Whether a value has the parts of a framework coverage the writers read (as assessFrameworkCoverage makes it). */
export function isFrameworkCoverage(value: unknown): value is FrameworkCoverage {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const c = value as Record<string, unknown>;
  const isObject = (v: unknown) => v !== null && typeof v === "object" && !Array.isArray(v);
  const framework = c["framework"] as Record<string, unknown> | undefined;
  return (
    isObject(framework) &&
    ["id", "name", "shortName"].every((key) => typeof framework?.[key] === "string") &&
    ["mappingId", "organization", "asOf"].every((key) => typeof c[key] === "string") &&
    isObject(c["counts"]) &&
    isObject(c["findingCounts"]) &&
    ["groups", "requirements", "openIsoRequirements", "findings"].every((key) => Array.isArray(c[key]))
  );
}
