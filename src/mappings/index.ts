/**
 * `isms-kit/mappings`: frameworks and the mappings between them, as data. ISO/IEC 27001:2022
 * (clauses and Annex A), its 2013 Annex A, NIST CSF 2.0, NIS2, the GDPR's security articles, DORA
 * and the SOC 2 Trust Services Criteria are {@link Framework}s; each maps onto ISO/IEC 27001:2022
 * through a {@link FrameworkMapping} of one shape, each pair with a NIST IR 8477 relationship.
 * {@link mapControls} reads them in either direction and through ISO/IEC 27001 as a hub;
 * {@link getMappedFramework} hands a framework and its mapping to `assessFrameworkCoverage`.
 *
 * @packageDocumentation
 */

// Frameworks
export {
  FrameworkRequirementSchema,
  FrameworkSchema,
  ReportingDutySchema,
  type Framework,
  type FrameworkRequirement,
  type ReportingDuty,
} from "./FrameworkSchema";
export { frameworks, type FrameworkId } from "./frameworks";
export { getFramework } from "./getFramework";

// Mappings
export {
  FrameworkMappingPairSchema,
  FrameworkMappingSchema,
  MappingRelationshipSchema,
  type FrameworkMapping,
  type FrameworkMappingPair,
  type MappingRelationship,
} from "./FrameworkMappingSchema";
export { frameworkMappings } from "./frameworkMappings";
export { getFrameworkMapping } from "./getFrameworkMapping";
export { getMappedFramework, type MappedFramework } from "./getMappedFramework";
export { composeRelationships, type MappedRelationship } from "./composeRelationships";
export { mapControls, type HubStep, type MappedRequirement } from "./mapControls";
export { mapFrom2013 } from "./mapFrom2013";
export { mapTo2013 } from "./mapTo2013";
