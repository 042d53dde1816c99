/**
 * An OSCAL property: a name/value pair. Names isms-kit invents carry {@link ISMS_KIT_OSCAL_NS} as
 * `ns`; OSCAL's own names (such as `label`) carry none.
 *
 * @category Interop
 * @example
 * ```ts
 * const prop: OscalProperty = { name: "control-type", ns: ISMS_KIT_OSCAL_NS, value: "preventive" };
 * ```
 */
export interface OscalProperty {
  name: string;
  ns?: string;
  value: string;
  class?: string;
  remarks?: string;
}

/**
 * An OSCAL link to a resource: a URL, or `#uuid` for a back-matter resource.
 *
 * @category Interop
 * @example
 * ```ts
 * const link: OscalLink = { href: "https://www.iso.org/standard/27001", rel: "reference" };
 * ```
 */
export interface OscalLink {
  href: string;
  rel?: string;
  "media-type"?: string;
  text?: string;
}

/**
 * A part of an OSCAL control or group: a named piece of prose (`overview`, `statement`,
 * `guidance`, …) that may hold further parts.
 *
 * @category Interop
 * @example
 * ```ts
 * const part: OscalPart = { id: "A.5.1_ovw", name: "overview", prose: "Sets out the organization's direction …" };
 * ```
 */
export interface OscalPart {
  id?: string;
  name: string;
  ns?: string;
  class?: string;
  title?: string;
  props?: OscalProperty[];
  prose?: string;
  parts?: OscalPart[];
  links?: OscalLink[];
}
