import * as z from "zod";
import { intervalMonthsSchema } from "../core/bounds";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * An independent attestation of a supplier's security: a SOC 2 report, an ISO/IEC 27001 (27017,
 * 27018, 27701) certificate, a PCI DSS attestation …, with when it was issued, when it stops counting
 * (`expiresOn`: a certificate's expiry, or twelve months after a SOC 2 report's period as most
 * customers read it), and who reviewed it (Annex A 5.21, 5.22).
 *
 * @category Model
 * @example
 * ```ts
 * const a: SupplierAttestation = SupplierAttestationSchema.parse({ id: "sup-aws-soc2", type: "soc2-type2", issuedOn: "2026-05-15", periodEnd: "2026-03-31", expiresOn: "2027-03-31" });
 * a.type
 * //=> "soc2-type2"
 * ```
 */
export const SupplierAttestationSchema = entitySchema(() => ({
  type: z
    .enum(["soc2-type2", "soc2-type1", "iso27001", "iso27017", "iso27018", "iso27701", "pci-dss", "csa-star", "c5", "other"])
    .register(z.globalRegistry, { description: "What it is: a SOC 2 type II or type I report, an ISO/IEC certificate, a PCI DSS attestation, CSA STAR, BSI C5, or another.", examples: ["soc2-type2"] }),
  issuedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When the report or certificate was issued." }),
  periodEnd: IsoDateSchema.optional().register(z.globalRegistry, { description: "The end of the period a SOC 2 type II report covers." }),
  expiresOn: IsoDateSchema.describe("The last day it counts as current assurance."),
  scope: z.string().optional().register(z.globalRegistry, { description: "What it covers (services, regions), when narrower than the whole supplier.", examples: ["EU regions only"] }),
  reviewedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When the organisation reviewed it (exceptions, complementary user-entity controls)." }),
  reviewedById: RefSchema.optional().register(z.globalRegistry, { description: "Who reviewed it (a people id).", examples: ["p-ciso"] }),
  evidenceIds: RefListSchema.meta({ description: "The report or certificate on file (evidence ids).", examples: [["ev-aws-soc2-2026"]] }),
})).register(z.globalRegistry, { description: "An independent attestation of the supplier's security." });
/**
 * The type of a supplier attestation, inferred from {@link SupplierAttestationSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: SupplierAttestation = SupplierAttestationSchema.parse({ id: "a", type: "iso27001", expiresOn: "2027-01-01" });
 * SupplierAttestationSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type SupplierAttestation = z.infer<typeof SupplierAttestationSchema>;

/**
 * A supplier whose products or services bear on information security: its criticality, the
 * requirements agreed with it, its assessments, and the assurance it gives — attestations with their
 * expiry, a data-processing agreement when it processes personal data, whether it is a
 * sub-processor of the organisation's customers' data, and an exit plan for cloud services.
 *
 * @category Model
 * @example
 * ```ts
 * const s: Supplier = SupplierSchema.parse({ id: "sup-aws", name: "Amazon Web Services", criticality: "critical", certifications: ["ISO/IEC 27001"] });
 * s.status
 * //=> "active"
 * ```
 */
export const SupplierSchema = entitySchema(() => ({
  name: NonEmptyStringSchema.meta({ description: "Its name.", examples: ["Amazon Web Services"] }),
  services: z.string().optional().register(z.globalRegistry, { description: "What it provides.", examples: ["Hosting, managed databases, backups"] }),
  criticality: z.enum(["low", "medium", "high", "critical"]).register(z.globalRegistry, { description: "How critical it is to the organisation.", examples: ["critical"] }),
  ownerId: RefSchema.optional().register(z.globalRegistry, { description: "Who manages the relationship.", examples: ["p-cto"] }),
  status: z.enum(["onboarding", "active", "offboarded"]).default("active").register(z.globalRegistry, { description: "Where the relationship stands.", examples: ["active"] }),
  securityRequirementsAgreed: z.boolean().optional().register(z.globalRegistry, { description: "Information security requirements are agreed with it (5.20).", examples: [true] }),
  certifications: z.array(z.string()).default([]).register(z.globalRegistry, { description: "Its certifications, in words (attestations records them with expiry).", examples: [["ISO/IEC 27001", "SOC 2 type II"]] }),
  lastAssessedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was last assessed." }),
  assessmentIntervalMonths: intervalMonthsSchema().optional().register(z.globalRegistry, { description: "Months between its assessments, when it sets its own interval (else the organisation's supplierReviewIntervalMonths).", examples: [12] }),
  contractDocumentIds: RefListSchema.meta({ description: "Its contracts (documents ids).", examples: [["doc-aws-agreement"]] }),
  type: z
    .enum(["cloud", "software", "ict-service", "professional-service", "facilities", "other"])
    .optional()
    .register(z.globalRegistry, { description: "What it supplies: a cloud service (5.23), software or another ICT service (5.21), professional services, facilities.", examples: ["cloud"] }),
  processesPersonalData: z.boolean().default(false).register(z.globalRegistry, { description: "It processes personal data on the organisation's behalf (a processor, GDPR Art. 28).", examples: [true] }),
  subProcessor: z.boolean().default(false).register(z.globalRegistry, { description: "It is a sub-processor of the personal data the organisation processes for its customers, disclosed to them.", examples: [true] }),
  dataProcessingAgreement: z
    .strictObject(lazyShape(() => ({
      signedOn: IsoDateSchema.describe("When it was signed."),
      documentId: RefSchema.optional().register(z.globalRegistry, { description: "The agreement (a documents id).", examples: ["doc-aws-dpa"] }),
      transferMechanism: z.enum(["none-needed", "adequacy", "sccs", "bcrs", "other"]).optional().register(z.globalRegistry, { description: "How transfers outside the EEA are covered, if any.", examples: ["sccs"] }),
    })))
    .optional()
    .register(z.globalRegistry, { description: "The data processing agreement (GDPR Art. 28), when it processes personal data.", examples: [{ signedOn: "2025-03-01", documentId: "doc-aws-dpa", transferMechanism: "sccs" }] }),
  attestations: z.array(SupplierAttestationSchema).default([]).register(z.globalRegistry, {
    description: "Independent attestations of its security (5.21, 5.22).",
    examples: [[{ id: "att-aws-soc2", type: "soc2-type2", periodEnd: "2026-03-31", expiresOn: "2027-06-30" }]],
  }),
  exitPlanDocumentId: RefSchema.optional().register(z.globalRegistry, { description: "How the organisation would leave the service (a documents id; 5.23).", examples: ["doc-aws-exit-plan"] }),
}));
/**
 * The type of a supplier, inferred from {@link SupplierSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Supplier = SupplierSchema.parse({ id: "s", name: "x", criticality: "low" });
 * SupplierSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Supplier = z.infer<typeof SupplierSchema>;
