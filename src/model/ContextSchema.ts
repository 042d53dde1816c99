import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * An internal or external issue relevant to the organisation's purpose that affects the ISMS (4.1).
 *
 * @category Model
 * @example
 * ```ts
 * const issue: ContextIssue = { id: "ci-1", kind: "external", description: "NIS2 applies from 2024", category: "legal" };
 * ```
 */
export const ContextIssueSchema = entitySchema({
  kind: z.enum(["internal", "external"]),
  description: NonEmptyStringSchema,
  category: z.string().optional().describe("e.g. legal, technological, market, cultural, environmental."),
  climateRelated: z.boolean().optional(),
});
/**
 * The type of a context issue, inferred from {@link ContextIssueSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: ContextIssue = ContextIssueSchema.parse({ id: "c", kind: "internal", description: "x" });
 * ContextIssueSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type ContextIssue = z.infer<typeof ContextIssueSchema>;

/**
 * Whether climate change is a relevant issue for the ISMS (4.1, as amended by Amendment 1:2024).
 *
 * @category Model
 * @example
 * ```ts
 * const cc: ClimateChangeAssessment = { relevant: true, rationale: "Heat waves threaten the on-site server room", issueIds: ["ci-7"] };
 * ```
 */
export const ClimateChangeAssessmentSchema = z.strictObject({
  relevant: z.boolean(),
  rationale: z.string().optional(),
  assessedOn: IsoDateSchema.optional(),
  issueIds: RefListSchema.describe("The context issues that express it."),
});
/**
 * The type of a climate change assessment, inferred from {@link ClimateChangeAssessmentSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: ClimateChangeAssessment = ClimateChangeAssessmentSchema.parse({ relevant: false });
 * ClimateChangeAssessmentSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type ClimateChangeAssessment = z.infer<typeof ClimateChangeAssessmentSchema>;

/**
 * The context of the organisation (4.1): its internal and external issues, and its climate-change determination.
 *
 * @category Model
 * @example
 * ```ts
 * ContextSchema.parse({}).issues
 * //=> []
 * ```
 */
export const ContextSchema = z
  .strictObject({
    issues: z.array(ContextIssueSchema).default([]),
    climateChange: ClimateChangeAssessmentSchema.optional(),
    reviewedOn: IsoDateSchema.optional(),
    documentId: RefSchema.optional(),
  })
  .describe("4.1 Understanding the organization and its context.");
/**
 * The type of a context, inferred from {@link ContextSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Context = ContextSchema.parse({ issues: [] });
 * ContextSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Context = z.infer<typeof ContextSchema>;
