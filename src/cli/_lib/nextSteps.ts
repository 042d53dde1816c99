import type { ConformityFinding } from "isms-kit";

/** A stage of building an ISMS, in the order organisations take them, and the findings that belong to it. */
interface Phase {
  readonly title: string;
  /** What to fill in, in the document's words. */
  readonly where: string;
  /** Whether a finding belongs to this phase. */
  readonly has: (finding: ConformityFinding) => boolean;
}

const clauseIn = (...prefixes: string[]) => (finding: ConformityFinding) =>
  finding.clause !== undefined && prefixes.some((p) => finding.clause === p || finding.clause!.startsWith(`${p}.`));

/**
 * The phases of implementing ISO/IEC 27001 in the order an organisation goes through them: context and
 * scope, leadership, risk assessment, risk treatment and the Statement of Applicability, objectives,
 * support, operation, performance evaluation, improvement.
 */
const PHASES: readonly Phase[] = [
  { title: "Set the context and the scope", where: "context, interestedParties, scope", has: clauseIn("4") },
  { title: "Show leadership: top management, the policy, the ISMS roles", where: "people (topManagement), documents (a policy), roles", has: clauseIn("5") },
  { title: "Assess the risks", where: "riskMethod (criteria, intervals), risks (owner, inherent rating)", has: clauseIn("6.1.1", "6.1.2", "8.2") },
  { title: "Treat the risks and decide every Annex A control (the Statement of Applicability)", where: "risks (treatment), controls (applicable, justification), treatmentPlans", has: clauseIn("6.1.3", "8.3") },
  { title: "Set objectives and plan changes", where: "objectives, changes", has: clauseIn("6.2", "6.3") },
  { title: "Provide support: resources, competence, awareness, communication, documents", where: "competences, trainings, communications, documents", has: clauseIn("7") },
  { title: "Operate the ISMS and its controls", where: "controls (implementationStatus, evidenceIds), evidence, suppliers, incidents", has: (f) => clauseIn("8")(f) || (f.clause === undefined && f.controlId !== undefined) },
  { title: "Evaluate: measure, audit internally, review with management", where: "measurements, auditProgramme, audits, managementReviews", has: clauseIn("9") },
  { title: "Improve: nonconformities and corrective actions", where: "nonconformities, improvements", has: clauseIn("10") },
];

/** One step to take next: the phase, where to work in the document, and its findings, most severe first. */
export interface NextStep {
  readonly title: string;
  readonly where: string;
  readonly findings: readonly ConformityFinding[];
}

const RANK = { major: 0, minor: 1, ofi: 2 } as const;

/** The phases that have findings, in the order an organisation takes them; each finding in the first phase it belongs to. */
export function nextSteps(findings: readonly ConformityFinding[]): NextStep[] {
  const byPhase = PHASES.map(() => [] as ConformityFinding[]);
  for (const finding of findings) {
    const index = PHASES.findIndex((phase) => phase.has(finding));
    if (index >= 0) byPhase[index]!.push(finding);
  }
  return PHASES.flatMap((phase, i) => {
    const own = byPhase[i]!.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    return own.length === 0 ? [] : [{ title: phase.title, where: phase.where, findings: own }];
  });
}
