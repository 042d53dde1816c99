/**
 * `isms-kit/oscal`: NIST OSCAL 1.2.1 export and import. The catalog, the Statement of
 * Applicability, conformity reports and open treatment and corrective actions become OSCAL documents that validate against NIST's official JSON Schemas,
 * and so do frameworks (as catalogs) and framework mappings (as mapping collections);
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
export type { OscalMap, OscalMapping, OscalMappingCollection } from "./OscalMappingCollection";

// Export and import
export { toOscalCatalog, type ToOscalCatalogOptions } from "./toOscalCatalog";
export { toOscalProfile, type ToOscalProfileOptions } from "./toOscalProfile";
export { toOscalAssessmentResults, type ToOscalAssessmentResultsOptions } from "./toOscalAssessmentResults";
export { toOscalPoam, type ToOscalPoamOptions } from "./toOscalPoam";
export { fromOscalCatalog, type FromOscalCatalogOptions } from "./fromOscalCatalog";
export { frameworkToOscalCatalog, type FrameworkToOscalCatalogOptions } from "./frameworkToOscalCatalog";
export { frameworkMappingToOscalMapping, type FrameworkMappingToOscalMappingOptions } from "./frameworkMappingToOscalMapping";
