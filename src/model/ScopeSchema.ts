import * as z from "zod";
import { RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * An interface or dependency between activities inside the ISMS scope and those outside it (4.3 c).
 *
 * @category Model
 * @example
 * ```ts
 * const i: ScopeInterface = { kind: "dependency", description: "Hosting on a public cloud", interestedPartyIds: [], supplierIds: ["sup-cloud"] };
 * ```
 */
export const ScopeInterfaceSchema = z.strictObject(lazyShape(() => ({
  kind: z.enum(["interface", "dependency"]).default("interface").register(z.globalRegistry, { description: "An interface (where the ISMS meets others) or a dependency (on what others do).", examples: ["dependency"] }),
  description: NonEmptyStringSchema.meta({ description: "The interface or dependency.", examples: ["Hosting and managed database by the cloud provider"] }),
  interestedPartyIds: RefListSchema.meta({ description: "Interested parties concerned (interestedParties ids).", examples: [["ip-customers"]] }),
  supplierIds: RefListSchema.meta({ description: "Suppliers concerned (suppliers ids).", examples: [["sup-aws"]] }),
})));
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
export const ScopeExclusionSchema = z.strictObject(lazyShape(() => ({
  description: NonEmptyStringSchema.meta({ description: "What is left out of the scope.", examples: ["The retail shop in Hamburg"] }),
  justification: z.string().optional().register(z.globalRegistry, { description: "Why it is left out.", examples: ["Run by a franchise partner with no access to our systems"] }),
})));
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
  .strictObject(lazyShape(() => ({
    statement: z.string().optional().register(z.globalRegistry, { description: "The scope statement.", examples: ["The development and operation of the Acme payments platform from Berlin"] }),
    boundaries: z
      .strictObject(lazyShape(() => ({
        organizational: z.array(NonEmptyStringSchema).default([]).register(z.globalRegistry, { description: "Units and teams in scope.", examples: [["Engineering", "Operations"]] }),
        physical: z.array(NonEmptyStringSchema).default([]).register(z.globalRegistry, { description: "Sites in scope.", examples: [["Berlin office"]] }),
        technological: z.array(NonEmptyStringSchema).default([]).register(z.globalRegistry, { description: "Networks, platforms and systems in scope.", examples: [["AWS eu-central-1", "Google Workspace"]] }),
        fullyRemote: z
          .boolean()
          .optional()
          .register(z.globalRegistry, { description: "No site is in scope: everyone works remotely and systems are hosted by suppliers, so there is no physical boundary to set.", examples: [false] }),
      })))
      .default({ organizational: [], physical: [], technological: [] })
      .register(z.globalRegistry, { description: "Its boundaries: organisational units, sites, technology.", examples: [{ organizational: ["Engineering", "Operations"], physical: ["Berlin office"], technological: ["AWS eu-central-1"] }] }),
    interfaces: z.array(ScopeInterfaceSchema).default([]).register(z.globalRegistry, { description: "Interfaces and dependencies (4.3 c).", examples: [[{ kind: "dependency", description: "Hosting by the cloud provider", supplierIds: ["sup-aws"] }]] }),
    exclusions: z.array(ScopeExclusionSchema).default([]).register(z.globalRegistry, { description: "What is left out, and why.", examples: [[{ description: "The retail shop", justification: "Run by a franchise partner" }]] }),
    contextIssueIds: RefListSchema.meta({ description: "The internal and external issues (4.1) the scope takes into account (4.3 a).", examples: [["ci-market"]] }),
    requirementIds: RefListSchema.meta({ description: "The interested parties' requirements (4.2) the scope takes into account (4.3 b).", examples: [["req-customer-annex"]] }),
    documentId: RefSchema.optional().register(z.globalRegistry, { description: "The documented scope (a documents id).", examples: ["doc-scope"] }),
    approvedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When the scope was approved." }),
  })))
  .register(z.globalRegistry, { description: "4.3 The scope of the ISMS.", examples: [{ statement: "Development and operation of the Acme payments platform", boundaries: { organizational: ["Engineering"], fullyRemote: true } }] });
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
