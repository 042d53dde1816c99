import { buildStatementOfApplicability, checkConformity, type Isms } from "isms-kit";
import { asOfOption, readAsOf } from "../_lib/asOf";
import { CliError, EXIT } from "../_lib/CliError";
import type { Command } from "../_lib/Command";
import { loadIsms } from "../_lib/loadIsms";
import type { OscalModule } from "../_lib/loadOscal";
import { loadOscal } from "../_lib/loadOscal";
import { formatBytes } from "../_lib/text";
import { toJson, writeFile } from "../_lib/writeOutput";

const KINDS = ["catalog", "profile", "assessment-results", "poam"] as const;
/** An OSCAL document the CLI writes. */
export type OscalKind = (typeof KINDS)[number];

/** What each kind is, for messages and the demo's list of files. */
export const oscalKindNames: Readonly<Record<OscalKind, string>> = {
  catalog: "OSCAL catalog of Annex A",
  profile: "OSCAL profile (the Statement of Applicability)",
  "assessment-results": "OSCAL assessment results (the conformity report)",
  poam: "OSCAL plan of action and milestones",
};

/**
 * The OSCAL document of one kind. The catalog is Annex A itself; the profile is the Statement of
 * Applicability (dated by its document, else `asOf`); the assessment results are the conformity
 * report on `asOf` with the evidence as observations; the POA&M is the open treatment actions and
 * nonconformities on `asOf`.
 */
export function toOscal(oscal: OscalModule, kind: OscalKind, isms: Isms | undefined, asOf: string): unknown {
  if (kind === "catalog") return oscal.toOscalCatalog();
  if (isms === undefined) throw new Error(`toOscal: ${kind} needs a document`);
  switch (kind) {
    case "profile": {
      const soa = buildStatementOfApplicability(isms);
      return oscal.toOscalProfile(soa, soa.metadata.date === undefined ? { lastModified: asOf } : {});
    }
    case "assessment-results":
      return oscal.toOscalAssessmentResults(checkConformity(isms, { asOf }), { isms });
    case "poam":
      return oscal.toOscalPoam(isms, { asOf });
  }
}

/** `isms-kit oscal <kind> [file]`: NIST OSCAL documents. */
export const oscal: Command = {
  name: "oscal",
  description:
    "Writes NIST OSCAL 1.2.1 JSON that validates against NIST's schemas, for GRC tools that read OSCAL. catalog: the Annex A catalog (ids, titles, attributes and isms-kit's summaries, never the standard's text; takes no <file>). profile: the Statement of Applicability of <file>, as the selection of applicable controls with their status and justification. assessment-results: the conformity report of <file> on --as-of, with its evidence as observations. poam: the plan of action and milestones — the open treatment actions and nonconformities of <file> on --as-of. The same input always gives the same JSON.",
  arguments: [
    { name: "kind", required: true, description: "which document", choices: KINDS },
    { name: "file", required: false, description: "the ISMS document (JSON), or - for standard input; required except for catalog" },
  ],
  options: [
    { ...asOfOption, description: "the day to judge the document on, for assessment-results and poam, and to date a profile whose SoA has no date (default: today)" },
    { name: "out", short: "o", type: "string", valueName: "<file>", description: "write to this file instead of stdout" },
  ],
  exitCodes: [
    [EXIT.ok, "the OSCAL document was written"],
    [EXIT.invalid, "the file cannot be read, is not JSON or not a valid document; bad usage"],
  ],
  examples: [
    "isms-kit oscal catalog --out annex-a.oscal.json",
    "isms-kit oscal profile examples/saas-company.isms.json > soa.oscal.json",
    "isms-kit oscal assessment-results isms.json --as-of 2026-11-28 --out assessment-results.json",
    "isms-kit oscal poam isms.json",
  ],
  async run({ args, options, io, out, data }) {
    const kind = args["kind"] as OscalKind;
    const file = args["file"];
    if (kind === "catalog" && file !== undefined) {
      throw new CliError(`oscal: catalog writes the Annex A catalog and takes no <file>; found "${file}" (see 'isms-kit oscal --help')`);
    }
    if (kind !== "catalog" && file === undefined) {
      throw new CliError(`oscal: ${kind} needs the ISMS document: isms-kit oscal ${kind} <file> (see 'isms-kit oscal --help')`);
    }
    const asOf = readAsOf(options["as-of"], io.today, "oscal");
    const isms = file === undefined ? undefined : loadIsms(file, io);
    const text = toJson(toOscal(await loadOscal(), kind, isms, asOf));
    const target = options["out"];
    if (typeof target === "string") out(`wrote ${target} (${formatBytes(writeFile(target, text, io))}): ${oscalKindNames[kind]}\n`);
    else data(text);
    return EXIT.ok;
  },
};
