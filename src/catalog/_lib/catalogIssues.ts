import type { z } from "zod";
import { toJsonPointer } from "../../core/jsonPointer";
import type { CatalogIssue, CatalogIssueCode } from "../CatalogError";

/** A catalog issue at `path`. */
export function catalogIssue(path: readonly (string | number)[], code: CatalogIssueCode, message: string): CatalogIssue {
  return { path: [...path], pointer: toJsonPointer(path), code, message };
}

/** Converts zod's issues to catalog issues, under `prefix`; a custom issue may name its code in `params.code`. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): CatalogIssue[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path.filter((segment): segment is string | number => typeof segment !== "symbol")];
    const custom = issue.code === "custom" ? (issue.params as { code?: CatalogIssueCode } | undefined)?.code : undefined;
    return catalogIssue(path, custom ?? issue.code, issue.message);
  });
}
