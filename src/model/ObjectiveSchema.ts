import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * An information security objective and the plan to achieve it (6.2): what will be done (`plan`),
 * with what resources, who is responsible, when it is due and how results are evaluated; the risks
 * and requirements it takes into account, and the documents that hold it.
 *
 * @category Model
 * @example
 * ```ts
 * const o: Objective = ObjectiveSchema.parse({
 *   id: "obj-1",
 *   title: "Patch critical vulnerabilities fast",
 *   measure: "Median days to patch critical CVEs",
 *   target: "≤ 7 days",
 *   ownerId: "p-it",
 *   dueDate: "2026-12-31",
 *   evaluationMethod: "Monthly report from the vulnerability scanner",
 *   status: "in-progress",
 * });
 * o.measurementIds
 * //=> []
 * ```
 */
export const ObjectiveSchema = entitySchema(() => ({
  title: NonEmptyStringSchema.meta({ description: "The objective.", examples: ["MFA on every account by year end"] }),
  description: z.string().optional().register(z.globalRegistry, { description: "The objective in more detail.", examples: ["Every personal and administrator account on systems in scope signs in with MFA"] }),
  plan: z.string().optional().register(z.globalRegistry, { description: "What will be done to achieve it (6.2 h).", examples: ["Roll out hardware keys to administrators, then app-based MFA to everyone"] }),
  measure: z.string().optional().register(z.globalRegistry, { description: "How achievement is measured (6.2 b).", examples: ["Share of accounts with MFA, from the monthly IdP export"] }),
  target: z.string().optional().register(z.globalRegistry, { description: "The value that counts as achieved.", examples: ["100 %"] }),
  ownerId: RefSchema.optional().register(z.globalRegistry, { description: "Who is responsible (a people id; 6.2 j).", examples: ["p-it-lead"] }),
  resources: z.string().optional().register(z.globalRegistry, { description: "The resources it needs (6.2 i).", examples: ["Budget for 20 hardware keys"] }),
  dueDate: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it is to be achieved (6.2 k)." }),
  evaluationMethod: z.string().optional().register(z.globalRegistry, { description: "How results are evaluated (6.2 l).", examples: ["Reviewed at each management review"] }),
  status: z.enum(["planned", "in-progress", "achieved", "partially-achieved", "not-achieved", "cancelled"]).register(z.globalRegistry, { description: "Where it stands.", examples: ["in-progress"] }),
  lastEvaluatedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When achievement was last evaluated." }),
  communicatedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was communicated (6.2 e)." }),
  measurementIds: RefListSchema.meta({ description: "Measurements that monitor it (measurements ids; 6.2 d).", examples: [["m-mfa"]] }),
  riskIds: RefListSchema.meta({ description: "Risks whose assessment or treatment the objective takes into account (6.2 c).", examples: [["r-account-takeover"]] }),
  requirementIds: RefListSchema.meta({ description: "Interested parties' requirements the objective takes into account (6.2 c).", examples: [["req-customer-annex"]] }),
  documentIds: RefListSchema.meta({ description: "The documented information that holds the objective (6.2 g).", examples: [["doc-objectives-2026"]] }),
})).register(z.globalRegistry, { description: "6.2 An information security objective." });
/**
 * The type of an objective, inferred from {@link ObjectiveSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Objective = ObjectiveSchema.parse({ id: "o", title: "x", status: "planned" });
 * ObjectiveSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Objective = z.infer<typeof ObjectiveSchema>;
