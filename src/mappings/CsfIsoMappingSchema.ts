import * as z from "zod";
import { NonEmptyStringSchema } from "../core/primitives";

/**
 * How an element of one framework relates to one of another, in the set-theory terms of NIST's
 * OLIR program: `equal`, `subset` (the first is a subset of the second), `superset` or `intersect`
 * (they overlap). Read from the CSF side: "GV.PO-01 *intersects* ISO/IEC 27001:2022 5.1".
 *
 * @category Interop
 * @example
 * ```ts
 * MappingRelationshipSchema.options
 * //=> ["equal", "subset", "superset", "intersect"]
 * ```
 */
export const MappingRelationshipSchema = z.enum(["equal", "subset", "superset", "intersect"]);

/**
 * A mapping relationship.
 *
 * @category Interop
 * @example
 * ```ts
 * const relationship: MappingRelationship = "intersect";
 * ```
 */
export type MappingRelationship = z.infer<typeof MappingRelationshipSchema>;

/**
 * The shape of `catalog/mappings/csf2-iso27001-2022.json`: NIST's CSF 2.0 informative references to
 * ISO/IEC 27001:2022, one record per pair — a Subcategory, an ISO/IEC 27001:2022 mandatory clause
 * (`kind: "clause"`) or Annex A control (`kind: "control"`), the relationship, the items of the
 * clause NIST cites (`4.2` a) and b)) and a note where isms-kit read NIST's reference.
 *
 * @category Interop
 * @example
 * ```ts
 * CsfIsoMappingSchema.safeParse(csf2ToIso27001).success
 * //=> true
 * ```
 */
export const CsfIsoMappingSchema = z.strictObject({
  id: NonEmptyStringSchema,
  from: NonEmptyStringSchema,
  to: NonEmptyStringSchema,
  source: NonEmptyStringSchema,
  sourceUrl: z.url(),
  mappings: z
    .array(
      z.strictObject({
        csf: NonEmptyStringSchema,
        kind: z.enum(["clause", "control"]),
        iso: NonEmptyStringSchema,
        relationship: MappingRelationshipSchema,
        items: z.array(z.string().regex(/^[a-z]$/)).min(1).readonly().optional(),
        note: NonEmptyStringSchema.optional(),
      }),
    )
    .readonly(),
});

/**
 * A set of CSF 2.0 ↔ ISO/IEC 27001:2022 mappings, as {@link csf2ToIso27001} holds it.
 *
 * @category Interop
 * @example
 * ```ts
 * const mapping: CsfIsoMapping = csf2ToIso27001;
 * mapping.mappings.filter((m) => m.csf === "PR.DS-11").map((m) => m.iso)
 * //=> ["8.13"]
 * ```
 */
export type CsfIsoMapping = z.infer<typeof CsfIsoMappingSchema>;
