/**
 * The namespace of the props and parts isms-kit adds to OSCAL documents (ISO/IEC 27002:2022
 * attributes, 2013 correspondences, applicability, inclusion reasons, ids of ISMS records…). OSCAL
 * requires names one invents to carry one's own `ns`; OSCAL's own names (such as `label`) carry
 * none. `docs/oscal.md` lists every name.
 *
 * @category Interop
 * @example
 * ```ts
 * const catalog = toOscalCatalog();
 * catalog.catalog.groups?.[0]?.controls?.[0]?.props?.find((prop) => prop.name === "control-type")
 * //=> { name: "control-type", ns: "https://isms-kit.dev/ns/oscal", value: "preventive" }
 * ```
 */
export const ISMS_KIT_OSCAL_NS = "https://isms-kit.dev/ns/oscal";
