import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { ActionSchema } from "./ActionSchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

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
export const OpportunitySchema = entitySchema({
  title: NonEmptyStringSchema,
  description: z.string().optional(),
  contextIssueIds: RefListSchema.describe("The internal and external issues it arises from (4.1)."),
  requirementIds: RefListSchema.describe("The interested parties' requirements it arises from (4.2)."),
  ownerId: RefSchema.optional(),
  identifiedOn: IsoDateSchema.optional(),
  status: z.enum(["identified", "planned", "in-progress", "realised", "rejected"]),
  actions: z.array(ActionSchema).default([]).describe("The actions planned to take the opportunity (6.1.1 d)."),
  evaluation: z
    .strictObject({
      evaluatedOn: IsoDateSchema,
      effective: z.boolean(),
      notes: z.string().optional(),
    })
    .optional()
    .describe("How the effectiveness of the actions was evaluated (6.1.1 e 2)."),
}).describe("6.1.1 An opportunity determined in planning the ISMS.");
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
