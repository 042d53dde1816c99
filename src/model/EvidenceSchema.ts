import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { ClauseIdSchema, IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/** A digest of `digits` hexadecimal digits, as the algorithm `algorithm` gives it; `example` is one (of the text "test"). */
const digest = <const A extends string>(algorithm: A, digits: number, example: string) =>
  z.strictObject(lazyShape(() => ({
    algorithm: z.literal(algorithm).meta({ description: "The hash algorithm.", examples: [algorithm] }), // meta-clone: the literal's type is generic here, which .register() cannot type
    value: z
      .string()
      .regex(new RegExp(`^[0-9a-fA-F]{${digits}}$`), { error: `expected a ${algorithm} digest of ${digits} hexadecimal digits` })
      .register(z.globalRegistry, { description: `The ${algorithm} digest: ${digits} hexadecimal digits.`, examples: [example] }),
  })));

/** The hash of a piece of evidence: the algorithm, and a digest of the length the algorithm gives. */
export const EvidenceHashSchema = z
  .discriminatedUnion(
    "algorithm",
    [
      digest("sha256", 64, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
      digest("sha384", 96, "768412320f7b0aa5812fce428dc4706b3cae50e02a64caa16a782249bfe8efc4b7ef1ccb126255d196047dfedf17a0a9"),
      digest("sha512", 128, "ee26b0dd4af7e749aa1a8ee3c10ae9923f618980772e473f8819a5d4940e0db27ac185f8a0e1d5f84f88bc887fd67b143732c304cc5fa9ad8e6f57f50028a8ff"),
    ],
    { error: 'expected a hash { algorithm: "sha256", "sha384" or "sha512", value: its hexadecimal digest }' },
  )
  .register(z.globalRegistry, {
    description: "A digest of the content (SHA-256, SHA-384 or SHA-512), to show it was not altered.",
    examples: [{ algorithm: "sha256", value: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }],
  });

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
export const EvidenceKindSchema = z
  .enum(["document", "record", "screenshot", "log", "report", "certificate", "configuration", "interview", "other"])
  .register(z.globalRegistry, { description: "What kind of evidence it is; it sets how old it may be (parameters.evidenceMaxAgeMonths).", examples: ["configuration"] });
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
export const EvidenceSchema = entitySchema(() => ({
  title: NonEmptyStringSchema.meta({ description: "What it is.", examples: ["Export of the identity provider's MFA policy"] }),
  kind: EvidenceKindSchema.meta({ description: "What kind of evidence it is." }),
  description: z.string().optional().register(z.globalRegistry, { description: "What it shows.", examples: ["Every user is required to enrol a second factor"] }),
  controlIds: RefListSchema.meta({ description: "Controls it supports: Annex A ids or the organisation's own.", examples: [["8.5"]] }),
  clauseIds: z.array(ClauseIdSchema).default([]).register(z.globalRegistry, { description: "Clauses it supports.", examples: [["9.1"]] }),
  documentIds: RefListSchema.meta({ description: "Documents it belongs to or records (documents ids).", examples: [["doc-access-policy"]] }),
  collectedOn: IsoDateSchema.meta({ description: "When it was collected." }),
  collectedById: RefSchema.optional().register(z.globalRegistry, { description: "Who collected it (a people id).", examples: ["p-it-lead"] }),
  validUntil: IsoDateSchema.optional().register(z.globalRegistry, { description: "The last day it counts as current; absent, the organisation's maximum age for its kind applies." }),
  location: z.string().optional().register(z.globalRegistry, { description: "A link or path to the evidence.", examples: ["https://drive.example.com/evidence/mfa-policy-2026-03.pdf"] }),
  hash: EvidenceHashSchema.optional().register(z.globalRegistry, { description: "A digest of its content, to show it was not altered." }),
})).register(z.globalRegistry, { description: "Evidence: what proves what." });
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
