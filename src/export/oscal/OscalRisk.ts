import type { OscalProperty } from "./OscalProperty";

/**
 * An OSCAL task: a milestone of a remediation, with its timing and who is responsible for it.
 *
 * @category Interop
 * @example
 * ```ts
 * const task: OscalTask = {
 *   uuid: "5f0d6a8e-2b1c-5c3d-8e4f-6a7b8c9d0e1f",
 *   type: "milestone",
 *   title: "Due 2026-12-15",
 *   timing: { "on-date": { date: "2026-12-15T23:59:59Z" } },
 * };
 * ```
 */
export interface OscalTask {
  uuid: string;
  type: string;
  title: string;
  description?: string;
  props?: OscalProperty[];
  timing?: { "on-date": { date: string } } | { "within-date-range": { start: string; end: string } };
  "responsible-roles"?: { "role-id": string; "party-uuids"?: string[] }[];
}

/**
 * An OSCAL risk response (remediation): a treatment-plan action or a corrective action, with its
 * lifecycle (`planned`, `completed`) and its milestone.
 *
 * @category Interop
 * @example
 * ```ts
 * const remediation: OscalRemediation = {
 *   uuid: "5f0d6a8e-2b1c-5c3d-8e4f-6a7b8c9d0e1f",
 *   lifecycle: "planned",
 *   title: "Enforce MFA on the VPN",
 *   description: "Enforce MFA on the VPN",
 * };
 * ```
 */
export interface OscalRemediation {
  uuid: string;
  lifecycle: string;
  title: string;
  description: string;
  props?: OscalProperty[];
  tasks?: OscalTask[];
  remarks?: string;
}

/**
 * An OSCAL risk: an ISMS risk under treatment, or the risk a nonconformity stands for, with its
 * ratings as characterizations, its remediations and its deadline.
 *
 * @category Interop
 * @example
 * ```ts
 * const risk: OscalRisk = {
 *   uuid: "5f0d6a8e-2b1c-5c3d-8e4f-6a7b8c9d0e1f",
 *   title: "Ransomware encrypts production data",
 *   description: "Ransomware encrypts production data",
 *   statement: "Ransomware encrypts production data",
 *   status: "remediating",
 *   deadline: "2026-12-31T23:59:59Z",
 * };
 * ```
 */
export interface OscalRisk {
  uuid: string;
  title: string;
  description: string;
  statement: string;
  props?: OscalProperty[];
  status: string;
  characterizations?: {
    props?: OscalProperty[];
    origin: { actors: { type: "tool" | "assessment-platform" | "party"; "actor-uuid": string }[] };
    facets: { name: string; system: string; value: string }[];
  }[];
  deadline?: string;
  remediations?: OscalRemediation[];
  "related-observations"?: { "observation-uuid": string }[];
}
