import type { IsmsInput } from "../../../src/index";
import { conformantIsms } from "./conformantIsms";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;
const byId = (list: { id: string }[], id: string): Doc => list.find((x) => x.id === id)!;

/**
 * The conformant, certified Tiny Ltd (surveillance audit 1 held on 2026-10-12) with the lapses of
 * issue 13's "Done when": several on one requirement (6.1.3: an expired risk acceptance, an exclusion
 * justified by "N/A", a treatment plan its risk owner never approved), the certification body's
 * stage 2 nonconformity still open after surveillance audit 1 (its corrective action overdue), and no
 * management review since 2025-10-01 — before the surveillance audit, and more than the 12-month
 * interval and its slack ago.
 * `conformantIsms()` is its repaired twin.
 */
export function lapsedIsms(): IsmsInput {
  const d: Doc = structuredClone(conformantIsms());
  byId(d.risks, "risk-1").acceptance.expiresOn = "2026-10-01";
  byId(d.controls, "7.1").justification = "N/A";
  byId(d.treatmentPlans, "tp-2").approvals = [];
  const nc = byId(d.nonconformities, "nc-cb-1");
  nc.status = "in-progress";
  nc.correctiveActions[0] = { ...nc.correctiveActions[0], status: "in-progress", completedOn: undefined };
  delete nc.closedOn;
  delete nc.effectivenessReview;
  Object.assign(byId(d.managementReviews, "mr-1"), { plannedOn: "2025-10-01", heldOn: "2025-10-01" });
  return d as IsmsInput;
}
