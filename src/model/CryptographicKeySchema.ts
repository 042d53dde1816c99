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
export const CryptographicKeySchema = entitySchema({
  name: NonEmptyStringSchema.describe("Its name or alias."),
  purpose: z.string().optional().describe("What it protects: data at rest, TLS, signing, backups …"),
  algorithm: NonEmptyStringSchema.describe("Its algorithm and mode, e.g. AES-256-GCM, RSA-3072, ECDSA P-256."),
  keyLengthBits: z.int().min(1).max(65_536).optional().describe("Its length in bits."),
  storage: z.enum(["hsm", "kms", "vault", "software", "other"]).describe("Where it is kept: a hardware security module, a cloud key service, a secrets vault, in software."),
  systemIds: RefListSchema.describe("The systems that use it (systems ids)."),
  custodianId: RefSchema.optional().describe("Who is responsible for it (a people id)."),
  createdOn: IsoDateSchema.describe("When it was generated."),
  lastRotatedOn: IsoDateSchema.optional().describe("When it was last rotated (a new version made current)."),
  rotationIntervalMonths: intervalMonthsSchema().optional().describe("Its own rotation interval, when shorter than the organisation's keyRotationMonths."),
  expiresOn: IsoDateSchema.optional().describe("The end of its cryptoperiod."),
  status: z.enum(["active", "retired", "compromised", "destroyed"]).default("active").describe("`retired`: no longer used to protect new data; `compromised`: known or suspected to be disclosed; `destroyed`: no longer exists."),
}).describe("A cryptographic key (8.24).");
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
