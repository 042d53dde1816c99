/**
 * `isms-kit/catalog`: the ISO/IEC 27001:2022 Annex A catalog with ISO/IEC 27002:2022 attributes,
 * clauses 4 to 10 and the 2013 Annex A, as validated, frozen data (the 2013 → 2022 correspondence
 * is in `isms-kit/mappings`), plus catalogs of one's own. Facts only (ids, titles, attribute values, mappings); summaries are this
 * library's words, and the standards' text can be attached by a licensee with `withControlText`.
 *
 * @packageDocumentation
 */

// Ids
export { annexAControlIds, isAnnexAControlId, type AnnexAControlId } from "../core/annexAControlIds";
export { annexA2013ControlIds, isAnnexA2013ControlId, type AnnexA2013ControlId } from "../core/annexA2013ControlIds";
export { clauseIds, isClauseId, type ClauseId } from "../core/clauseIds";
export { AnnexAControlIdSchema, ClauseIdSchema, SecurityPropertySchema, type SecurityProperty } from "../core/primitives";

// Schemas and types of the records
export * from "./ControlThemeSchema";
export * from "./ControlAttributesSchema";
export * from "./AnnexAControlSchema";
export * from "./AnnexACatalogSchema";
export * from "./AnnexA2013ControlSchema";
export * from "./AnnexA2013CatalogSchema";
export * from "./ClauseSchema";
export * from "./ManagementReviewInputSchema";
export * from "./ClauseAmendmentSchema";
export * from "./ClauseCatalogSchema";
export * from "./CatalogControlSchema";
export * from "./CatalogSchema";
export * from "./KnownId";
export * from "./CatalogError";

// Data
export * from "./annexA";
export * from "./annexA2013";
export * from "./clauses";
export * from "./managementReviewInputs";
export * from "./amendment2024";

// Functions
export * from "./getControl";
export * from "./findControls";
export * from "./getClause";
export * from "./defineCatalog";
export * from "./withControlText";
