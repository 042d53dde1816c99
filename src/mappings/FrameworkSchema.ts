import * as z from "zod";
import { NonEmptyStringSchema } from "../core/primitives";

/**
 * One requirement of a framework: a NIST CSF 2.0 Subcategory, an ISO/IEC 27001 clause or Annex A
 * control, an article of an EU act. `parentId` places it in the framework's tree (a Subcategory's
 * Category, a control's theme); `kind` says what it is in the framework's own words.
 *
 * @category Mappings
 * @example
 * ```ts
 * const requirement: FrameworkRequirement = { id: "PR.DS-11", kind: "subcategory", parentId: "PR.DS", title: "Backups of data are created, protected, maintained, and tested" };
 * ```
 */
export const FrameworkRequirementSchema = z.strictObject({
  id: NonEmptyStringSchema.describe("The framework's own id of the requirement, e.g. \"PR.DS-11\" or \"A.8.13\"."),
  kind: NonEmptyStringSchema.optional().describe("What the requirement is in the framework: function, category, subcategory, clause, control, article …"),
  parentId: NonEmptyStringSchema.optional().describe("The requirement it belongs to, when the framework is a tree."),
  title: NonEmptyStringSchema,
  description: NonEmptyStringSchema.optional(),
});

/**
 * The type of a framework requirement, inferred from {@link FrameworkRequirementSchema}.
 *
 * @category Mappings
 * @example
 * ```ts
 * getFramework("nist-csf-2.0")?.requirements.find((r) => r.id === "GV")?.title
 * //=> "Govern"
 * ```
 */
export type FrameworkRequirement = z.infer<typeof FrameworkRequirementSchema>;

/**
 * A framework as data: its id (`"nist-csf-2.0"`), name, version and publisher, and its requirements
 * in the framework's order, each id once. ISO/IEC 27001:2022 is one (clauses `4` … `10.2` and Annex A
 * controls `A.5.1` … `A.8.34`), so is its 2013 Annex A, so is NIST CSF 2.0; a mapping relates the
 * requirements of two frameworks.
 *
 * @category Mappings
 * @example
 * ```ts
 * FrameworkSchema.safeParse({ id: "acme-baseline", name: "Acme baseline", requirements: [{ id: "AB-1", title: "Laptops are encrypted" }] }).success
 * //=> true
 * ```
 */
export const FrameworkSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, { error: "expected a framework id of lower-case letters, digits, dots and hyphens, e.g. \"nist-csf-2.0\"" }),
    name: NonEmptyStringSchema,
    version: NonEmptyStringSchema.optional(),
    publisher: NonEmptyStringSchema.optional(),
    url: z.url().optional(),
    requirements: z.array(FrameworkRequirementSchema).readonly(),
  })
  .superRefine((framework, ctx) => {
    const first = new Map<string, number>();
    framework.requirements.forEach((requirement, i) => {
      const at = first.get(requirement.id);
      if (at === undefined) first.set(requirement.id, i);
      else ctx.addIssue({ code: "custom", path: ["requirements", i, "id"], message: `duplicate requirement id "${requirement.id}" (first used by requirements[${at}])`, params: { code: "duplicate_id" } });
    });
    framework.requirements.forEach((requirement, i) => {
      if (requirement.parentId !== undefined && !first.has(requirement.parentId)) {
        ctx.addIssue({ code: "custom", path: ["requirements", i, "parentId"], message: `no requirement with id "${requirement.parentId}" in this framework`, params: { code: "unknown_id" } });
      }
    });
  });

/**
 * The type of a framework, inferred from {@link FrameworkSchema}.
 *
 * @category Mappings
 * @example
 * ```ts
 * const framework: Framework | undefined = getFramework("iso27001-2022");
 * framework?.requirements.length
 * //=> 138
 * ```
 */
export type Framework = z.infer<typeof FrameworkSchema>;
