import * as z from "zod";
import { MAX_EMPLOYEES } from "../core/bounds";
import { IsoDateSchema, NonEmptyStringSchema, ExtensionsSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

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
export const CertificationSchema = z.strictObject(lazyShape(() => ({
  edition: z.enum(["2013", "2022"]).register(z.globalRegistry, { description: "Edition of ISO/IEC 27001 the certificate is issued against.", examples: ["2022"] }),
  status: z.enum(["not-certified", "in-progress", "certified", "suspended", "withdrawn", "expired"]).register(z.globalRegistry, { description: "Where certification stands.", examples: ["certified"] }),
  certificationBody: z.string().optional().register(z.globalRegistry, { description: "The certification body.", examples: ["Example Certification Ltd"] }),
  certificateNumber: z.string().optional().register(z.globalRegistry, { description: "The certificate's number.", examples: ["IS 765432"] }),
  certifiedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "Date of the certification decision for the current cycle." }),
  expiresOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When the certificate expires." }),
  nextAuditOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When the next certification body audit is planned." }),
})));
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
  .strictObject(lazyShape(() => ({
    name: NonEmptyStringSchema.meta({ description: "The organisation's name as it is known.", examples: ["Acme Payments"] }),
    legalName: z.string().optional().register(z.globalRegistry, { description: "Its registered legal name.", examples: ["Acme Payments GmbH"] }),
    industry: z.string().optional().register(z.globalRegistry, { description: "Its industry or sector.", examples: ["Financial services"] }),
    employees: z.int().nonnegative().max(MAX_EMPLOYEES, { error: "expected at most 10,000,000 employees" }).optional().register(z.globalRegistry, { description: "How many people it employs (0 to 10,000,000).", examples: [40] }),
    locations: z.array(z.string()).default([]).register(z.globalRegistry, { description: "Its sites or countries.", examples: [["Berlin, Germany"]] }),
    website: z.string().optional().register(z.globalRegistry, { description: "Its website.", examples: ["https://acme.example"] }),
    certification: CertificationSchema.optional().register(z.globalRegistry, { description: "Its ISO/IEC 27001 certification, if any.", examples: [{ edition: "2022", status: "certified", certifiedOn: "2025-07-01", expiresOn: "2028-06-30" }] }),
    extensions: ExtensionsSchema.optional().register(z.globalRegistry, { description: "Tool-specific data about the organisation." }),
  })))
  .register(z.globalRegistry, { description: "The organisation whose ISMS this document describes.", examples: [{ name: "Acme Payments", legalName: "Acme Payments GmbH", employees: 40, locations: ["Berlin, Germany"] }] });
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
