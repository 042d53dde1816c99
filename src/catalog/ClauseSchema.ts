import * as z from "zod";
import { ClauseIdSchema, NonEmptyStringSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * One clause or subclause of ISO/IEC 27001:2022 clauses 4 to 10: its id, official title, parent
 * (`null` for the seven top-level clauses), whether it holds requirements that can be assessed (the
 * headings `"4"` … `"10"` and the groupings `"6.1"`, `"7.5"`, `"9.2"`, `"9.3"` do not; their
 * subclauses do), a `summary` written for this library, and — where the clause requires documented
 * information — what must be documented, in this library's short words.
 *
 * @category Catalog
 * @example
 * ```ts
 * ClauseSchema.safeParse(getClause("4.3")).success
 * //=> true
 * ```
 */
export const ClauseSchema = z.strictObject(lazyShape(() => ({
  id: ClauseIdSchema,
  title: NonEmptyStringSchema,
  parent: ClauseIdSchema.nullable(),
  assessable: z.boolean(),
  summary: NonEmptyStringSchema,
  documentedInformation: z
    .array(NonEmptyStringSchema)
    .min(1, { error: "expected at least one item; leave documentedInformation out when none is required" })
    .readonly()
    .optional(),
})));

/**
 * A clause or subclause of ISO/IEC 27001:2022.
 *
 * @category Catalog
 * @example
 * ```ts
 * const clause: Clause | undefined = getClause("6.1.3");
 * clause?.documentedInformation
 * //=> ["The information security risk treatment process", "The Statement of Applicability"]
 * ```
 */
export type Clause = z.infer<typeof ClauseSchema>;
