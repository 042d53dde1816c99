import * as z from "zod";
import { SecurityPropertySchema } from "../core/primitives";
import { enumError } from "./_lib/enumError";

const CONTROL_TYPE_VALUES = ["preventive", "detective", "corrective"] as const;

/**
 * ISO/IEC 27002:2022 attribute "control type": when and how a control changes risk.
 *
 * @category Catalog
 * @example
 * ```ts
 * ControlTypeSchema.options
 * //=> ["preventive", "detective", "corrective"]
 * ```
 */
export const ControlTypeSchema = z.enum(CONTROL_TYPE_VALUES, {
  error: enumError(CONTROL_TYPE_VALUES),
});
/**
 * A control type value.
 *
 * @category Catalog
 * @example
 * ```ts
 * const type: ControlType = "detective";
 * ```
 */
export type ControlType = z.infer<typeof ControlTypeSchema>;

const CYBERSECURITY_CONCEPT_VALUES = ["identify", "protect", "detect", "respond", "recover"] as const;

/**
 * ISO/IEC 27002:2022 attribute "cybersecurity concepts": the concepts of ISO/IEC TS 27110
 * (the same five functions as the NIST Cybersecurity Framework 1.1).
 *
 * @category Catalog
 * @example
 * ```ts
 * CybersecurityConceptSchema.options
 * //=> ["identify", "protect", "detect", "respond", "recover"]
 * ```
 */
export const CybersecurityConceptSchema = z.enum(CYBERSECURITY_CONCEPT_VALUES, {
  error: enumError(CYBERSECURITY_CONCEPT_VALUES),
});
/**
 * A cybersecurity concept value.
 *
 * @category Catalog
 * @example
 * ```ts
 * const concept: CybersecurityConcept = "respond";
 * ```
 */
export type CybersecurityConcept = z.infer<typeof CybersecurityConceptSchema>;

const OPERATIONAL_CAPABILITY_VALUES = [
  "governance",
  "asset_management",
  "information_protection",
  "human_resource_security",
  "physical_security",
  "system_and_network_security",
  "application_security",
  "secure_configuration",
  "identity_and_access_management",
  "threat_and_vulnerability_management",
  "continuity",
  "supplier_relationships_security",
  "legal_and_compliance",
  "information_security_event_management",
  "information_security_assurance",
] as const;

/**
 * ISO/IEC 27002:2022 attribute "operational capabilities": the practitioner's view of a control.
 *
 * @category Catalog
 * @example
 * ```ts
 * OperationalCapabilitySchema.options.length
 * //=> 15
 * OperationalCapabilitySchema.safeParse("supplier_relationships").success
 * //=> false
 * ```
 */
export const OperationalCapabilitySchema = z.enum(OPERATIONAL_CAPABILITY_VALUES, {
  error: enumError(OPERATIONAL_CAPABILITY_VALUES),
});
/**
 * An operational capability value.
 *
 * @category Catalog
 * @example
 * ```ts
 * const capability: OperationalCapability = "secure_configuration";
 * ```
 */
export type OperationalCapability = z.infer<typeof OperationalCapabilitySchema>;

const SECURITY_DOMAIN_VALUES = ["governance_and_ecosystem", "protection", "defence", "resilience"] as const;

/**
 * ISO/IEC 27002:2022 attribute "security domains": the four domains of the French ANSSI model.
 *
 * @category Catalog
 * @example
 * ```ts
 * SecurityDomainSchema.options
 * //=> ["governance_and_ecosystem", "protection", "defence", "resilience"]
 * ```
 */
export const SecurityDomainSchema = z.enum(SECURITY_DOMAIN_VALUES, {
  error: enumError(SECURITY_DOMAIN_VALUES),
});
/**
 * A security domain value.
 *
 * @category Catalog
 * @example
 * ```ts
 * const domain: SecurityDomain = "resilience";
 * ```
 */
export type SecurityDomain = z.infer<typeof SecurityDomainSchema>;

const attributeShape = {
  controlTypes: z.array(ControlTypeSchema).min(1, { error: "expected at least one control type" }).readonly(),
  securityProperties: z
    .array(SecurityPropertySchema)
    .min(1, { error: "expected at least one information security property" })
    .readonly(),
  cybersecurityConcepts: z
    .array(CybersecurityConceptSchema)
    .min(1, { error: "expected at least one cybersecurity concept" })
    .readonly(),
  operationalCapabilities: z
    .array(OperationalCapabilitySchema)
    .min(1, { error: "expected at least one operational capability" })
    .readonly(),
  securityDomains: z.array(SecurityDomainSchema).min(1, { error: "expected at least one security domain" }).readonly(),
};

/**
 * The five ISO/IEC 27002:2022 attributes of a control, each a non-empty list of lower-case values
 * written without the standard's leading `#` (`#Threat_and_vulnerability_management` becomes
 * `threat_and_vulnerability_management`). Information security properties reuse the model's
 * {@link SecurityPropertySchema}.
 *
 * @category Catalog
 * @example
 * ```ts
 * const attributes = {
 *   controlTypes: ["preventive"],
 *   securityProperties: ["confidentiality"],
 *   cybersecurityConcepts: ["protect"],
 *   operationalCapabilities: ["information_protection"],
 *   securityDomains: ["protection"],
 * };
 * ControlAttributesSchema.safeParse(attributes).success
 * //=> true
 * ControlAttributesSchema.safeParse({ ...attributes, securityDomains: [] }).success
 * //=> false
 * ```
 */
export const ControlAttributesSchema = z.strictObject(attributeShape);

/**
 * The attribute values of a control.
 *
 * @category Catalog
 * @example
 * ```ts
 * const attributes: ControlAttributes = {
 *   controlTypes: ["detective"],
 *   securityProperties: ["integrity"],
 *   cybersecurityConcepts: ["detect"],
 *   operationalCapabilities: ["information_security_event_management"],
 *   securityDomains: ["defence"],
 * };
 * ```
 */
export type ControlAttributes = z.infer<typeof ControlAttributesSchema>;

/**
 * The attributes of a control in a catalog of one's own: any of the five kinds may be left out.
 *
 * @category Catalog
 * @example
 * ```ts
 * PartialControlAttributesSchema.safeParse({ controlTypes: ["corrective"] }).success
 * //=> true
 * ```
 */
export const PartialControlAttributesSchema = ControlAttributesSchema.partial();

/**
 * Attribute values of which any kind may be absent.
 *
 * @category Catalog
 * @example
 * ```ts
 * const attributes: PartialControlAttributes = { securityDomains: ["protection"] };
 * ```
 */
export type PartialControlAttributes = z.infer<typeof PartialControlAttributesSchema>;

/**
 * The names of the five attribute kinds, in the order ISO/IEC 27002:2022 lists them.
 *
 * @category Catalog
 * @example
 * ```ts
 * controlAttributeKinds
 * //=> ["controlTypes", "securityProperties", "cybersecurityConcepts", "operationalCapabilities", "securityDomains"]
 * ```
 */
export const controlAttributeKinds = Object.freeze([
  "controlTypes",
  "securityProperties",
  "cybersecurityConcepts",
  "operationalCapabilities",
  "securityDomains",
] as const);

/**
 * The name of one attribute kind.
 *
 * @category Catalog
 * @example
 * ```ts
 * const kind: ControlAttributeKind = "securityDomains";
 * ```
 */
export type ControlAttributeKind = (typeof controlAttributeKinds)[number];
