/**
 * `isms-kit/mappings`: frameworks and the mappings between them, as data. ISO/IEC 27001:2022
 * (clauses and Annex A), its 2013 Annex A and NIST CSF 2.0 are {@link Framework}s; the 2013 → 2022
 * correspondence and NIST's CSF 2.0 → ISO/IEC 27001:2022 references are {@link FrameworkMapping}s of
 * one shape, each pair with a NIST IR 8477 relationship. {@link mapControls} reads them in either
 * direction.
 *
 * @packageDocumentation
 */

// Frameworks
export { FrameworkRequirementSchema, FrameworkSchema, type Framework, type FrameworkRequirement } from "./FrameworkSchema";
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
export { mapControls, type MappedRequirement } from "./mapControls";
export { mapFrom2013 } from "./mapFrom2013";
export { mapTo2013 } from "./mapTo2013";
