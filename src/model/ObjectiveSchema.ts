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
export const ObjectiveSchema = entitySchema({
  title: NonEmptyStringSchema,
  description: z.string().optional(),
  plan: z.string().optional().describe("What will be done to achieve it (6.2 h)."),
  measure: z.string().optional().describe("How achievement is measured (6.2 b)."),
  target: z.string().optional(),
  ownerId: RefSchema.optional(),
  resources: z.string().optional(),
  dueDate: IsoDateSchema.optional(),
  evaluationMethod: z.string().optional(),
  status: z.enum(["planned", "in-progress", "achieved", "partially-achieved", "not-achieved", "cancelled"]),
  lastEvaluatedOn: IsoDateSchema.optional(),
  communicatedOn: IsoDateSchema.optional(),
  measurementIds: RefListSchema,
  riskIds: RefListSchema.describe("Risks whose assessment or treatment the objective takes into account (6.2 c)."),
  requirementIds: RefListSchema.describe("Interested parties' requirements the objective takes into account (6.2 c)."),
  documentIds: RefListSchema.describe("The documented information that holds the objective (6.2 g)."),
}).describe("6.2 An information security objective.");
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
