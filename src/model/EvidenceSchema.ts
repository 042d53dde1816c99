import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { ClauseIdSchema, IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/** A digest of `digits` hexadecimal digits, as the algorithm `algorithm` gives it. */
const digest = <const A extends string>(algorithm: A, digits: number) =>
  z.strictObject({
    algorithm: z.literal(algorithm).describe("The hash algorithm."),
    value: z
      .string()
      .regex(new RegExp(`^[0-9a-fA-F]{${digits}}$`), { error: `expected a ${algorithm} digest of ${digits} hexadecimal digits` })
      .describe(`The ${algorithm} digest: ${digits} hexadecimal digits.`),
  });

/** The hash of a piece of evidence: the algorithm, and a digest of the length the algorithm gives. */
export const EvidenceHashSchema = z
  .discriminatedUnion("algorithm", [digest("sha256", 64), digest("sha384", 96), digest("sha512", 128)], {
    error: 'expected a hash { algorithm: "sha256", "sha384" or "sha512", value: its hexadecimal digest }',
  })
  .describe("A digest of the content (SHA-256, SHA-384 or SHA-512), to show it was not altered.");

/**
 * The kinds of evidence record.
 *
 * @category Model
 * @example
 * ```ts
 * EvidenceKindSchema.options.includes("configuration")
 * //=> true
 * ```
 */
export const EvidenceKindSchema = z.enum(["document", "record", "screenshot", "log", "report", "certificate", "configuration", "interview", "other"]);
/**
 * The kind of an evidence record, inferred from {@link EvidenceKindSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: EvidenceKind = EvidenceKindSchema.parse("log");
 * EvidenceKindSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;

/**
 * A record that proves something: which controls and clauses it supports, when it was collected,
 * how long it stays valid (else the organisation's maximum age for its kind, `parameters.evidenceMaxAgeMonths`), and where it is (a link or a hash).
 *
 * @category Model
 * @example
 * ```ts
 * const ev: Evidence = EvidenceSchema.parse({
 *   id: "ev-mfa",
 *   title: "IdP MFA policy export",
 *   kind: "configuration",
 *   controlIds: ["8.5"],
 *   collectedOn: "2026-03-01",
 *   validUntil: "2026-09-01",
 *   hash: { algorithm: "sha256", value: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" },
 * });
 * ev.clauseIds
 * //=> []
 * ```
 */
export const EvidenceSchema = entitySchema({
  title: NonEmptyStringSchema,
  kind: EvidenceKindSchema,
  description: z.string().optional(),
  controlIds: RefListSchema,
  clauseIds: z.array(ClauseIdSchema).default([]),
  documentIds: RefListSchema,
  collectedOn: IsoDateSchema,
  collectedById: RefSchema.optional(),
  validUntil: IsoDateSchema.optional(),
  location: z.string().optional().describe("A link or path to the evidence."),
  hash: EvidenceHashSchema.optional(),
}).describe("Evidence: what proves what.");
/**
 * The type of an evidence, inferred from {@link EvidenceSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Evidence = EvidenceSchema.parse({ id: "e", title: "x", kind: "log", collectedOn: "2026-01-01" });
 * EvidenceSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Evidence = z.infer<typeof EvidenceSchema>;
