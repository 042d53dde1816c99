import * as z from "zod";
import { NonEmptyStringSchema } from "../core/primitives";

const FUNCTION_ID = /^(GV|ID|PR|DE|RS|RC)$/;
const CATEGORY_ID = /^(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}$/;
const SUBCATEGORY_ID = /^(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}-\d{2}$/;

/**
 * The shape of `catalog/csf-2.0.json`: the Core of the NIST Cybersecurity Framework 2.0 — its six
 * Functions, 22 Categories and 106 Subcategories with NIST's ids and titles (NIST CSWP 29; public
 * domain). Each Category names its Function and each Subcategory its Category.
 *
 * @category Interop
 * @example
 * ```ts
 * CsfCoreSchema.safeParse(csf2).success
 * //=> true
 * ```
 */
export const CsfCoreSchema = z.strictObject({
  id: NonEmptyStringSchema,
  name: NonEmptyStringSchema,
  version: NonEmptyStringSchema,
  functions: z
    .array(
      z.strictObject({
        id: z.string().regex(FUNCTION_ID, { error: "expected a CSF 2.0 Function id such as GV" }),
        title: NonEmptyStringSchema,
        description: NonEmptyStringSchema,
      }),
    )
    .readonly(),
  categories: z
    .array(
      z.strictObject({
        id: z.string().regex(CATEGORY_ID, { error: "expected a CSF 2.0 Category id such as GV.OC" }),
        functionId: z.string().regex(FUNCTION_ID, { error: "expected a CSF 2.0 Function id such as GV" }),
        title: NonEmptyStringSchema,
        description: NonEmptyStringSchema,
      }),
    )
    .readonly(),
  subcategories: z
    .array(
      z.strictObject({
        id: z.string().regex(SUBCATEGORY_ID, { error: "expected a CSF 2.0 Subcategory id such as GV.OC-01" }),
        categoryId: z.string().regex(CATEGORY_ID, { error: "expected a CSF 2.0 Category id such as GV.OC" }),
        title: NonEmptyStringSchema,
      }),
    )
    .readonly(),
});

/**
 * The Core of the NIST Cybersecurity Framework 2.0, as {@link csf2} holds it.
 *
 * @category Interop
 * @example
 * ```ts
 * const core: CsfCore = csf2;
 * core.functions.map((fn) => fn.id)
 * //=> ["GV", "ID", "PR", "DE", "RS", "RC"]
 * ```
 */
export type CsfCore = z.infer<typeof CsfCoreSchema>;

/**
 * One Subcategory of the CSF 2.0 Core: an outcome such as `PR.DS-11`.
 *
 * @category Interop
 * @example
 * ```ts
 * const subcategory: CsfSubcategory | undefined = csf2.subcategories.find((s) => s.id === "PR.DS-11");
 * subcategory?.title
 * //=> "Backups of data are created, protected, maintained, and tested"
 * ```
 */
export type CsfSubcategory = CsfCore["subcategories"][number];
