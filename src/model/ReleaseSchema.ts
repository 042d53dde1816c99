import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { CountSchema } from "./_lib/numbers";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * A security test run for a release: static analysis, dynamic testing, a dependency or secret scan,
 * a penetration test …, with its result and the findings it left open (Annex A 8.25–8.29).
 *
 * @category Model
 * @example
 * ```ts
 * const t: SecurityTest = SecurityTestSchema.parse({ kind: "sca", tool: "Dependabot", result: "pass" });
 * t.openFindings
 * //=> undefined
 * ```
 */
export const SecurityTestSchema = z
  .strictObject(lazyShape(() => ({
    kind: z
      .enum(["sast", "dast", "sca", "secret-scan", "iac-scan", "container-scan", "penetration-test", "security-review"])
      .register(z.globalRegistry, { description: "static analysis, dynamic testing, dependency (software composition) scan, secret scan, infrastructure-as-code scan, container image scan, penetration test, or a manual security review.", examples: ["sca"] }),
    performedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it ran." }),
    tool: z.string().optional().register(z.globalRegistry, { description: "The tool or the tester.", examples: ["Dependabot"] }),
    result: z.enum(["pass", "pass-with-exceptions", "fail"]).register(z.globalRegistry, { description: "`pass-with-exceptions`: findings left open under approved vulnerability exceptions.", examples: ["pass"] }),
    openFindings: z
      .strictObject(lazyShape(() => ({
        critical: CountSchema.default(0).register(z.globalRegistry, { description: "Critical findings open.", examples: [0] }),
        high: CountSchema.default(0).register(z.globalRegistry, { description: "High findings open.", examples: [0] }),
        medium: CountSchema.default(0).register(z.globalRegistry, { description: "Medium findings open.", examples: [2] }),
        low: CountSchema.default(0).register(z.globalRegistry, { description: "Low findings open.", examples: [5] }),
      })))
      .optional()
      .register(z.globalRegistry, { description: "Findings left open, by severity.", examples: [{ critical: 0, high: 0, medium: 2, low: 5 }] }),
    vulnerabilityIds: RefListSchema.meta({ description: "Vulnerabilities recorded from it.", examples: [["v-42"]] }),
  })))
  .register(z.globalRegistry, { description: "A security test of a release." });
/**
 * The type of a security test, inferred from {@link SecurityTestSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: SecurityTest = SecurityTestSchema.parse({ kind: "sast", result: "fail" });
 * SecurityTestSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type SecurityTest = z.infer<typeof SecurityTestSchema>;

/**
 * A release of an in-house system to production: who wrote and who approved it, whether its code was
 * reviewed, and the security tests run for it (Annex A 8.25–8.29, 8.32).
 *
 * @category Model
 * @example
 * ```ts
 * const r: Release = ReleaseSchema.parse({
 *   id: "rel-2026.11.2", systemId: "sys-platform", version: "2026.11.2", releasedOn: "2026-11-18",
 *   authorIds: ["p-dev"], approvedById: "p-lead", codeReviewed: true,
 *   securityTests: [{ kind: "sast", result: "pass" }, { kind: "sca", result: "pass" }],
 * });
 * r.securityTests.length
 * //=> 2
 * ```
 */
export const ReleaseSchema = entitySchema(() => ({
  systemId: RefSchema.meta({ description: "The system released (a systems id).", examples: ["sys-shop"] }),
  version: NonEmptyStringSchema.meta({ description: "Its version or tag.", examples: ["4.2.0"] }),
  releasedOn: IsoDateSchema.describe("When it went to production."),
  authorIds: RefListSchema.meta({ description: "Who made the changes (people ids).", examples: [["p-ada", "p-grace"]] }),
  approvedById: RefSchema.optional().register(z.globalRegistry, { description: "Who approved it for production (a people id; 8.32).", examples: ["p-cto"] }),
  approvedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was approved." }),
  codeReviewed: z.boolean().optional().register(z.globalRegistry, { description: "Its changes were peer-reviewed before merging (8.28).", examples: [true] }),
  securityTests: z.array(SecurityTestSchema).default([]).register(z.globalRegistry, { description: "Security tests run for it (8.25, 8.28, 8.29).", examples: [[{ kind: "sast", performedOn: "2026-03-17", tool: "CodeQL", result: "pass" }]] }),
  ticket: z.string().optional().register(z.globalRegistry, { description: "The change ticket or pull request.", examples: ["https://github.com/acme/shop/pull/812"] }),
})).register(z.globalRegistry, { description: "A release to production (8.25–8.29, 8.32)." });
/**
 * The type of a release, inferred from {@link ReleaseSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Release = ReleaseSchema.parse({ id: "r", systemId: "s", version: "1.0", releasedOn: "2026-01-01" });
 * ReleaseSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Release = z.infer<typeof ReleaseSchema>;
