import { mapTo2013 } from "../mappings/mapTo2013";
import type { z } from "zod";
import { toJsonPointer } from "../core/jsonPointer";
import { annexA } from "../catalog/annexA";
import { isAnnexA2013ControlId } from "../core/annexA2013ControlIds";
import { InclusionReasonSchema, type ControlRecord, type ImplementationStatus } from "../model/ControlSchema";
import { hasText, listNames, unique } from "../core/collections";
import { describeValue } from "../core/describeValue";
import { ControlDecision2013Schema, type ControlDecision2013 } from "./ControlDecision2013Schema";
import type { ControlTransition, SoaFrom2013Result, TransitionProblemCode } from "./SoaFrom2013Result";
import { TreatmentInputError, type TreatmentInputIssue } from "./TreatmentInputError";

const STATUS_ORDER: readonly ImplementationStatus[] = ["not-implemented", "planned", "partially-implemented", "implemented"];

/** The status of a merged control: the common one; partially implemented when part of it is; else the least advanced. */
function mergeStatus(statuses: readonly ImplementationStatus[]): ImplementationStatus | undefined {
  const distinct = unique(statuses);
  if (distinct.length <= 1) return distinct[0];
  if (distinct.includes("implemented") || distinct.includes("partially-implemented")) return "partially-implemented";
  return [...distinct].sort((a, b) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b))[0];
}

function validate(input: unknown): ControlDecision2013[] {
  const issue = (path: (string | number)[], code: string, message: string): TreatmentInputIssue => ({ path, pointer: toJsonPointer(path), code, message });
  if (!Array.isArray(input)) {
    throw new TreatmentInputError("Invalid 2013 decisions", [issue([], "invalid_type", `expected a list of 2013 decisions; found ${describeValue(input)}`)]);
  }
  const issues: TreatmentInputIssue[] = [];
  const decisions: ControlDecision2013[] = [];
  const first = new Map<string, number>();
  input.forEach((item: unknown, index) => {
    const result = ControlDecision2013Schema.safeParse(item);
    if (!result.success) {
      for (const zodIssue of result.error.issues as z.core.$ZodIssue[]) {
        const path = [index, ...zodIssue.path.map((segment) => (typeof segment === "number" ? segment : String(segment)))];
        const id = (item as { id?: unknown } | null)?.id;
        if (zodIssue.path.length === 1 && zodIssue.path[0] === "id" && typeof id === "string") {
          const hint = isAnnexA2013ControlId(`A.${id}`) ? ` (did you mean "A.${id}"?)` : "";
          issues.push(issue(path, "unknown_id", `expected an ISO/IEC 27001:2013 Annex A control id ("A.5.1.1" … "A.18.2.3"); found ${JSON.stringify(id)}${hint}`));
        } else {
          issues.push(issue(path, zodIssue.code, zodIssue.message));
        }
      }
      return;
    }
    const seen = first.get(result.data.id);
    if (seen !== undefined) {
      issues.push(issue([index, "id"], "duplicate_id", `duplicate decision for ${result.data.id} (first given at [${seen}])`));
      return;
    }
    first.set(result.data.id, index);
    decisions.push(result.data);
  });
  if (issues.length > 0) throw new TreatmentInputError("Invalid 2013 decisions", issues);
  return decisions;
}

/**
 * Drafts the ISO/IEC 27001:2022 control decisions of a Statement of Applicability from one written
 * against the 2013 Annex A, through the correspondence of ISO/IEC 27002:2022 Annex B. It drafts;
 * every decision still needs review, since many 2022 controls are broader than the 2013 controls
 * they replace.
 *
 * Merge rules, for each 2022 control and the 2013 controls it corresponds to:
 * - **new in 2022** (the 11 controls with no 2013 predecessor): `applicable: null`, problem
 *   `new-in-2022` ("new in 2022: needs a decision");
 * - **none decided**: `applicable: null`, problem `no-2013-decision`;
 * - **applicable** when any of them was applicable (problem `mixed-decisions` when others were
 *   excluded); **excluded** only when every one was decided and excluded; otherwise `null` with
 *   problem `partly-decided`;
 * - `justification`: the justifications of the decided 2013 controls, one per line, each prefixed
 *   with its 2013 id when the 2022 control merges several;
 * - `implementationStatus` (applicable only), from the included 2013 controls: the common status;
 *   `partially-implemented` when some part is implemented or partially implemented; else the least
 *   advanced;
 * - `reasons`: those of the included 2013 controls; `ownerId`: their owner when they share one;
 * - `notes` names the 2013 controls the draft was drawn from. `A.18.2.3` feeds both 5.36 and 8.8.
 *
 * @param decisions2013 - a list of `{ id: "A.9.2.3", applicable, justification?, implementationStatus?, reasons?, ownerId? }`
 * @returns draft records for the 93 controls (`controls`, ready for a document's `controls`), how
 *   each was drawn (`transitions`) and a summary
 * @throws {@link TreatmentInputError} listing every invalid entry with its path: unknown 2013 ids
 *   (`"9.2.3"` instead of `"A.9.2.3"`), duplicates, unknown keys, wrong types
 * @category Treatment
 * @example
 * ```ts
 * const result = soaFrom2013([
 *   { id: "A.9.2.2", applicable: true, justification: "Joiner-mover-leaver process", implementationStatus: "implemented" },
 *   { id: "A.9.2.5", applicable: true, justification: "Quarterly access reviews", implementationStatus: "planned" },
 *   { id: "A.9.2.6", applicable: true, implementationStatus: "implemented" },
 *   { id: "A.11.1.1", applicable: false, justification: "No premises of our own" },
 * ]);
 * const record = result.controls.find((c) => c.id === "5.18");
 * [record?.applicable, record?.implementationStatus, record?.justification];
 * //=> [true, "partially-implemented", "A.9.2.2: Joiner-mover-leaver process\nA.9.2.5: Quarterly access reviews"]
 * result.controls.find((c) => c.id === "7.1")?.applicable
 * //=> false
 * result.transitions.find((t) => t.controlId === "5.23")?.problems
 * //=> [{ code: "new-in-2022", message: "5.23: new in 2022: needs a decision" }]
 * ```
 */
export function soaFrom2013(decisions2013: readonly ControlDecision2013[]): SoaFrom2013Result {
  const decisions = new Map(validate(decisions2013).map((decision) => [decision.id as string, decision]));

  const controls: ControlRecord[] = [];
  const transitions: ControlTransition[] = annexA.controls.map((control): ControlTransition => {
    const problems: { code: TransitionProblemCode; message: string }[] = [];
    const add = (code: TransitionProblemCode, message: string) => problems.push({ code, message: `${control.id}: ${message}` });
    const sources = [...mapTo2013(control.id)];
    const decided = sources.flatMap((id) => {
      const decision = decisions.get(id);
      return decision !== undefined && decision.applicable !== null ? [decision] : [];
    });
    const undecided = sources.filter((id) => !decided.some((decision) => decision.id === id));
    const included = decided.filter((decision) => decision.applicable === true);
    const excluded = decided.filter((decision) => decision.applicable === false);

    let applicable: boolean | null = null;
    if (control.isNew) add("new-in-2022", "new in 2022: needs a decision");
    else if (decided.length === 0) add("no-2013-decision", `no decision for ${listNames(sources, false)} (2013): needs a decision`);
    else if (included.length > 0) {
      applicable = true;
      if (excluded.length > 0) {
        add(
          "mixed-decisions",
          `${listNames(included.map((d) => d.id), false)} included but ${listNames(excluded.map((d) => d.id), false)} excluded in 2013: check the merged control is justified as a whole`,
        );
      }
    } else if (undecided.length === 0) applicable = false;
    if (!control.isNew && decided.length > 0 && undecided.length > 0) {
      add("partly-decided", `no decision for ${listNames(undecided, false)} (2013), which it also covers${applicable === null ? ": needs a decision" : ""}`);
    }

    const basis = applicable === true ? included : decided;
    const texts = decided.filter((decision) => hasText(decision.justification));
    const justification = texts.map((d) => (sources.length > 1 ? `${d.id}: ${d.justification}` : (d.justification ?? ""))).join("\n");
    const status = applicable === true ? mergeStatus(included.flatMap((d) => d.implementationStatus ?? [])) : undefined;
    const owners = unique(basis.flatMap((d) => d.ownerId ?? []));
    const reasons = applicable === true ? InclusionReasonSchema.options.filter((r) => included.some((d) => d.reasons?.includes(r))) : [];

    const record: ControlRecord = {
      id: control.id,
      applicable,
      reasons,
      requirementIds: [],
      documentIds: [],
      evidenceIds: [],
      notes: control.isNew
        ? "New in ISO/IEC 27001:2022: needs a decision."
        : decided.length === 0
          ? `Not decided in the 2013 Statement of Applicability (${sources.join(", ")}).`
          : `Drafted from the ISO/IEC 27001:2013 decisions on ${decided.map((d) => d.id).join(", ")}.`,
    };
    if (justification !== "") record.justification = justification;
    if (status !== undefined) record.implementationStatus = status;
    if (owners.length === 1 && owners[0] !== undefined) record.ownerId = owners[0];
    controls.push(record);

    return {
      controlId: control.id,
      title: control.title,
      isNew: control.isNew,
      from2013: sources,
      decided2013: decided.map((d) => d.id),
      problems,
    };
  });

  const count = (value: boolean | null) => controls.filter((c) => c.applicable === value).length;
  return {
    controls,
    transitions,
    summary: {
      total: controls.length,
      applicable: count(true),
      excluded: count(false),
      undecided: count(null),
      new: transitions.filter((t) => t.isNew).length,
      needingAttention: transitions.filter((t) => t.problems.length > 0).length,
    },
  };
}
