import type { OscalLink, OscalProperty } from "./OscalProperty";

/**
 * A party of an OSCAL document: the organization whose ISMS it describes, or a person named in it.
 *
 * @category Interop
 * @example
 * ```ts
 * const party: OscalParty = { uuid: "0b1f6d8e-6c1a-5d7e-9a4b-1c2d3e4f5a6b", type: "organization", name: "Acme" };
 * ```
 */
export interface OscalParty {
  uuid: string;
  type: "person" | "organization";
  name: string;
  "member-of-organizations"?: string[];
  props?: OscalProperty[];
}

/**
 * A role of an OSCAL document, such as `action-owner`.
 *
 * @category Interop
 * @example
 * ```ts
 * const role: OscalRole = { id: "action-owner", title: "Action owner" };
 * ```
 */
export interface OscalRole {
  id: string;
  title: string;
}

/**
 * The metadata every OSCAL document starts with. isms-kit writes `last-modified` from an option or
 * the report's `asOf`, never from the clock.
 *
 * @category Interop
 * @example
 * ```ts
 * toOscalCatalog({ lastModified: "2026-01-15" }).catalog.metadata["last-modified"]
 * //=> "2026-01-15T00:00:00Z"
 * ```
 */
export interface OscalMetadata {
  title: string;
  "last-modified": string;
  version: string;
  "oscal-version": string;
  props?: OscalProperty[];
  links?: OscalLink[];
  roles?: OscalRole[];
  parties?: OscalParty[];
  "responsible-parties"?: { "role-id": string; "party-uuids": string[] }[];
  remarks?: string;
}

/**
 * The back matter of an OSCAL document: resources that other parts of the document point to as
 * `#uuid`.
 *
 * @category Interop
 * @example
 * ```ts
 * const backMatter: OscalBackMatter = {
 *   resources: [{ uuid: "0b1f6d8e-6c1a-5d7e-9a4b-1c2d3e4f5a6b", title: "ISO/IEC 27001:2022 Annex A" }],
 * };
 * ```
 */
export interface OscalBackMatter {
  resources: {
    uuid: string;
    title?: string;
    description?: string;
    props?: OscalProperty[];
    rlinks?: { href: string; "media-type"?: string }[];
    remarks?: string;
  }[];
}
