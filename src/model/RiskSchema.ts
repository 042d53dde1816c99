import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema, SecurityPropertySchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * A risk rating: a likelihood and an impact, as ids on the risk method's scales. `level` is optional;
 * when given it must agree with the level the method's matrix gives.
 *
 * @category Model
 * @example
 * ```ts
 * const r: RiskRating = { likelihood: "likely", impact: "major" };
 * ```
 */
export const RiskRatingSchema = z.strictObject(lazyShape(() => ({
  likelihood: NonEmptyStringSchema.meta({ description: "A step of the risk method's likelihood scale (its id).", examples: ["likely"] }),
  impact: NonEmptyStringSchema.meta({ description: "A step of the risk method's impact scale (its id).", examples: ["major"] }),
  level: NonEmptyStringSchema.optional().register(z.globalRegistry, { description: "The risk level, when stated; it must be the matrix's level for this likelihood and impact.", examples: ["high"] }),
}))).register(z.globalRegistry, { description: "A rating on the risk method's scales: a likelihood step and an impact step, and optionally the level they give.", examples: [{ likelihood: "likely", impact: "major" }] });
/**
 * The type of a risk rating, inferred from {@link RiskRatingSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: RiskRating = RiskRatingSchema.parse({ likelihood: "a", impact: "b" });
 * RiskRatingSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type RiskRating = z.infer<typeof RiskRatingSchema>;

/**
 * The risk treatment options of ISO/IEC 27005:2022: `modify` the risk with controls, `retain` it,
 * `avoid` it by giving up the activity, or `share` it with another party.
 *
 * @category Model
 * @example
 * ```ts
 * TreatmentOptionSchema.options
 * //=> ["modify", "retain", "avoid", "share"]
 * ```
 */
export const TreatmentOptionSchema = z
  .enum(["modify", "retain", "avoid", "share"])
  .register(z.globalRegistry, { description: "How a risk is treated: modify it with controls, retain (accept) it, avoid the activity, or share it with another party.", examples: ["modify"] });
/**
 * The type of a treatment option, inferred from {@link TreatmentOptionSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: TreatmentOption = TreatmentOptionSchema.parse("share");
 * TreatmentOptionSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type TreatmentOption = z.infer<typeof TreatmentOptionSchema>;

/**
 * How a risk is treated (6.1.3): the option, the controls selected, and what the option implies
 * (who the risk is shared with, which activity is given up), with the residual rating expected
 * once treatment is complete.
 *
 * @category Model
 * @example
 * ```ts
 * const t: RiskTreatment = RiskTreatmentSchema.parse({ option: "modify", controlIds: ["8.7", "8.13"] });
 * t.controlIds
 * //=> ["8.7", "8.13"]
 * ```
 */
export const RiskTreatmentSchema = z.strictObject(lazyShape(() => ({
  option: TreatmentOptionSchema,
  controlIds: RefListSchema.meta({ description: "Selected controls: Annex A ids or the organisation's own control ids.", examples: [["8.7", "8.13"]] }),
  rationale: z.string().optional().register(z.globalRegistry, { description: "Why this option and these controls.", examples: ["Backups and malware protection cut both likelihood and impact"] }),
  sharedWith: z.string().optional().register(z.globalRegistry, { description: "For `share`: the party the risk is shared with (insurer, supplier).", examples: ["Cyber insurer"] }),
  supplierIds: RefListSchema.meta({ description: "Suppliers the risk is shared with or that carry out the treatment (suppliers ids).", examples: [["sup-insurer"]] }),
  avoidedActivity: z.string().optional().register(z.globalRegistry, { description: "For `avoid`: the activity given up.", examples: ["Storing card numbers"] }),
  targetResidual: RiskRatingSchema.optional().register(z.globalRegistry, { description: "The residual rating expected once treatment is complete.", examples: [{ likelihood: "unlikely", impact: "major" }] }),
}))).register(z.globalRegistry, { description: "How a risk is treated (6.1.3): the option, the controls selected, and what the option needs.", examples: [{ option: "modify", controlIds: ["8.7", "8.13"], targetResidual: { likelihood: "unlikely", impact: "major" } }] });
/**
 * The type of a risk treatment, inferred from {@link RiskTreatmentSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: RiskTreatment = RiskTreatmentSchema.parse({ option: "avoid", avoidedActivity: "x" });
 * RiskTreatmentSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type RiskTreatment = z.infer<typeof RiskTreatmentSchema>;

/**
 * The risk owner's acceptance of the residual risk (6.1.3 f), with the rating that was accepted so a
 * later change of rating makes the acceptance stale, and — when the acceptance criteria reserve the
 * level to someone else (top management, a named role) — who authorised it.
 *
 * @category Model
 * @example
 * ```ts
 * const a: RiskAcceptance = {
 *   acceptedById: "p-cto",
 *   acceptedOn: "2026-02-01",
 *   expiresOn: "2027-02-01",
 *   acceptedRating: { likelihood: "unlikely", impact: "moderate" },
 * };
 * ```
 */
export const RiskAcceptanceSchema = z.strictObject(lazyShape(() => ({
  acceptedById: RefSchema.meta({ description: "The risk owner who accepted the residual risk (a people id).", examples: ["p-cto"] }),
  authorisedById: RefSchema.optional().register(z.globalRegistry, { description: "For a level the risk owner may not accept alone: the person the acceptance criteria authorise (top management, a named role) who approved the acceptance.", examples: ["p-ceo"] }),
  acceptedOn: IsoDateSchema.meta({ description: "When it was accepted." }),
  expiresOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When the acceptance ends; absent, the acceptance criteria's validity applies." }),
  acceptedRating: RiskRatingSchema.optional().register(z.globalRegistry, { description: "The residual rating the owner accepted.", examples: [{ likelihood: "unlikely", impact: "moderate" }] }),
  statement: z.string().optional().register(z.globalRegistry, { description: "What was accepted, in the owner's words.", examples: ["Accepted until the new firewall is in place"] }),
}))).register(z.globalRegistry, { description: "The risk owner's acceptance of the residual risk (6.1.3 f).", examples: [{ acceptedById: "p-cto", acceptedOn: "2026-02-01", expiresOn: "2027-01-31" }] });
/**
 * The type of a risk acceptance, inferred from {@link RiskAcceptanceSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: RiskAcceptance = RiskAcceptanceSchema.parse({ acceptedById: "p", acceptedOn: "2026-01-01" });
 * RiskAcceptanceSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type RiskAcceptance = z.infer<typeof RiskAcceptanceSchema>;

/**
 * An information security risk (6.1.2): who owns it, what it affects, how it is rated before
 * (`inherent`) and after (`residual`) current controls, and how it is treated and accepted.
 *
 * @category Model
 * @example
 * ```ts
 * const risk: Risk = RiskSchema.parse({
 *   id: "risk-1",
 *   title: "Ransomware encrypts production data",
 *   ownerId: "p-cto",
 *   assetIds: ["a-db"],
 *   threatIds: ["t-ransom"],
 *   inherent: { likelihood: "likely", impact: "severe" },
 *   residual: { likelihood: "unlikely", impact: "severe" },
 *   treatment: { option: "modify", controlIds: ["8.7", "8.13"] },
 * });
 * risk.status
 * //=> "open"
 * ```
 */
export const RiskSchema = entitySchema(() => ({
  title: NonEmptyStringSchema.meta({ description: "The risk, in a line: what could happen to what.", examples: ["Ransomware encrypts the file server"] }),
  description: z.string().optional().register(z.globalRegistry, { description: "The risk in more detail: cause, event, consequence.", examples: ["A phishing mail installs ransomware that spreads to the file server and its backups"] }),
  ownerId: RefSchema.optional().register(z.globalRegistry, { description: "The risk owner (a people id).", examples: ["p-cto"] }),
  assetIds: RefListSchema.meta({ description: "Assets at risk (asset ids).", examples: [["a-file-server"]] }),
  threatIds: RefListSchema.meta({ description: "Threats that could cause it (threats ids).", examples: [["t-ransomware"]] }),
  vulnerabilityIds: RefListSchema.meta({ description: "Vulnerabilities a threat could exploit (vulnerabilities ids).", examples: [["v-flat-network"]] }),
  contextIssueIds: RefListSchema.meta({ description: "Context issues it arises from (4.1; context issue ids).", examples: [["ci-cloud-first"]] }),
  affectedProperties: z.array(SecurityPropertySchema).default([]).register(z.globalRegistry, { description: "The security properties it threatens.", examples: [["confidentiality", "availability"]] }),
  identifiedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was identified." }),
  lastAssessedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was last assessed (8.2)." }),
  inherent: RiskRatingSchema.optional().register(z.globalRegistry, { description: "The rating before treatment." }),
  residual: RiskRatingSchema.optional().register(z.globalRegistry, { description: "The rating with the controls in place." }),
  treatment: RiskTreatmentSchema.optional().register(z.globalRegistry, { description: "How it is treated (6.1.3)." }),
  acceptance: RiskAcceptanceSchema.optional().register(z.globalRegistry, { description: "The owner's acceptance of the residual risk (6.1.3 f)." }),
  status: z.enum(["open", "closed"]).default("open").register(z.globalRegistry, { description: "`closed`: no longer relevant.", examples: ["open"] }),
})).register(z.globalRegistry, { description: "6.1.2 An information security risk." });
/**
 * The type of a risk, inferred from {@link RiskSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Risk = RiskSchema.parse({ id: "r", title: "x" });
 * RiskSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Risk = z.infer<typeof RiskSchema>;
