import * as z from "zod";
import { MAX_EMPLOYEES } from "../core/bounds";
import { IsoDateSchema, NonEmptyStringSchema, ExtensionsSchema } from "../core/primitives";

/**
 * The state of the organisation's certification: the edition it is certified against, the body,
 * and the certificate's dates.
 *
 * @category Model
 * @example
 * ```ts
 * const cert: Certification = {
 *   edition: "2022",
 *   status: "certified",
 *   certificationBody: "Example Cert Ltd",
 *   certifiedOn: "2025-03-10",
 *   expiresOn: "2028-03-09",
 * };
 * ```
 */
export const CertificationSchema = z.strictObject({
  edition: z.enum(["2013", "2022"]).describe("Edition of ISO/IEC 27001 the certificate is issued against."),
  status: z.enum(["not-certified", "in-progress", "certified", "suspended", "withdrawn", "expired"]),
  certificationBody: z.string().optional(),
  certificateNumber: z.string().optional(),
  certifiedOn: IsoDateSchema.optional().describe("Date of the certification decision for the current cycle."),
  expiresOn: IsoDateSchema.optional(),
  nextAuditOn: IsoDateSchema.optional(),
});
/**
 * The type of a certification, inferred from {@link CertificationSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Certification = CertificationSchema.parse({ edition: "2022", status: "certified" });
 * CertificationSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Certification = z.infer<typeof CertificationSchema>;

/**
 * The organisation whose ISMS the document describes.
 *
 * @category Model
 * @example
 * ```ts
 * const org: Organization = { name: "Acme Cloud GmbH", employees: 150, locations: ["Berlin"] };
 * ```
 */
export const OrganizationSchema = z
  .strictObject({
    name: NonEmptyStringSchema,
    legalName: z.string().optional(),
    industry: z.string().optional(),
    employees: z.int().nonnegative().max(MAX_EMPLOYEES, { error: "expected at most 10,000,000 employees" }).optional(),
    locations: z.array(z.string()).default([]),
    website: z.string().optional(),
    certification: CertificationSchema.optional(),
    extensions: ExtensionsSchema.optional(),
  })
  .describe("The organisation whose ISMS this document describes.");
/**
 * The type of an organization, inferred from {@link OrganizationSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Organization = OrganizationSchema.parse({ name: "A" });
 * OrganizationSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Organization = z.infer<typeof OrganizationSchema>;
