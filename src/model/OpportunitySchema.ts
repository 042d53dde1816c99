import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { ActionSchema } from "./ActionSchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * An opportunity the organisation has determined in planning its ISMS (6.1.1): something that can
 * help the ISMS achieve its intended outcomes or improve, arising from the issues of 4.1 and the
 * requirements of 4.2, with the actions planned to take it and how their effectiveness was evaluated.
 *
 * @category Model
 * @example
 * ```ts
 * const o: Opportunity = OpportunitySchema.parse({
 *   id: "opp-1",
 *   title: "Reuse the customers' ISO 27001 questionnaire answers as a trust centre",
 *   contextIssueIds: ["ci-market"],
 *   ownerId: "p-ciso",
 *   status: "in-progress",
 *   actions: [{ id: "opp-1-a", description: "Publish the trust centre", ownerId: "p-ciso", dueDate: "2027-03-31", status: "open" }],
 * });
 * o.actions.length
 * //=> 1
 * ```
 */
export const OpportunitySchema = entitySchema(() => ({
  title: NonEmptyStringSchema.meta({ description: "The opportunity.", examples: ["Single sign-on reduces password reuse"] }),
  description: z.string().optional().register(z.globalRegistry, { description: "The opportunity in more detail.", examples: ["Moving every application behind the IdP ends local passwords"] }),
  contextIssueIds: RefListSchema.meta({ description: "The internal and external issues it arises from (4.1).", examples: [["ci-cloud-first"]] }),
  requirementIds: RefListSchema.meta({ description: "The interested parties' requirements it arises from (4.2).", examples: [["req-customer-annex"]] }),
  ownerId: RefSchema.optional().register(z.globalRegistry, { description: "Who is responsible (a people id).", examples: ["p-cto"] }),
  identifiedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was identified." }),
  status: z.enum(["identified", "planned", "in-progress", "realised", "rejected"]).register(z.globalRegistry, { description: "Where it stands.", examples: ["planned"] }),
  actions: z.array(ActionSchema).default([]).register(z.globalRegistry, { description: "The actions planned to take the opportunity (6.1.1 d).", examples: [[{ id: "opp-sso-a1", description: "Connect the CRM to the IdP", status: "open" }]] }),
  evaluation: z
    .strictObject(lazyShape(() => ({
      evaluatedOn: IsoDateSchema.meta({ description: "When it was evaluated." }),
      effective: z.boolean().register(z.globalRegistry, { description: "Whether the actions were effective.", examples: [true] }),
      notes: z.string().optional().register(z.globalRegistry, { description: "What the evaluation found.", examples: ["No local passwords remain on the CRM"] }),
    })))
    .optional()
    .register(z.globalRegistry, { description: "How the effectiveness of the actions was evaluated (6.1.1 e 2).", examples: [{ evaluatedOn: "2026-11-02", effective: true }] }),
})).register(z.globalRegistry, { description: "6.1.1 An opportunity determined in planning the ISMS." });
/**
 * The type of an opportunity, inferred from {@link OpportunitySchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Opportunity = OpportunitySchema.parse({ id: "o", title: "x", status: "identified" });
 * OpportunitySchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Opportunity = z.infer<typeof OpportunitySchema>;
