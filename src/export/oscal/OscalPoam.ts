import type { OscalBackMatter, OscalMetadata } from "./OscalMetadata";
import type { OscalObservation } from "./OscalObservation";
import type { OscalProperty } from "./OscalProperty";
import type { OscalRisk } from "./OscalRisk";

/**
 * One item of an OSCAL plan of action and milestones: an open treatment-plan action or an open
 * nonconformity, pointing to the risks and observations it concerns.
 *
 * @category Interop
 * @example
 * ```ts
 * const item: OscalPoamItem = {
 *   uuid: "5f0d6a8e-2b1c-5c3d-8e4f-6a7b8c9d0e1f",
 *   title: "Enforce MFA on the VPN",
 *   description: "Action tp-1-a1 of the risk treatment plan \"Harden remote access\" (tp-1).",
 * };
 * ```
 */
export interface OscalPoamItem {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProperty[];
  "related-observations"?: { "observation-uuid": string }[];
  "related-risks"?: { "risk-uuid": string }[];
  remarks?: string;
}

/**
 * An OSCAL plan of action and milestones (POA&M) document, as {@link toOscalPoam} returns it.
 *
 * @category Interop
 * @example
 * ```ts
 * const poam: OscalPoam = toOscalPoam(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }), { asOf: "2026-06-30" });
 * poam["plan-of-action-and-milestones"].metadata["last-modified"]
 * //=> "2026-06-30T00:00:00Z"
 * ```
 */
export interface OscalPoam {
  "plan-of-action-and-milestones": {
    uuid: string;
    metadata: OscalMetadata;
    observations?: OscalObservation[];
    risks?: OscalRisk[];
    "poam-items": OscalPoamItem[];
    "back-matter"?: OscalBackMatter;
  };
}
