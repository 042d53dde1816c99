import type { OscalProperty } from "./OscalProperty";

/**
 * An OSCAL finding: the judgement on one target — a clause of ISO/IEC 27001:2022 (`clause-6.1.2`)
 * or a control's statement (`A.5.18_smt`) — `satisfied` or `not-satisfied`, with the observations
 * that support it.
 *
 * @category Interop
 * @example
 * ```ts
 * const finding: OscalFinding = {
 *   uuid: "5f0d6a8e-2b1c-5c3d-8e4f-6a7b8c9d0e1f",
 *   title: "A.5.18 Access rights",
 *   description: "Control 5.18 is applicable and implemented; one minor finding concerns it.",
 *   target: { type: "statement-id", "target-id": "A.5.18_smt", status: { state: "not-satisfied", reason: "fail" } },
 * };
 * ```
 */
export interface OscalFinding {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProperty[];
  target: {
    type: "statement-id" | "objective-id";
    "target-id": string;
    props?: OscalProperty[];
    status: { state: "satisfied" | "not-satisfied"; reason?: string; remarks?: string };
    "implementation-status"?: { state: string; remarks?: string };
  };
  "related-observations"?: { "observation-uuid": string }[];
  remarks?: string;
}
