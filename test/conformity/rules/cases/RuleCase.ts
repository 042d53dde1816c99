import type { ConformitySeverity, IsmsInput } from "../../../../src/index";

/** A document under test: the conformant fixture, loosely typed so that cases can change it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = any;

/**
 * One failing case of a rule: a change to a copy of the conformant fixture that makes the rule find
 * something, the severity expected, and a fragment of the message.
 */
export interface RuleCase {
  readonly rule: string;
  /** What the change does, in words (the test's name). */
  readonly when: string;
  /** Changes the copy in place, or returns a new document. */
  readonly change: (doc: Doc) => Doc | void;
  /**
   * Changes the parsed document, for data `parseIsms` itself rejects but a document validated
   * otherwise (`IsmsSchema.parse`, or built in code) may hold.
   */
  readonly afterParse?: (isms: Doc) => void;
  readonly severity: ConformitySeverity;
  readonly message: string;
}

export type { IsmsInput };

/** The entry of a collection with this id. */
export function byId(list: { id: string }[], id: string): Doc {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`fixture has no "${id}"`);
  return found;
}
