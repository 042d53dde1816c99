import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { RecordStatusSchema } from "./_lib/numbers";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * An information system in the scope of access control, logging and secure development: an
 * application, a SaaS tenant, a cloud account, a database, an identity provider. Accounts, access
 * reviews, log sources, backup jobs and releases refer to it.
 *
 * @category Model
 * @example
 * ```ts
 * const s: InformationSystem = SystemSchema.parse({ id: "sys-aws", name: "AWS production organisation", type: "infrastructure", ownerId: "p-cto", mfaRequired: true });
 * [s.status, s.developedInHouse]
 * //=> ["active", false]
 * ```
 */
export const SystemSchema = entitySchema(() => ({
  name: NonEmptyStringSchema.meta({ description: "Its name.", examples: ["GitHub"] }),
  type: z
    .enum(["application", "saas", "infrastructure", "database", "network", "endpoint", "identity-provider", "source-code", "other"])
    .optional()
    .register(z.globalRegistry, { description: "What kind of system it is.", examples: ["source-code"] }),
  description: z.string().optional().register(z.globalRegistry, { description: "What it is for.", examples: ["Source code, reviews and CI of every in-house system"] }),
  ownerId: RefSchema.optional().register(z.globalRegistry, { description: "Who owns the system and its access rights (a people id).", examples: ["p-cto"] }),
  assetIds: RefListSchema.meta({ description: "The assets it is or supports (asset ids).", examples: [["a-source-code"]] }),
  mfaRequired: z.boolean().default(false).register(z.globalRegistry, { description: "The organisation's rule for it: every personal account needs multi-factor authentication (8.5).", examples: [true] }),
  developedInHouse: z.boolean().default(false).register(z.globalRegistry, { description: "Developed by or for the organisation: the secure-development controls apply (8.25–8.29).", examples: [false] }),
  securityRequirementsDocumentId: RefSchema.optional().register(z.globalRegistry, { description: "Its application security requirements (a documents id; 8.26).", examples: ["doc-shop-security-requirements"] }),
  architectureReviewedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When its security architecture or threat model was last reviewed (8.27)." }),
  status: RecordStatusSchema,
})).register(z.globalRegistry, { description: "An information system in scope of access control, logging and development." });
/**
 * The type of an information system, inferred from {@link SystemSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: InformationSystem = SystemSchema.parse({ id: "s", name: "x" });
 * SystemSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type InformationSystem = z.infer<typeof SystemSchema>;
