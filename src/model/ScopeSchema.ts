import * as z from "zod";
import { RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * An interface or dependency between activities inside the ISMS scope and those outside it (4.3 c).
 *
 * @category Model
 * @example
 * ```ts
 * const i: ScopeInterface = { kind: "dependency", description: "Hosting on a public cloud", interestedPartyIds: [], supplierIds: ["sup-cloud"] };
 * ```
 */
export const ScopeInterfaceSchema = z.strictObject({
  kind: z.enum(["interface", "dependency"]).default("interface"),
  description: NonEmptyStringSchema,
  interestedPartyIds: RefListSchema,
  supplierIds: RefListSchema,
});
/**
 * The type of a scope interface, inferred from {@link ScopeInterfaceSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: ScopeInterface = ScopeInterfaceSchema.parse({ description: "x" });
 * ScopeInterfaceSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type ScopeInterface = z.infer<typeof ScopeInterfaceSchema>;

/**
 * Something left out of the scope, with the reason (4.3).
 *
 * @category Model
 * @example
 * ```ts
 * const e: ScopeExclusion = { description: "The retail shop", justification: "Separate legal entity, no shared systems" };
 * ```
 */
export const ScopeExclusionSchema = z.strictObject({
  description: NonEmptyStringSchema,
  justification: z.string().optional(),
});
/**
 * The type of a scope exclusion, inferred from {@link ScopeExclusionSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: ScopeExclusion = ScopeExclusionSchema.parse({ description: "x" });
 * ScopeExclusionSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type ScopeExclusion = z.infer<typeof ScopeExclusionSchema>;

/**
 * The scope of the ISMS (ISO/IEC 27001:2022 4.3): the statement, its organisational, physical and
 * technological boundaries (or `fullyRemote` when no site is in scope), interfaces and dependencies,
 * what is excluded and why, and the issues and requirements it took into account.
 *
 * @category Model
 * @example
 * ```ts
 * const scope: Scope = ScopeSchema.parse({
 *   statement: "Development and operation of the Acme SaaS platform",
 *   boundaries: { organizational: ["Engineering", "Operations"], physical: ["Berlin office"], technological: ["AWS eu-central-1"] },
 * });
 * scope.exclusions
 * //=> []
 * ```
 */
export const ScopeSchema = z
  .strictObject({
    statement: z.string().optional(),
    boundaries: z
      .strictObject({
        organizational: z.array(NonEmptyStringSchema).default([]),
        physical: z.array(NonEmptyStringSchema).default([]),
        technological: z.array(NonEmptyStringSchema).default([]),
        fullyRemote: z
          .boolean()
          .optional()
          .describe("No site is in scope: everyone works remotely and systems are hosted by suppliers, so there is no physical boundary to set."),
      })
      .default({ organizational: [], physical: [], technological: [] }),
    interfaces: z.array(ScopeInterfaceSchema).default([]),
    exclusions: z.array(ScopeExclusionSchema).default([]),
    contextIssueIds: RefListSchema.describe("The internal and external issues (4.1) the scope takes into account (4.3 a)."),
    requirementIds: RefListSchema.describe("The interested parties' requirements (4.2) the scope takes into account (4.3 b)."),
    documentId: RefSchema.optional().describe("The documented scope (a documents id)."),
    approvedOn: IsoDateSchema.optional(),
  })
  .describe("4.3 The scope of the ISMS.");
/**
 * The type of a scope, inferred from {@link ScopeSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Scope = ScopeSchema.parse({});
 * ScopeSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Scope = z.infer<typeof ScopeSchema>;
