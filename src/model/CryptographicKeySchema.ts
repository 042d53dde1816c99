import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { intervalMonthsSchema } from "../core/bounds";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * A cryptographic key of the key inventory: what it protects, its algorithm and length, where it is
 * kept, who is its custodian, and its life — creation, rotation, expiry, state (Annex A 8.24).
 *
 * @category Model
 * @example
 * ```ts
 * const k: CryptographicKey = CryptographicKeySchema.parse({
 *   id: "key-db", name: "Database encryption key", algorithm: "AES-256-GCM", storage: "kms",
 *   createdOn: "2025-02-01", lastRotatedOn: "2026-02-01", rotationIntervalMonths: 12,
 * });
 * k.status
 * //=> "active"
 * ```
 */
export const CryptographicKeySchema = entitySchema(() => ({
  name: NonEmptyStringSchema.meta({ description: "Its name or alias.", examples: ["Customer data encryption key"] }),
  purpose: z.string().optional().register(z.globalRegistry, { description: "What it protects: data at rest, TLS, signing, backups …", examples: ["Encryption of customer data at rest"] }),
  algorithm: NonEmptyStringSchema.meta({ description: "Its algorithm and mode, e.g. AES-256-GCM, RSA-3072, ECDSA P-256.", examples: ["AES-256-GCM"] }),
  keyLengthBits: z.int().min(1).max(65_536).optional().register(z.globalRegistry, { description: "Its length in bits.", examples: [256] }),
  storage: z.enum(["hsm", "kms", "vault", "software", "other"]).register(z.globalRegistry, { description: "Where it is kept: a hardware security module, a cloud key service, a secrets vault, in software.", examples: ["kms"] }),
  systemIds: RefListSchema.meta({ description: "The systems that use it (systems ids).", examples: [["sys-aws"]] }),
  custodianId: RefSchema.optional().register(z.globalRegistry, { description: "Who is responsible for it (a people id).", examples: ["p-sre-lead"] }),
  createdOn: IsoDateSchema.describe("When it was generated."),
  lastRotatedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was last rotated (a new version made current)." }),
  rotationIntervalMonths: intervalMonthsSchema().optional().register(z.globalRegistry, { description: "Its own rotation interval, when shorter than the organisation's keyRotationMonths.", examples: [12] }),
  expiresOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "The end of its cryptoperiod." }),
  status: z.enum(["active", "retired", "compromised", "destroyed"]).default("active").register(z.globalRegistry, {
    description: "`retired`: no longer used to protect new data; `compromised`: known or suspected to be disclosed; `destroyed`: no longer exists.",
    examples: ["active"],
  }),
})).register(z.globalRegistry, { description: "A cryptographic key (8.24)." });
/**
 * The type of a cryptographic key, inferred from {@link CryptographicKeySchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: CryptographicKey = CryptographicKeySchema.parse({ id: "k", name: "x", algorithm: "AES-256", storage: "kms", createdOn: "2026-01-01" });
 * CryptographicKeySchema.safeParse(value).success
 * //=> true
 * ```
 */
export type CryptographicKey = z.infer<typeof CryptographicKeySchema>;
