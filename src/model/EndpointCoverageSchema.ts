import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { CountSchema } from "./_lib/numbers";
import { IsoDateSchema, NonEmptyStringSchema } from "../core/primitives";

const COUNTS = ["malwareProtected", "signaturesCurrent", "encrypted", "managed"] as const;

/**
 * The coverage of endpoint controls over a population of devices on a day, as a device-management
 * or endpoint-protection console reports it: how many devices, how many run malware protection with
 * current signatures, how many are encrypted and managed (Annex A 8.1, 8.7).
 *
 * @category Model
 * @example
 * ```ts
 * const c: EndpointCoverage = EndpointCoverageSchema.parse({ id: "ep-2026-11", scope: "Company laptops", checkedOn: "2026-11-20", devices: 118, malwareProtected: 118, signaturesCurrent: 116, encrypted: 118, managed: 118 });
 * c.devices - c.malwareProtected
 * //=> 0
 * ```
 */
export const EndpointCoverageSchema = entitySchema(() => ({
  scope: NonEmptyStringSchema.meta({ description: "The population of devices: company laptops, servers, mobile phones.", examples: ["Company laptops"] }),
  assetIds: RefListSchema.meta({ description: "The assets the devices are (asset ids).", examples: [["a-laptops"]] }),
  checkedOn: IsoDateSchema.describe("The day of the report."),
  devices: CountSchema.meta({ description: "How many devices the population has.", examples: [48] }),
  malwareProtected: CountSchema.meta({ description: "How many run malware protection (8.7).", examples: [48] }),
  signaturesCurrent: CountSchema.optional().register(z.globalRegistry, { description: "How many have current signatures or engine (8.7).", examples: [46] }),
  encrypted: CountSchema.optional().register(z.globalRegistry, { description: "How many have their storage encrypted (8.1).", examples: [48] }),
  managed: CountSchema.optional().register(z.globalRegistry, { description: "How many are enrolled in device management (8.1).", examples: [47] }),
  product: z.string().optional().register(z.globalRegistry, { description: "The protection or management product.", examples: ["Microsoft Defender for Endpoint, Intune"] }),
}))
  .superRefine((coverage, ctx) => {
    for (const key of COUNTS) {
      const value = coverage[key];
      if (value !== undefined && value > coverage.devices) {
        ctx.addIssue({ code: "custom", path: [key], message: `expected at most the ${coverage.devices} devices of the population; found ${value}`, params: { code: "too_big" } });
      }
    }
  })
  .register(z.globalRegistry, { description: "The coverage of endpoint controls over a population of devices (8.1, 8.7)." });
/**
 * The type of an endpoint coverage record, inferred from {@link EndpointCoverageSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: EndpointCoverage = EndpointCoverageSchema.parse({ id: "c", scope: "Servers", checkedOn: "2026-01-01", devices: 4, malwareProtected: 4 });
 * EndpointCoverageSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type EndpointCoverage = z.infer<typeof EndpointCoverageSchema>;
