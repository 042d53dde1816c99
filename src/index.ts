/**
 * isms-kit: an ISO/IEC 27001:2022 information security management system as typed, validated data
 * and pure functions.
 *
 * @packageDocumentation
 */
export * from "./model/index";
export * from "./catalog/index";
export * from "./risk/index";
export * from "./conformity/index";
export * from "./treatment/index";
