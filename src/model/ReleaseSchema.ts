import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { CountSchema } from "./_lib/numbers";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

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
  .strictObject({
    kind: z
      .enum(["sast", "dast", "sca", "secret-scan", "iac-scan", "container-scan", "penetration-test", "security-review"])
      .describe("static analysis, dynamic testing, dependency (software composition) scan, secret scan, infrastructure-as-code scan, container image scan, penetration test, or a manual security review."),
    performedOn: IsoDateSchema.optional().describe("When it ran."),
    tool: z.string().optional().describe("The tool or the tester."),
    result: z.enum(["pass", "pass-with-exceptions", "fail"]).describe("`pass-with-exceptions`: findings left open under approved vulnerability exceptions."),
    openFindings: z
      .strictObject({
        critical: CountSchema.default(0).describe("Critical findings open."),
        high: CountSchema.default(0).describe("High findings open."),
        medium: CountSchema.default(0).describe("Medium findings open."),
        low: CountSchema.default(0).describe("Low findings open."),
      })
      .optional()
      .describe("Findings still open when the release shipped, by severity."),
    vulnerabilityIds: RefListSchema.describe("Vulnerabilities recorded from it."),
  })
  .describe("A security test of a release.");
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
export const ReleaseSchema = entitySchema({
  systemId: RefSchema.describe("The system released (a systems id)."),
  version: NonEmptyStringSchema.describe("Its version or tag."),
  releasedOn: IsoDateSchema.describe("When it went to production."),
  authorIds: RefListSchema.describe("Who made the changes (people ids)."),
  approvedById: RefSchema.optional().describe("Who approved it for production (a people id; 8.32)."),
  approvedOn: IsoDateSchema.optional(),
  codeReviewed: z.boolean().optional().describe("Its changes were peer-reviewed before merging (8.28)."),
  securityTests: z.array(SecurityTestSchema).default([]).describe("Security tests run for it (8.25, 8.28, 8.29)."),
  ticket: z.string().optional().describe("The change ticket or pull request."),
}).describe("A release to production (8.25–8.29, 8.32).");
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
