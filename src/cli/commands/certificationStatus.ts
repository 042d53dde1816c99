import { getCertificationStatus } from "isms-kit";
import { asOfOption, readAsOf } from "../_lib/asOf";
import { EXIT } from "../_lib/CliError";
import type { Command } from "../_lib/Command";
import { loadIsms } from "../_lib/loadIsms";
import { definitionList } from "../_lib/text";
import { toJson } from "../_lib/writeOutput";

const KINDS = {
  "certification-stage-1": "stage 1 certification audit",
  "certification-stage-2": "stage 2 certification audit",
  surveillance: "surveillance audit",
  recertification: "recertification audit",
} as const;

/** `isms-kit certification status <file>`: the certificate and the next certification-body audit. */
export const certificationStatus: Command = {
  name: "certification status",
  description:
    "Judges the organisation's ISO/IEC 27001 certificate on the --as-of day from organization.certification and the audits recorded: not certified, in progress, valid, past a surveillance audit's latest date, expired, suspended or withdrawn, or issued against the 2013 edition whose transition ended on 2025-10-31; and which certification-body audit comes next, by when. Exits with 1 when the certificate needs action now (surveillance overdue, expired, suspended, withdrawn, transition ended).",
  arguments: [{ name: "file", required: true, description: "the ISMS document: a JSON or YAML file, a folder (isms.yaml and isms/), or - for standard input" }],
  options: [asOfOption, { name: "format", short: "f", type: "string", valueName: "<text|json>", choices: ["text", "json"], description: "text (default) or json" }],
  exitCodes: [
    [EXIT.ok, "not certified, in progress, or certified and on schedule"],
    [EXIT.nonconformities, "the certificate needs action: surveillance overdue, expired, suspended, withdrawn or the 2013 transition ended"],
    [EXIT.invalid, "the file cannot be read or is not a valid document; bad usage"],
  ],
  examples: ["isms-kit certification status examples/saas-company.isms.json --as-of 2026-11-28", "isms-kit certification status . --format json"],
  run({ args, options, io, out, style, width }) {
    const asOf = readAsOf(options["as-of"], io.today, "certification status");
    const status = getCertificationStatus(loadIsms(args["file"] ?? "-", io), { asOf });
    const bad = ["surveillance-overdue", "expired", "transition-ended", "suspended", "withdrawn"].includes(status.status);
    if (options["format"] === "json") {
      out(toJson(status));
    } else {
      const next = status.nextAudit;
      const rows: [string, string][] = [
        ["Status", status.status],
        ["Edition", status.edition ?? "—"],
        ["Certified on", status.certifiedOn ?? "—"],
        ["Expires on", status.expiresOn ?? "—"],
        ["Next audit", next === undefined ? "—" : `${KINDS[next.kind]}${next.sequence === undefined ? "" : ` ${next.sequence}`}${next.dueBy ? `, due by ${next.dueBy}` : ""}${next.plannedOn ? `, planned on ${next.plannedOn}` : ""}`],
      ];
      out(`${style(bad ? ["bold", "red"] : "bold", status.message)}\n${definitionList(rows, Math.min(width, 100)).join("\n")}\n`);
    }
    return bad ? EXIT.nonconformities : EXIT.ok;
  },
};
