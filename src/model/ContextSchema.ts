import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * An internal or external issue relevant to the organisation's purpose that affects the ISMS (4.1).
 *
 * @category Model
 * @example
 * ```ts
 * const issue: ContextIssue = { id: "ci-1", kind: "external", description: "NIS2 applies from 2024", category: "legal" };
 * ```
 */
export const ContextIssueSchema = entitySchema(() => ({
  kind: z.enum(["internal", "external"]).register(z.globalRegistry, { description: "Internal or external.", examples: ["external"] }),
  description: NonEmptyStringSchema.meta({ description: "The issue.", examples: ["Customers in finance require ISO/IEC 27001 certification"] }),
  category: z.string().optional().register(z.globalRegistry, { description: "The kind of issue: legal, technological, market, cultural, environmental …", examples: ["market"] }),
  climateRelated: z.boolean().optional().register(z.globalRegistry, { description: "It concerns climate change.", examples: [false] }),
}));
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
export const ClimateChangeAssessmentSchema = z.strictObject(lazyShape(() => ({
  relevant: z.boolean().register(z.globalRegistry, { description: "Whether climate change is a relevant issue for the ISMS.", examples: [true] }),
  rationale: z.string().optional().register(z.globalRegistry, { description: "Why it is or is not.", examples: ["Heat waves threaten the availability of our single office"] }),
  assessedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was assessed." }),
  issueIds: RefListSchema.meta({ description: "The context issues that express it.", examples: [["ci-heat"]] }),
})));
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
  .strictObject(lazyShape(() => ({
    issues: z.array(ContextIssueSchema).default([]).register(z.globalRegistry, { description: "The internal and external issues (4.1).", examples: [[{ id: "ci-market", kind: "external", description: "Customers require ISO/IEC 27001 certification" }]] }),
    climateChange: ClimateChangeAssessmentSchema.optional().register(z.globalRegistry, { description: "Whether climate change is relevant, and why.", examples: [{ relevant: false, rationale: "All systems are hosted in two regions", assessedOn: "2026-01-10" }] }),
    reviewedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When the issues were last reviewed." }),
    documentId: RefSchema.optional().register(z.globalRegistry, { description: "The context as documented information (a documents id).", examples: ["doc-context"] }),
  })))
  .register(z.globalRegistry, { description: "4.1 Understanding the organization and its context.", examples: [{ issues: [{ id: "ci-market", kind: "external", description: "Customers require ISO/IEC 27001 certification" }], reviewedOn: "2026-01-10" }] });
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
