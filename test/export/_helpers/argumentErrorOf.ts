import { ArgumentError, type ArgumentIssue } from "../../../src/index";

/**
 * The ArgumentError an export function throws for one problem, to compare with `toThrow(…)` (which
 * checks the class, the message and every issue).
 */
export function argumentErrorOf(fn: string, pointer: string, code: ArgumentIssue["code"], message: string): ArgumentError {
  const path = pointer
    .split("/")
    .slice(1)
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  return new ArgumentError(`Invalid arguments to ${fn}`, [{ path, pointer, code, message }]);
}

/** The columns an unknown-column message lists (JSON-quoted), in the order soaToTable knows them. */
export const knownColumns =
  '"controlId", "title", "theme", "source", "applicable", "reasons", "derivedReasons", "justification", "implementationStatus", "owner", "riskIds", "requirementIds", "documentIds", "evidenceIds", "relatedControlIds", "implementedOn", "plannedImplementationDate", "lastReviewedOn", "problems"';
