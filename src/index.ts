/**
 * isms-kit: an ISO/IEC 27001:2022 information security management system as typed, validated data
 * and pure functions.
 *
 * @packageDocumentation
 */
export * from "./model/index";
export { annexAControlIds, isAnnexAControlId, type AnnexAControlId } from "./catalog/annexAControlIds";
export { clauseIds, isClauseId, type ClauseId } from "./catalog/clauseIds";
