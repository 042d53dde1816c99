import * as z from "zod";
import { NonEmptyStringSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * How the requirements of a pair relate, in the set-theory vocabulary of NIST IR 8477 (section 4.3):
 * the source requirement is `equal` to the target, a `subset-of` it (the target asks for more), a
 * `superset-of` it, `intersects-with` it (they share some of what they ask for), or has
 * `no-relationship` with it.
 *
 * @category Mappings
 * @example
 * ```ts
 * MappingRelationshipSchema.options
 * //=> ["equal", "subset-of", "superset-of", "intersects-with", "no-relationship"]
 * ```
 */
export const MappingRelationshipSchema = z.enum(["equal", "subset-of", "superset-of", "intersects-with", "no-relationship"]);

/**
 * A relationship of NIST IR 8477, inferred from {@link MappingRelationshipSchema}.
 *
 * @category Mappings
 * @example
 * ```ts
 * const relationship: MappingRelationship = "intersects-with";
 * ```
 */
export type MappingRelationship = z.infer<typeof MappingRelationshipSchema>;

/**
 * One pair of a mapping: a requirement of the source framework, one of the target framework, and how
 * they relate. `items` narrows a clause to some of its lettered items (`["a", "b"]` for 4.2 a and b);
 * `note` says how a source was read where it had to be.
 *
 * @category Mappings
 * @example
 * ```ts
 * const pair: FrameworkMappingPair = { source: "PR.DS-11", target: "A.8.13", relationship: "intersects-with" };
 * ```
 */
export const FrameworkMappingPairSchema = z.strictObject(lazyShape(() => ({
  source: NonEmptyStringSchema.describe("A requirement id of the source framework."),
  target: NonEmptyStringSchema.describe("A requirement id of the target framework."),
  relationship: MappingRelationshipSchema,
  items: z.array(z.string().regex(/^[a-z]$/, { error: "expected a lettered item such as \"a\"" })).min(1).readonly().optional(),
  note: NonEmptyStringSchema.optional(),
})));

/**
 * The type of a mapping pair, inferred from {@link FrameworkMappingPairSchema}.
 *
 * @category Mappings
 * @example
 * ```ts
 * getFrameworkMapping("iso27001-2013", "iso27001-2022")?.pairs.find((pair) => pair.source === "A.12.6.1")
 * //=> { source: "A.12.6.1", target: "A.8.8", relationship: "subset-of" }
 * ```
 */
export type FrameworkMappingPair = z.infer<typeof FrameworkMappingPairSchema>;

/**
 * A mapping between two frameworks as data: which frameworks (by id), where the mapping comes from
 * (`origin`: its publisher, title, address and how isms-kit read it), the pairs, and the source
 * requirements it records as not addressed by the target, each with the reason. Every data set of
 * `catalog/mappings/` has this shape; a test checks every id against both frameworks.
 *
 * @category Mappings
 * @example
 * ```ts
 * const mapping: FrameworkMapping = {
 *   id: "acme-baseline--iso27001-2022",
 *   source: "acme-baseline",
 *   target: "iso27001-2022",
 *   origin: { title: "Acme's own mapping, 2026" },
 *   pairs: [{ source: "AB-1", target: "A.8.24", relationship: "subset-of" }],
 * };
 * FrameworkMappingSchema.safeParse(mapping).success
 * //=> true
 * ```
 */
export const FrameworkMappingSchema = z.strictObject(lazyShape(() => ({
  id: NonEmptyStringSchema,
  source: NonEmptyStringSchema.describe("The id of the framework the pairs map from."),
  target: NonEmptyStringSchema.describe("The id of the framework the pairs map to."),
  origin: z.strictObject(lazyShape(() => ({
    title: NonEmptyStringSchema,
    publisher: NonEmptyStringSchema.optional(),
    url: z.url().optional(),
    notes: NonEmptyStringSchema.optional().register(z.globalRegistry, { description: "How the source was read: what was derived, what was assumed." }),
  }))),
  pairs: z.array(FrameworkMappingPairSchema).readonly(),
  notAddressed: z
    .array(z.strictObject(lazyShape(() => ({ source: NonEmptyStringSchema, reason: NonEmptyStringSchema }))))
    .readonly()
    .optional()
    .register(z.globalRegistry, { description: "Source requirements the target framework does not address, with the reason." }),
})));

/**
 * The type of a framework mapping, inferred from {@link FrameworkMappingSchema}.
 *
 * @category Mappings
 * @example
 * ```ts
 * getFrameworkMapping("nist-csf-2.0", "iso27001-2022")?.pairs.length
 * //=> 388
 * ```
 */
export type FrameworkMapping = z.infer<typeof FrameworkMappingSchema>;
