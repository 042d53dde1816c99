import * as z from "zod";
import { entitySchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * An opportunity for continual improvement (10.1) and what became of it.
 *
 * @category Model
 * @example
 * ```ts
 * const i: Improvement = { id: "imp-1", title: "Automate evidence collection", status: "in-progress" };
 * ```
 */
export const ImprovementSchema = entitySchema(() => ({
  title: NonEmptyStringSchema.meta({ description: "What is to be improved.", examples: ["Automate leaver access removal"] }),
  description: z.string().optional().register(z.globalRegistry, { description: "The improvement in more detail.", examples: ["Disable accounts from the HR system's leaver event"] }),
  source: z.string().optional().register(z.globalRegistry, { description: "Where it came from: an audit, a review, an incident, a suggestion.", examples: ["Internal audit 2026"] }),
  raisedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was raised." }),
  ownerId: RefSchema.optional().register(z.globalRegistry, { description: "Who is responsible (a people id).", examples: ["p-it-lead"] }),
  status: z.enum(["proposed", "approved", "in-progress", "implemented", "rejected"]).register(z.globalRegistry, { description: "Where it stands.", examples: ["in-progress"] }),
  implementedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was implemented." }),
  managementReviewId: RefSchema.optional().register(z.globalRegistry, { description: "The management review that decided it (a managementReviews id).", examples: ["mr-2026"] }),
  nonconformityId: RefSchema.optional().register(z.globalRegistry, { description: "The nonconformity it follows from (a nonconformities id).", examples: ["nc-2026-04"] }),
})).register(z.globalRegistry, { description: "10.1 An improvement." });
/**
 * The type of an improvement, inferred from {@link ImprovementSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Improvement = ImprovementSchema.parse({ id: "i", title: "x", status: "proposed" });
 * ImprovementSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Improvement = z.infer<typeof ImprovementSchema>;
