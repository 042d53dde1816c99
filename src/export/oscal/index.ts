/**
 * `isms-kit/oscal`: NIST OSCAL 1.2.1 export and import, and the NIST CSF 2.0 ↔ ISO/IEC 27001:2022
 * mappings. The catalog, the Statement of Applicability, conformity reports and open treatment and
 * corrective actions become OSCAL documents that validate against NIST's official JSON Schemas;
 * OSCAL catalogs such as NIST SP 800-53 load as isms-kit catalogs. Output is deterministic:
 * name-based UUIDs, timestamps from options or `asOf`, never from the clock.
 *
 * @packageDocumentation
 */

// Constants and errors
export { OSCAL_VERSION } from "./OSCAL_VERSION";
export { ISMS_KIT_OSCAL_NS } from "./ISMS_KIT_OSCAL_NS";
export { OscalError, type OscalIssue, type OscalIssueCode } from "./OscalError";

// Document types
export type { OscalLink, OscalPart, OscalProperty } from "./OscalProperty";
export type { OscalBackMatter, OscalMetadata, OscalParty, OscalRole } from "./OscalMetadata";
export type { OscalCatalog, OscalControl, OscalGroup } from "./OscalCatalog";
export type { OscalControlSelection, OscalProfile } from "./OscalProfile";
export type { OscalObservation } from "./OscalObservation";
export type { OscalFinding } from "./OscalFinding";
export type { OscalAssessmentResults } from "./OscalAssessmentResults";
export type { OscalRemediation, OscalRisk, OscalTask } from "./OscalRisk";
export type { OscalPoam, OscalPoamItem } from "./OscalPoam";

// Export and import
export { toOscalCatalog, type ToOscalCatalogOptions } from "./toOscalCatalog";
export { toOscalProfile, type ToOscalProfileOptions } from "./toOscalProfile";
export { toOscalAssessmentResults, type ToOscalAssessmentResultsOptions } from "./toOscalAssessmentResults";
export { toOscalPoam, type ToOscalPoamOptions } from "./toOscalPoam";
export { fromOscalCatalog, type FromOscalCatalogOptions } from "./fromOscalCatalog";

// NIST CSF 2.0 and the mappings to ISO/IEC 27001:2022
export { CsfCoreSchema, type CsfCore, type CsfSubcategory } from "../../mappings/CsfCoreSchema";
export { csf2 } from "../../mappings/csf2";
export { CsfIsoMappingSchema, MappingRelationshipSchema, type CsfIsoMapping, type MappingRelationship } from "../../mappings/CsfIsoMappingSchema";
export { csf2ToIso27001 } from "../../mappings/csf2ToIso27001";
export { mapControls, type MappedControl, type MappingFramework } from "../../mappings/mapControls";
export { assessCsfCoverage, type CsfCoverage, type CsfSubcategoryCoverage } from "../../conformity/assessCsfCoverage";
