import * as z from "zod";
import { NonEmptyStringSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * A duty to report an event to someone, in a framework's own terms: NIS2's early warning within 24
 * hours of becoming aware of a significant incident, GDPR's notification of a personal data breach
 * to the supervisory authority within 72 hours. `event` names what triggers it
 * (`"significant-incident"`, `"personal-data-breach"`, `"major-ict-incident"` …), `recipient` who is
 * told, `within` the deadline as an ISO 8601 duration (`PT24H`, `P1M`; absent when the text says
 * only "without undue delay" or leaves it to other acts), and `after` what starts the clock:
 * `"awareness"`, `"classification"`, `"request"`, … or the id of the requirement whose report it
 * follows (`"Art.23(4)(b)"`). Incident records can be checked against these deadlines.
 *
 * @category Mappings
 * @example
 * ```ts
 * getFramework("nis2")?.requirements.find((r) => r.id === "Art.23(4)(a)")?.reportingDuty
 * //=> { event: "significant-incident", recipient: "CSIRT or competent authority", within: "PT24H", after: "awareness" }
 * ```
 */
export const ReportingDutySchema = z.strictObject(lazyShape(() => ({
  event: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: "expected a lower-case event name such as \"significant-incident\"" }),
  recipient: NonEmptyStringSchema,
  within: z
    .string()
    .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/, { error: "expected an ISO 8601 duration such as \"PT24H\" or \"P1M\"" })
    .optional(),
  after: NonEmptyStringSchema.optional(),
})));

/**
 * The type of a reporting duty, inferred from {@link ReportingDutySchema}.
 *
 * @category Mappings
 * @example
 * ```ts
 * const duty: ReportingDuty = { event: "personal-data-breach", recipient: "supervisory authority", within: "PT72H", after: "awareness" };
 * ```
 */
export type ReportingDuty = z.infer<typeof ReportingDutySchema>;

/**
 * One requirement of a framework: a NIST CSF 2.0 Subcategory, an ISO/IEC 27001 clause or Annex A
 * control, a paragraph of an EU act. A requirement that obliges its reader to report an event
 * carries its {@link ReportingDuty}. `parentId` places it in the framework's tree (a Subcategory's
 * Category, a control's theme); `kind` says what it is in the framework's own words.
 *
 * @category Mappings
 * @example
 * ```ts
 * const requirement: FrameworkRequirement = { id: "PR.DS-11", kind: "subcategory", parentId: "PR.DS", title: "Backups of data are created, protected, maintained, and tested" };
 * ```
 */
export const FrameworkRequirementSchema = z.strictObject(lazyShape(() => ({
  id: NonEmptyStringSchema.describe("The framework's own id of the requirement, e.g. \"PR.DS-11\" or \"A.8.13\"."),
  kind: NonEmptyStringSchema.optional().register(z.globalRegistry, { description: "What the requirement is in the framework: function, category, subcategory, clause, control, article …" }),
  parentId: NonEmptyStringSchema.optional().register(z.globalRegistry, { description: "The requirement it belongs to, when the framework is a tree." }),
  title: NonEmptyStringSchema,
  description: NonEmptyStringSchema.optional(),
  reportingDuty: ReportingDutySchema.optional(),
})));

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
  .strictObject(lazyShape(() => ({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, { error: "expected a framework id of lower-case letters, digits, dots and hyphens, e.g. \"nist-csf-2.0\"" }),
    name: NonEmptyStringSchema,
    version: NonEmptyStringSchema.optional(),
    publisher: NonEmptyStringSchema.optional(),
    url: z.url().optional(),
    requirements: z.array(FrameworkRequirementSchema).readonly(),
  })))
  .superRefine((framework, ctx) => {
    const first = new Map<string, number>();
    framework.requirements.forEach((requirement, i) => {
      const at = first.get(requirement.id);
      if (at === undefined) first.set(requirement.id, i);
      else ctx.addIssue({ code: "custom", path: ["requirements", i, "id"], message: `duplicate requirement id "${requirement.id}" (first used by requirements[${at}])`, params: { code: "duplicate_id" } });
    });
    const parentOf = new Map(framework.requirements.map((r) => [r.id, r.parentId]));
    framework.requirements.forEach((requirement, i) => {
      if (requirement.parentId !== undefined && !first.has(requirement.parentId)) {
        ctx.addIssue({ code: "custom", path: ["requirements", i, "parentId"], message: `no requirement with id "${requirement.parentId}" in this framework`, params: { code: "unknown_id" } });
        return;
      }
      // The tree must be a tree: following parents from a requirement never comes back to it.
      const seen = new Set([requirement.id]);
      for (let id = requirement.parentId; id !== undefined; id = parentOf.get(id)) {
        if (seen.has(id)) {
          ctx.addIssue({ code: "custom", path: ["requirements", i, "parentId"], message: `"${requirement.id}" is its own ancestor (through "${requirement.parentId}")`, params: { code: "invalid_value" } });
          break;
        }
        seen.add(id);
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
