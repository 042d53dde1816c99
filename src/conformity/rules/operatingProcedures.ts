import type { Isms } from "../../model/IsmsSchema";
import { unlessApplicable } from "../_lib/applicability";
import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE } from "../_lib/grading";

/** The operating areas whose records show the organisation runs them, with the controls a procedure for them serves. */
const AREAS: readonly { readonly area: string; readonly collection: keyof Isms; readonly controlIds: readonly string[]; readonly has: (isms: Isms) => boolean }[] = [
  { area: "incident management", collection: "incidents", controlIds: ["5.24", "5.25", "5.26"], has: (isms) => isms.incidents.length > 0 },
  { area: "technical vulnerability management", collection: "vulnerabilities", controlIds: ["8.8"], has: (isms) => isms.vulnerabilities.some((v) => v.source !== undefined || v.cve !== undefined) },
  { area: "access management", collection: "accounts", controlIds: ["5.15", "5.18"], has: (isms) => isms.accounts.length > 0 || isms.accessEvents.length > 0 },
  { area: "backup", collection: "backupJobs", controlIds: ["8.13"], has: (isms) => isms.backupJobs.length > 0 },
  { area: "logging and monitoring", collection: "logSources", controlIds: ["8.15", "8.16"], has: (isms) => isms.logSources.length > 0 },
  { area: "secure development and release", collection: "releases", controlIds: ["8.25", "8.32"], has: (isms) => isms.releases.length > 0 },
  { area: "cryptographic key management", collection: "cryptographicKeys", controlIds: ["8.24"], has: (isms) => isms.cryptographicKeys.length > 0 },
];

/** "5.24, 5.25 or 5.26". */
const orList = (ids: readonly string[]) => (ids.length === 1 ? ids[0]! : `${ids.slice(0, -1).join(", ")} or ${ids.at(-1)!}`);

/** Annex A 5.37: the operations the organisation runs have documented procedures. @category Conformity */
export const operatingProcedures = builtInRule({
  id: "A.5.37-operating-procedures",
  controlId: "5.37",
  title: "Security operations follow documented procedures",
  description: `When control 5.37 is applicable, each area of security operations the records show the organisation running — ${AREAS.map((a) => `${a.area} (${a.controlIds.join(", ")})`).join(", ")} — has an approved document serving one of its controls (the document's \`controlIds\`, or the control record's \`documentIds\`): the procedure the operators follow. Minor for each area without, ${ISOLATED_LAPSE}.`,
  severity: "minor",
  stage: 2,
  hint: "Write down (or link) the procedure the team follows, have it approved, and map it to the controls it serves (`controlIds`).",
  reads: ["documents", "controls", "incidents", "vulnerabilities", "accounts", "accessEvents", "backupJobs", "logSources", "releases", "cryptographicKeys"],
  check(isms, { index }) {
    const skip = unlessApplicable("5.37", index);
    if (skip) return skip;
    const run = AREAS.filter((a) => a.has(isms));
    if (run.length === 0) return { notAssessable: "no records of security operations" };
    const documented = index.operations.approvedDocumentsByControl;
    return run.flatMap((a) =>
      a.controlIds.some((id) => (documented.get(id)?.length ?? 0) > 0)
        ? []
        : [{ message: `${a.area} is run (the document records ${a.collection}) but no approved procedure serves ${orList(a.controlIds)}`, refs: [`/${a.collection}`] }],
    );
  },
});
