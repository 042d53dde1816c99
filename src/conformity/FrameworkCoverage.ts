import type { MappingRelationship } from "../mappings/FrameworkMappingSchema";
import type { ConformityFinding } from "./ConformityFinding";
import type { ClauseConformityStatus, ControlConformityStatus } from "./ConformityReport";

/**
 * How far a requirement of another framework is covered by the ISMS, in a {@link FrameworkCoverage}:
 * `covered` (an ISO/IEC 27001 requirement that asks for at least all it asks — `equal` or a
 * superset — is met), `partly` (some of what it maps to is met or partly met, but nothing that
 * covers it whole) or `not-covered` (nothing it maps to is met, or ISO/IEC 27001 does not address it).
 *
 * @category Conformity
 * @example
 * ```ts
 * const status: RequirementCoverageStatus = "partly";
 * ```
 */
export type RequirementCoverageStatus = "covered" | "partly" | "not-covered";

/**
 * One ISO/IEC 27001:2022 clause or Annex A control a requirement maps to, with its state in the ISMS.
 *
 * - `relationship` is the mapping's (NIST IR 8477), read as "the requirement is … the ISO
 *   requirement"; `extent` is what that means for coverage: `full` when the ISO requirement asks for
 *   at least all the requirement asks (`equal`, `subset-of`), `part` when it shares only part of it
 *   (`superset-of`, `intersects-with`).
 * - `status` is the control's or clause's status in the conformity report; `state` says whether it
 *   counts as `met` (a control applicable, implemented with valid evidence and no major or minor
 *   finding; a clause conformant, observations allowed), `partly-met` (partially implemented, no
 *   valid evidence, or only minor findings) or `not-met`.
 *
 * @category Conformity
 * @example
 * ```ts
 * const element: CoverageElement = {
 *   id: "A.8.13",
 *   kind: "control",
 *   title: "Information backup",
 *   relationship: "subset-of",
 *   extent: "full",
 *   status: "implemented",
 *   state: "met",
 *   findingIds: [],
 * };
 * ```
 */
export interface CoverageElement {
  /** The ISO/IEC 27001:2022 id as mappings write it: `"6.1.2"` for a clause, `"A.8.13"` for a control. */
  readonly id: string;
  readonly kind: "clause" | "control";
  readonly title: string;
  readonly relationship: MappingRelationship;
  readonly extent: "full" | "part";
  readonly status: ControlConformityStatus | ClauseConformityStatus;
  readonly state: "met" | "partly-met" | "not-met";
  /** The conformity findings that concern the control or are raised against the clause. */
  readonly findingIds: readonly string[];
  /** Why it is not met, in words (`"planned"`, `"implemented, minor finding 8.1-evidence-current@/evidence/30"`); absent when met. */
  readonly reason?: string;
  /** The lettered items of a clause the mapping names. */
  readonly items?: readonly string[];
  /** The mapping's note on the pair. */
  readonly note?: string;
}

/**
 * One requirement of the framework (a leaf of its tree) in a {@link FrameworkCoverage}: its status,
 * the ISO/IEC 27001:2022 clauses and controls it maps to with their state, the reason when the
 * mapping records that ISO/IEC 27001 does not address it, and the coverage finding raised on it.
 *
 * @category Conformity
 * @example
 * ```ts
 * const coverage = assessFrameworkCoverage(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }), getMappedFramework("gdpr"), { asOf: "2026-06-30" });
 * const requirement: RequirementCoverage = coverage.requirements.find((r) => r.id === "Art.35(2)")!;
 * [requirement.status, requirement.elements.length, requirement.notAddressed?.slice(0, 36)]
 * //=> ["not-covered", 0, "ISO/IEC 27001 has no data protection"]
 * ```
 */
export interface RequirementCoverage {
  readonly id: string;
  readonly title: string;
  readonly parentId?: string;
  readonly status: RequirementCoverageStatus;
  readonly elements: readonly CoverageElement[];
  /** Why ISO/IEC 27001 does not address the requirement, when the mapping records it. */
  readonly notAddressed?: string;
  /** The id of the coverage finding raised on the requirement, if any. */
  readonly findingId?: string;
}

/**
 * Covered, partly covered and not covered requirements under one heading of the framework (an
 * article, an Annex section, a CSF Function, a TSC category), counting the leaf requirements below
 * it. `overview` marks the headings a summary shows: the top-level ones, and those right under a
 * top-level heading that holds only headings (the sections of the NIS2 Annex, the CSF Categories).
 *
 * @category Conformity
 * @example
 * ```ts
 * const group: CoverageGroup = { id: "Art.32", title: "Security of processing", overview: true, covered: 0, partly: 5, notCovered: 1, total: 6 };
 * ```
 */
export interface CoverageGroup {
  readonly id: string;
  readonly title: string;
  readonly parentId?: string;
  readonly overview: boolean;
  readonly covered: number;
  readonly partly: number;
  readonly notCovered: number;
  readonly total: number;
}

/**
 * An ISO/IEC 27001:2022 clause or control that is not met (or only partly) while requirements of the
 * framework map to it, with those requirements: in a {@link FrameworkCoverage}, the list of what to
 * fix in the ISMS, the one that the most requirements wait on first.
 *
 * @category Conformity
 * @example
 * ```ts
 * const open: OpenIsoRequirement = {
 *   id: "A.5.22",
 *   kind: "control",
 *   title: "Monitoring, review and change management of supplier services",
 *   status: "implemented",
 *   state: "partly-met",
 *   findingIds: ["A.5.22-supplier-monitoring@/suppliers/7/lastAssessedOn"],
 *   reason: "implemented, minor finding A.5.22-supplier-monitoring@/suppliers/7/lastAssessedOn",
 *   requirementIds: ["5.1.6", "5.1.7(a)"],
 * };
 * ```
 */
export interface OpenIsoRequirement {
  readonly id: string;
  readonly kind: "clause" | "control";
  readonly title: string;
  readonly status: CoverageElement["status"];
  readonly state: "partly-met" | "not-met";
  readonly findingIds: readonly string[];
  /** Why it is not met, in words. */
  readonly reason: string;
  /** The requirements of the framework, not covered, that map to it, in the framework's order. */
  readonly requirementIds: readonly string[];
}

/**
 * A finding of {@link assessFrameworkCoverage}: a {@link ConformityFinding} (same fields, same
 * grading vocabulary) about one requirement of another framework, with the framework and the
 * requirement it concerns. `clause` or `controlId` is set when a single ISO/IEC 27001 requirement is
 * at issue.
 *
 * @category Conformity
 * @example
 * ```ts
 * const coverage = assessFrameworkCoverage(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }), getMappedFramework("gdpr"), { asOf: "2026-06-30" });
 * const finding: FrameworkCoverageFinding = coverage.findings.find((f) => f.requirementId === "Art.32(1)(a)")!;
 * [finding.id, finding.severity]
 * //=> ["gdpr:Art.32(1)(a)", "major"]
 * ```
 */
export interface FrameworkCoverageFinding extends ConformityFinding {
  readonly frameworkId: string;
  readonly requirementId: string;
}

/**
 * How much of a framework an ISMS covers through ISO/IEC 27001:2022, as
 * {@link assessFrameworkCoverage} works it out: the counts, every heading with its counts, every
 * requirement with the clauses and controls it maps to and their state, and the findings — what is
 * missing, graded like conformity findings. Plain data.
 *
 * @category Conformity
 * @example
 * ```ts
 * const coverage: FrameworkCoverage = assessFrameworkCoverage(
 *   parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }),
 *   getMappedFramework("soc2"),
 *   { asOf: "2026-06-30" },
 * );
 * [coverage.framework.id, coverage.counts.total, coverage.counts.notAddressed]
 * //=> ["soc2", 61, 8]
 * ```
 */
export interface FrameworkCoverage {
  /** The framework: its id, name, version, and the short name messages use (`"NIS2"`: the name up to its first ": "). */
  readonly framework: { readonly id: string; readonly name: string; readonly shortName: string; readonly version?: string };
  /** The id of the mapping the coverage was read through. */
  readonly mappingId: string;
  /** The organisation's name. */
  readonly organization: string;
  /** The day the ISMS was judged on. */
  readonly asOf: string;
  readonly counts: {
    readonly covered: number;
    readonly partly: number;
    readonly notCovered: number;
    /** How many of the requirements the mapping records as not addressed by ISO/IEC 27001. */
    readonly notAddressed: number;
    readonly total: number;
  };
  /** The findings by severity, as a conformity report counts them. */
  readonly findingCounts: { readonly major: number; readonly minor: number; readonly ofi: number; readonly total: number };
  /** Every heading of the framework, in its order, with the counts of the requirements below it. */
  readonly groups: readonly CoverageGroup[];
  /** Every requirement (each leaf of the framework), in the framework's order. */
  readonly requirements: readonly RequirementCoverage[];
  /** The ISO/IEC 27001 requirements still open that uncovered requirements map to, the most-awaited first. */
  readonly openIsoRequirements: readonly OpenIsoRequirement[];
  /** One finding per requirement not covered, most severe first, then in the framework's order. */
  readonly findings: readonly FrameworkCoverageFinding[];
}
