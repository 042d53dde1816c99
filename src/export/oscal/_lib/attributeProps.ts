import type { ControlAttributeKind } from "../../../catalog/ControlAttributesSchema";

/** The prop name of each ISO/IEC 27002:2022 attribute kind. */
export const ATTRIBUTE_PROP_NAMES: Readonly<Record<ControlAttributeKind, string>> = {
  controlTypes: "control-type",
  securityProperties: "security-property",
  cybersecurityConcepts: "cybersecurity-concept",
  operationalCapabilities: "operational-capability",
  securityDomains: "security-domain",
};
