import { describe, expect, it } from "vitest";
import { defaultGradingPolicy, type Action, type Evidence } from "../../../src/index";
import { assessableClauseIds, expandClauses } from "../../../src/conformity/_lib/clauseTree";
import { evidenceState, isOverdueAction, shiftDays } from "../../../src/conformity/_lib/dates";
import { gradeItems, isSystemic } from "../../../src/conformity/_lib/grading";
import { comparePointers, pointer } from "../../../src/conformity/_lib/pointers";
import { listForMessage, plural } from "../../../src/conformity/_lib/text";

describe("conformity helpers", () => {
  it("order JSON Pointers as the document does, indices numerically", () => {
    const sorted = ["/risks/10", "/risks/2/ownerId", "", "/controls/1", "/risks/2", "/risks/a"].sort(comparePointers);
    expect(sorted).toEqual(["", "/controls/1", "/risks/2", "/risks/2/ownerId", "/risks/10", "/risks/a"]);
    expect(pointer("documents", 3, "a/b~c")).toBe("/documents/3/a~1b~0c");
  });

  it("tell a pattern from an isolated lapse: more than a quarter, and at least three", () => {
    const policy = defaultGradingPolicy;
    expect(isSystemic(2, 4, policy)).toBe(false);
    expect(isSystemic(1, 2, policy)).toBe(false);
    expect(isSystemic(3, 12, policy)).toBe(false);
    expect(isSystemic(3, 11, policy)).toBe(true);
    expect(isSystemic(3, 11, { ...policy, systemic: { share: 0.25, minimumAffected: 4 } })).toBe(false);
    const per = (n: number) => ({ message: `item ${n}`, refs: [`/x/${n}`] });
    const all = (items: readonly number[]) => ({ message: `${items.length} items`, refs: ["/x"] });
    expect(gradeItems([1], 10, policy, per, all)).toEqual([per(1)]);
    expect(gradeItems([1, 2, 3], 10, policy, per, all)).toEqual([{ message: "3 items", refs: ["/x"], severity: "major" }]);
    expect(gradeItems([], 10, policy, per, all)).toEqual([]);
  });

  it("expand heading clauses to the clauses under them", () => {
    expect([...expandClauses(["9.2"])]).toEqual(["9.2", "9.2.1", "9.2.2"]);
    expect(expandClauses(["4", "5", "6", "7", "8", "9", "10"]).size).toBe(41);
    expect(assessableClauseIds).toHaveLength(30);
  });

  it("write lists and counts for messages", () => {
    expect(listForMessage(["a"])).toBe("a");
    expect(listForMessage(["a", "b", "c"])).toBe("a, b and c");
    expect(listForMessage(["a", "b", "c", "d"], 2)).toBe("a, b … and 2 more");
    expect(plural(1, "risk")).toBe("1 risk");
    expect(plural(2, "nonconformity", "nonconformities")).toBe("2 nonconformities");
  });

  it("judge evidence, actions and days on asOf", () => {
    const evidence: Evidence = { id: "e", title: "E", kind: "record", controlIds: [], clauseIds: [], documentIds: [], collectedOn: "2026-01-01", validUntil: "2026-06-30" };
    expect(evidenceState(evidence, "2026-06-30", 1)).toBe("valid");
    expect(evidenceState(evidence, "2026-07-01", 120)).toBe("expired");
    expect(evidenceState(evidence, "2025-12-31", 12)).toBe("future");
    const undated: Evidence = { ...evidence, validUntil: undefined };
    expect(evidenceState(undated, "2026-12-31", 12)).toBe("valid");
    expect(evidenceState(undated, "2027-01-02", 12)).toBe("expired");
    const action: Action = { id: "a", description: "d", controlIds: [], status: "in-progress", dueDate: "2026-03-01" };
    expect(isOverdueAction(action, "2026-03-01")).toBe(false);
    expect(isOverdueAction(action, "2026-03-02")).toBe(true);
    expect(isOverdueAction({ ...action, status: "done" }, "2027-01-01")).toBe(false);
    expect(shiftDays("2024-03-01", -1)).toBe("2024-02-29");
  });
});
