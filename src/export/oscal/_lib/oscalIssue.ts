import { toJsonPointer } from "../../../core/jsonPointer";
import type { OscalIssue, OscalIssueCode } from "../OscalError";

/** An OSCAL issue at `path`. */
export function oscalIssue(path: readonly (string | number)[], code: OscalIssueCode, message: string): OscalIssue {
  return { path: [...path], pointer: toJsonPointer(path), code, message };
}
