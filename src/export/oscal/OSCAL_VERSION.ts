/**
 * The OSCAL version the documents of `isms-kit/oscal` are written for, as they state it in
 * `metadata.oscal-version`. They validate against NIST's OSCAL 1.2.1 JSON Schemas (1.2.2 changed
 * only metaschema constraints, not the JSON Schemas).
 *
 * @category Interop
 * @example
 * ```ts
 * OSCAL_VERSION
 * //=> "1.2.1"
 * ```
 */
export const OSCAL_VERSION = "1.2.1";
