import type { OscalLink, OscalProperty } from "./OscalProperty";

/**
 * An OSCAL observation: something seen — a nonconformity as it was raised, a conformity finding,
 * a piece of evidence — with how it was seen and when.
 *
 * @category Interop
 * @example
 * ```ts
 * const observation: OscalObservation = {
 *   uuid: "5f0d6a8e-2b1c-5c3d-8e4f-6a7b8c9d0e1f",
 *   title: "Access reviews not evidenced for Q4",
 *   description: "The quarterly access review of Q4 has no record.",
 *   methods: ["EXAMINE"],
 *   types: ["finding"],
 *   collected: "2026-02-27T00:00:00Z",
 * };
 * ```
 */
export interface OscalObservation {
  uuid: string;
  title?: string;
  description: string;
  props?: OscalProperty[];
  links?: OscalLink[];
  methods: string[];
  types?: string[];
  "relevant-evidence"?: { href?: string; description: string; props?: OscalProperty[]; remarks?: string }[];
  collected: string;
  expires?: string;
  remarks?: string;
}
