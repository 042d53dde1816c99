import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * The impact of losing each security property of an asset, as ids on the risk method's impact scale.
 *
 * @category Model
 * @example
 * ```ts
 * const v: AssetValuation = { confidentiality: "major", integrity: "moderate", availability: "minor" };
 * ```
 */
export const AssetValuationSchema = z.strictObject(lazyShape(() => ({
  confidentiality: z.string().optional().register(z.globalRegistry, { description: "The impact of a loss of confidentiality: an id of the risk method's impact scale.", examples: ["major"] }),
  integrity: z.string().optional().register(z.globalRegistry, { description: "The impact of a loss of integrity: an id of the risk method's impact scale.", examples: ["moderate"] }),
  availability: z.string().optional().register(z.globalRegistry, { description: "The impact of a loss of availability: an id of the risk method's impact scale.", examples: ["minor"] }),
}))).register(z.globalRegistry, { description: "What a loss of each security property of an asset would cost, on the risk method's impact scale.", examples: [{ confidentiality: "major", availability: "moderate" }] });
/**
 * The type of an asset valuation, inferred from {@link AssetValuationSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: AssetValuation = AssetValuationSchema.parse({ integrity: "high" });
 * AssetValuationSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type AssetValuation = z.infer<typeof AssetValuationSchema>;

/**
 * An asset: information or something that holds, processes or supports it.
 *
 * @category Model
 * @example
 * ```ts
 * const db: Asset = AssetSchema.parse({ id: "a-db", name: "Customer database", type: "information", ownerId: "p-cto" });
 * db.dependsOnAssetIds
 * //=> []
 * ```
 */
export const AssetSchema = entitySchema(() => ({
  name: NonEmptyStringSchema.meta({ description: "Its name.", examples: ["Customer database"] }),
  type: z.enum(["information", "software", "hardware", "service", "network", "people", "site", "process", "other"]).register(z.globalRegistry, { description: "What kind of asset it is.", examples: ["information"] }),
  description: z.string().optional().register(z.globalRegistry, { description: "What it is and what it holds.", examples: ["PostgreSQL cluster with customer accounts and orders"] }),
  ownerId: RefSchema.optional().register(z.globalRegistry, { description: "The asset owner (a people id).", examples: ["p-cto"] }),
  classification: z.string().optional().register(z.globalRegistry, { description: "Its classification label in the organisation's scheme.", examples: ["confidential"] }),
  valuation: AssetValuationSchema.optional().register(z.globalRegistry, { description: "What a loss of each property would cost, on the risk method's impact scale." }),
  location: z.string().optional().register(z.globalRegistry, { description: "Where it is: a site, a region, a provider.", examples: ["AWS eu-central-1"] }),
  supplierIds: RefListSchema.meta({ description: "Suppliers that provide or host it.", examples: [["sup-aws"]] }),
  dependsOnAssetIds: RefListSchema.meta({ description: "Assets it depends on (asset ids), without cycles.", examples: [["a-db-server"]] }),
}));
/**
 * The type of an asset, inferred from {@link AssetSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Asset = AssetSchema.parse({ id: "a", name: "x", type: "site" });
 * AssetSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Asset = z.infer<typeof AssetSchema>;
