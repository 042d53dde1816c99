import type { OscalBackMatter, OscalMetadata } from "./OscalMetadata";
import type { OscalPart, OscalProperty } from "./OscalProperty";

/**
 * A control selection of an OSCAL profile import: the OSCAL ids of the controls (`A.5.1`).
 *
 * @category Interop
 * @example
 * ```ts
 * const selection: OscalControlSelection = { "with-ids": ["A.5.1", "A.5.2"] };
 * ```
 */
export interface OscalControlSelection {
  "with-ids": string[];
}

/**
 * An OSCAL profile document, as {@link toOscalProfile} returns it: the Statement of Applicability
 * as a selection of the catalog's controls, with each applicable control's implementation status,
 * reasons and justification added by `modify.alters`.
 *
 * @category Interop
 * @example
 * ```ts
 * const isms = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, controls: [{ id: "5.1", applicable: true }] });
 * const profile: OscalProfile = toOscalProfile(buildStatementOfApplicability(isms), { lastModified: "2026-06-30" });
 * profile.profile.imports[0]?.["include-controls"]
 * //=> [{ "with-ids": ["A.5.1"] }]
 * ```
 */
export interface OscalProfile {
  profile: {
    uuid: string;
    metadata: OscalMetadata;
    imports: {
      href: string;
      "include-all"?: Record<string, never>;
      "include-controls"?: OscalControlSelection[];
      "exclude-controls"?: OscalControlSelection[];
    }[];
    merge: { "as-is": true };
    modify?: {
      alters: {
        "control-id": string;
        adds: { position: "ending"; props?: OscalProperty[]; parts?: OscalPart[] }[];
      }[];
    };
    "back-matter": OscalBackMatter;
  };
}
