import { builtInRule } from "../_lib/builtInRule";
import { listForMessage, plural } from "../_lib/text";

/** 4.4: the ISMS and its processes are established. @category Conformity */
export const ismsProcessesEstablished = builtInRule({
  id: "4.4-isms-processes-established",
  clause: "4.4",
  title: "The ISMS's processes are established",
  description:
    "The document shows the ISMS's core processes: context, risk assessment, risk treatment, objectives, documented information, monitoring, internal audit, management review and improvement. Major when more than half have no data at all (the ISMS is not yet established as a system); an opportunity for improvement when a few are missing (each is reported by its own clause).",
  severity: "major",
  stage: 1,
  hint: "Establish the missing processes; the clause findings say what each needs.",
  check(isms) {
    const processes: [string, boolean][] = [
      ["context (4.1, 4.2)", (isms.context?.issues.length ?? 0) > 0 || isms.interestedParties.length > 0],
      ["risk assessment (6.1.2)", isms.riskMethod !== undefined && isms.risks.length > 0],
      ["risk treatment (6.1.3)", isms.controls.length > 0 || isms.risks.some((r) => r.treatment !== undefined)],
      ["objectives (6.2)", isms.objectives.length > 0],
      ["documented information (7.5)", isms.documents.length > 0],
      ["monitoring and measurement (9.1)", isms.measurements.length > 0],
      ["internal audit (9.2)", (isms.auditProgramme?.plannedAudits.length ?? 0) > 0 || isms.audits.some((a) => a.type === "internal")],
      ["management review (9.3)", isms.managementReviews.length > 0],
      ["improvement (10)", isms.improvements.length > 0 || isms.nonconformities.length > 0],
    ];
    const missing = processes.filter(([, present]) => !present).map(([name]) => name);
    if (missing.length === 0) return [];
    const major = missing.length * 2 > processes.length;
    return [
      {
        severity: major ? "major" : "ofi",
        message: `${plural(missing.length, "ISMS process", "ISMS processes")} of ${processes.length} ${missing.length === 1 ? "has" : "have"} no data: ${listForMessage(missing)}${major ? "; the ISMS is not yet established as a system" : ""}`,
        refs: [""],
      },
    ];
  },
});
