import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { ActionSchema } from "./ActionSchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * A risk owner's approval of a treatment plan (6.1.3 f). It is kept apart from the acceptance of the
 * residual risk, which sits on each risk.
 *
 * @category Model
 * @example
 * ```ts
 * const a: PlanApproval = PlanApprovalSchema.parse({ approvedById: "p-cto", approvedOn: "2026-02-01" });
 * a.riskIds
 * //=> []
 * ```
 */
export const PlanApprovalSchema = z.strictObject(lazyShape(() => ({
  approvedById: RefSchema.meta({ description: "The risk owner who approved the plan (a people id; 6.1.3 f).", examples: ["p-cto"] }),
  approvedOn: IsoDateSchema.meta({ description: "When it was approved." }),
  riskIds: RefListSchema.meta({ description: "The risks the approval covers; empty means all the plan's risks the approver owns.", examples: [["r-ransomware"]] }),
})));
/**
 * The type of a plan approval, inferred from {@link PlanApprovalSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: PlanApproval = PlanApprovalSchema.parse({ approvedById: "p", approvedOn: "2026-01-01" });
 * PlanApprovalSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type PlanApproval = z.infer<typeof PlanApprovalSchema>;

/**
 * A risk treatment plan (6.1.3 e): the risks it treats, its actions with owners and due dates, and the
 * risk owners' approvals.
 *
 * @category Model
 * @example
 * ```ts
 * const plan: TreatmentPlan = TreatmentPlanSchema.parse({
 *   id: "tp-1",
 *   title: "Harden remote access",
 *   riskIds: ["risk-1"],
 *   actions: [{ id: "tp-1-a1", description: "Enforce MFA", ownerId: "p-it", dueDate: "2026-03-31", status: "open" }],
 * });
 * plan.approvals
 * //=> []
 * ```
 */
export const TreatmentPlanSchema = entitySchema(() => ({
  title: NonEmptyStringSchema.meta({ description: "The plan's name.", examples: ["Harden remote access"] }),
  riskIds: RefListSchema.meta({ description: "The risks it treats (risk ids).", examples: [["r-ransomware", "r-account-takeover"]] }),
  ownerId: RefSchema.optional().register(z.globalRegistry, { description: "Who is responsible for the plan (a people id).", examples: ["p-ciso"] }),
  createdOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was drawn up." }),
  actions: z.array(ActionSchema).default([]).register(z.globalRegistry, {
    description: "What will be done, by whom, by when.",
    examples: [[{ id: "tp-1-a1", description: "Replace the VPN with zero-trust access", ownerId: "p-it-lead", dueDate: "2026-09-30", status: "open" }]],
  }),
  approvals: z.array(PlanApprovalSchema).default([]).register(z.globalRegistry, { description: "The risk owners' approvals of the plan.", examples: [[{ approvedById: "p-cto", approvedOn: "2026-02-01" }]] }),
})).register(z.globalRegistry, { description: "6.1.3 e An information security risk treatment plan." });
/**
 * The type of a treatment plan, inferred from {@link TreatmentPlanSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: TreatmentPlan = TreatmentPlanSchema.parse({ id: "t", title: "x" });
 * TreatmentPlanSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type TreatmentPlan = z.infer<typeof TreatmentPlanSchema>;
