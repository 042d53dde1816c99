import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { CountSchema, PercentSchema, RecordStatusSchema } from "./_lib/numbers";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * One check of configuration compliance against a baseline: how many settings or systems were
 * checked and how many complied.
 *
 * @category Model
 * @example
 * ```ts
 * const r: ComplianceResult = ComplianceResultSchema.parse({ checkedOn: "2026-11-02", checked: 240, compliant: 231 });
 * r.compliant
 * //=> 231
 * ComplianceResultSchema.safeParse({ checkedOn: "2026-11-02", checked: 2, compliant: 3 }).success
 * //=> false
 * ```
 */
export const ComplianceResultSchema = z
  .strictObject(lazyShape(() => ({
    checkedOn: IsoDateSchema.describe("When the check ran."),
    checked: CountSchema.meta({ description: "How many items (settings, or systems) were checked.", examples: [120] }),
    compliant: CountSchema.meta({ description: "How many complied.", examples: [114] }),
    tool: z.string().optional().register(z.globalRegistry, { description: "The scanner or service that checked.", examples: ["AWS Config"] }),
  })))
  .superRefine((result, ctx) => {
    if (result.compliant > result.checked) {
      ctx.addIssue({ code: "custom", path: ["compliant"], message: `expected at most the ${result.checked} items checked; found ${result.compliant}`, params: { code: "too_big" } });
    }
  })
  .register(z.globalRegistry, { description: "A check of configuration compliance." });
/**
 * The type of a compliance result, inferred from {@link ComplianceResultSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: ComplianceResult = ComplianceResultSchema.parse({ checkedOn: "2026-01-01", checked: 10, compliant: 10 });
 * ComplianceResultSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type ComplianceResult = z.infer<typeof ComplianceResultSchema>;

/**
 * A configuration baseline (a hardening standard such as a CIS Benchmark, adapted and approved),
 * the systems it applies to, the compliance it targets, and the results of checks against it
 * (Annex A 8.9).
 *
 * @category Model
 * @example
 * ```ts
 * const b: ConfigurationBaseline = ConfigurationBaselineSchema.parse({
 *   id: "cb-eks", name: "EKS worker nodes", standard: "CIS Amazon EKS Benchmark 1.5", systemIds: ["sys-aws"],
 *   targetCompliancePercent: 95, results: [{ checkedOn: "2026-11-02", checked: 240, compliant: 231 }],
 * });
 * b.status
 * //=> "active"
 * ```
 */
export const ConfigurationBaselineSchema = entitySchema(() => ({
  name: NonEmptyStringSchema.meta({ description: "Its name.", examples: ["CIS hardened Ubuntu 24.04"] }),
  standard: z.string().optional().register(z.globalRegistry, { description: "The standard it follows (a CIS Benchmark, a vendor guide).", examples: ["CIS Ubuntu Linux 24.04 Benchmark, level 1"] }),
  systemIds: RefListSchema.meta({ description: "The systems it applies to (systems ids).", examples: [["sys-aws"]] }),
  assetIds: RefListSchema.meta({ description: "The assets it applies to (asset ids).", examples: [["a-web-servers"]] }),
  documentId: RefSchema.optional().register(z.globalRegistry, { description: "The baseline as documented information (a documents id).", examples: ["doc-hardening-standard"] }),
  approvedById: RefSchema.optional().register(z.globalRegistry, { description: "Who approved it (a people id).", examples: ["p-cto"] }),
  approvedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was approved." }),
  targetCompliancePercent: PercentSchema.optional().register(z.globalRegistry, { description: "The share of items that must comply, in per cent (else all).", examples: [95] }),
  results: z.array(ComplianceResultSchema).default([]).register(z.globalRegistry, { description: "Checks against it, any order.", examples: [[{ checkedOn: "2026-03-02", checked: 120, compliant: 114, tool: "AWS Config" }]] }),
  status: RecordStatusSchema,
})).register(z.globalRegistry, { description: "A configuration baseline and checks against it (8.9)." });
/**
 * The type of a configuration baseline, inferred from {@link ConfigurationBaselineSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: ConfigurationBaseline = ConfigurationBaselineSchema.parse({ id: "b", name: "x" });
 * ConfigurationBaselineSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type ConfigurationBaseline = z.infer<typeof ConfigurationBaselineSchema>;
