import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * The impact of losing each security property of an asset, as ids on the risk method's impact scale.
 *
 * @category Model
 * @example
 * ```ts
 * const v: AssetValuation = { confidentiality: "major", integrity: "moderate", availability: "minor" };
 * ```
 */
export const AssetValuationSchema = z.strictObject({
  confidentiality: z.string().optional(),
  integrity: z.string().optional(),
  availability: z.string().optional(),
});
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
export const AssetSchema = entitySchema({
  name: NonEmptyStringSchema,
  type: z.enum(["information", "software", "hardware", "service", "network", "people", "site", "process", "other"]),
  description: z.string().optional(),
  ownerId: RefSchema.optional(),
  classification: z.string().optional(),
  valuation: AssetValuationSchema.optional(),
  location: z.string().optional(),
  supplierIds: RefListSchema.describe("Suppliers that provide or host it."),
  dependsOnAssetIds: RefListSchema,
});
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
