import { pushTo, sortUniqueInPlace } from "../../core/collections";
import { InclusionReasonSchema, type InclusionReason } from "../../model/ControlSchema";
import type { Isms } from "../../model/IsmsSchema";

/**
 * Why the document selects a control, worked out in this one place for the Statement of
 * Applicability, its problems and every conformity rule that reads them (through the SoA rows).
 */
export interface ControlSelection {
  /** Open risks whose treatment names the control, in document order. */
  readonly riskIds: readonly string[];
  /** Requirements that name the control, plus those its record lists; sorted, each once. */
  readonly requirementIds: readonly string[];
  /**
   * The requirements that call for the control: those its record lists, and those that name it and
   * are addressed through the ISMS by an interested party that is relevant; sorted, each once.
   */
  readonly selectingRequirementIds: readonly string[];
  /** The inclusion reasons the selection implies: `risk-treatment`, and `legal`, `regulatory`, `contractual` by requirement type. */
  readonly impliedReasons: ReadonlySet<InclusionReason>;
}

const LINKING_TYPES = new Set<string>(["legal", "regulatory", "contractual"]);
/** The inclusion reasons in their fixed order. */
export const INCLUSION_REASONS = InclusionReasonSchema.options;

/** Builds the indexes once and returns the selection of each control on demand. */
export function createControlSelector(
  isms: Pick<Isms, "risks" | "interestedParties">,
): (controlId: string, ownRequirementIds: readonly string[]) => ControlSelection {
  const risksByControl = new Map<string, string[]>();
  for (let r = 0; r < isms.risks.length; r++) {
    const risk = isms.risks[r]!;
    const controlIds = risk.status === "open" ? risk.treatment?.controlIds : undefined;
    if (controlIds === undefined) continue;
    // Each control once per risk: indexed, with no set for the usual list without repeats.
    for (let k = 0; k < controlIds.length; k++) {
      const id = controlIds[k]!;
      if (controlIds.indexOf(id) === k) pushTo(risksByControl, id, risk.id);
    }
  }
  const requirements = new Map<string, { type: string; counts: boolean }>();
  const requirementsByControl = new Map<string, string[]>();
  for (const party of isms.interestedParties) {
    for (const requirement of party.requirements) {
      requirements.set(requirement.id, { type: requirement.type, counts: requirement.addressedThroughIsms && party.relevant !== false });
      for (const id of requirement.controlIds) pushTo(requirementsByControl, id, requirement.id);
    }
  }
  return (controlId, ownRequirementIds) => {
    const riskIds = risksByControl.get(controlId) ?? [];
    const own = new Set(ownRequirementIds);
    const requirementIds = sortUniqueInPlace([...own, ...(requirementsByControl.get(controlId) ?? [])]);
    const selectingRequirementIds = requirementIds.filter((id) => own.has(id) || requirements.get(id)?.counts === true);
    const impliedReasons = new Set<InclusionReason>();
    if (riskIds.length > 0) impliedReasons.add("risk-treatment");
    for (const id of selectingRequirementIds) {
      const type = requirements.get(id)?.type;
      if (type !== undefined && LINKING_TYPES.has(type)) impliedReasons.add(type as InclusionReason);
    }
    return { riskIds, requirementIds, selectingRequirementIds, impliedReasons };
  };
}
