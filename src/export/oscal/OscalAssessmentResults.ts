import type { OscalFinding } from "./OscalFinding";
import type { OscalBackMatter, OscalMetadata } from "./OscalMetadata";
import type { OscalObservation } from "./OscalObservation";
import type { OscalProperty } from "./OscalProperty";

/**
 * An OSCAL assessment results document, as {@link toOscalAssessmentResults} returns it: one result
 * for the conformity check, with an observation per conformity finding (and per evidence record when
 * the ISMS is given) and an OSCAL finding per clause and control judged.
 *
 * @category Interop
 * @example
 * ```ts
 * const isms = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } });
 * const results: OscalAssessmentResults = toOscalAssessmentResults(checkConformity(isms, { asOf: "2026-06-30" }));
 * results["assessment-results"].results[0]?.start
 * //=> "2026-06-30T00:00:00Z"
 * ```
 */
export interface OscalAssessmentResults {
  "assessment-results": {
    uuid: string;
    metadata: OscalMetadata;
    "import-ap": { href: string; remarks?: string };
    results: {
      uuid: string;
      title: string;
      description: string;
      start: string;
      end?: string;
      props?: OscalProperty[];
      "reviewed-controls": {
        "control-selections": ({ "include-all": Record<string, never> } | { "include-controls": { "control-id": string }[] })[];
      };
      observations?: OscalObservation[];
      findings?: OscalFinding[];
      remarks?: string;
    }[];
    "back-matter"?: OscalBackMatter;
  };
}
