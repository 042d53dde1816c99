import type { AuditReadiness } from "../../../conformity/ConformityReport";
import { addDaysToDay } from "../../../core/calendar";
import { html, type Html } from "../../_lib/html";
import { defaultLevelColor } from "../../_lib/svg";
import type { AuditPackData, AuditPackSection } from "./AuditPackData";
import { badge, bar, levelChip, plural, table } from "./parts";

/** How the stage entries of a conformity report's readiness are titled. */
const READINESS_TITLES: Readonly<Record<string, string>> = {
  stage1: "Stage 1 audit (the documented ISMS)",
  stage2: "Stage 2 audit (implementation)",
};

/** How the next audit of the certification cycle is named. */
const NEXT_AUDIT_TITLES: Readonly<Record<string, string>> = {
  stage1: "stage 1 audit",
  stage2: "stage 2 audit",
  surveillance1: "first surveillance audit",
  surveillance2: "second surveillance audit",
  recertification: "recertification audit",
};

/** Days ahead within which evidence counts as expiring soon. */
export const EXPIRING_DAYS = 90;
/** Evidence records listed by name in the freshness panel; the rest are counted. */
const LISTED = 6;

function readinessTitle(key: string): string {
  return READINESS_TITLES[key] ?? key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());
}

/** The next audit of the cycle first (with its blockers, grouped by requirement), then stage 1 and stage 2. */
function readinessPanel({ report }: AuditPackData): Html {
  const { next, ...stages } = report.readiness;
  const nextTitle = NEXT_AUDIT_TITLES[next.audit] ?? next.audit;
  const stageEntries = Object.entries(stages as Readonly<Record<string, AuditReadiness | undefined>>).filter(
    (entry): entry is [string, AuditReadiness] => typeof entry[1]?.ready === "boolean" && typeof entry[1].summary === "string",
  );
  return html`<div class="card readiness">
<h3>Audit readiness</h3>
<ul class="plain">
<li>${badge(next.ready ? "Ready" : "Not ready", next.ready ? "good" : "bad")} <strong>Next: ${nextTitle}${next.due === undefined ? "" : `, due by ${next.due}`}</strong>
<p>${next.summary}</p>
${
  next.blockers.length === 0
    ? html`<p class="muted">${plural(next.concerns.length, "concern")}</p>`
    : html`<ul>${next.blockers.map((b) => html`<li><strong>${b.requirement}</strong>: ${b.reason} (${plural(b.findingIds.length, "finding")})</li>`)}</ul>`
}</li>
${stageEntries.map(
  ([key, r]) => html`<li>${badge(r.ready ? "Ready" : "Not ready", r.ready ? "good" : "bad")} <strong>${readinessTitle(key)}</strong>
<p>${r.summary}</p>
<p class="muted">${plural(r.blockers.length, "blocking finding")}, ${plural(r.concerns.length, "concern")}</p></li>
`,
)}</ul>
</div>`;
}

const CLAUSE_GROUPS = ["4", "5", "6", "7", "8", "9", "10"] as const;

/** Findings by severity, and by clause (4 to 10 and Annex A). */
function findingsPanel({ report }: AuditPackData): Html {
  const { counts } = report;
  const rows = [...CLAUSE_GROUPS.map((group) => ({ group, label: `Clause ${group}` })), { group: "A", label: "Annex A" }].map(({ group, label }) => {
    const inGroup = report.findings.filter((f) => (f.clause === undefined ? group === "A" : f.clause.split(".")[0] === group));
    const n = (severity: string) => inGroup.filter((f) => f.severity === severity).length;
    return [label, n("major"), n("minor"), n("ofi")] as const;
  });
  return html`<div class="card">
<h3>Findings</h3>
<p class="figures"><span class="figure bad"><strong>${counts.major}</strong> major</span> <span class="figure warn"><strong>${counts.minor}</strong> minor</span> <span class="figure neutral"><strong>${counts.ofi}</strong> opportunities for improvement</span></p>
${table(
  "Findings by clause and severity",
  [
    { header: "Where", width: 3 },
    { header: "Major", width: 2, numeric: true },
    { header: "Minor", width: 2, numeric: true },
    { header: "OFI", width: 2, numeric: true },
  ],
  rows.map(([label, major, minor, ofi]) => [label, major, minor, ofi]),
  { className: "compact" },
)}
</div>`;
}

/** Residual risks per level against the acceptance criteria of the document's risk method. */
function risksPanel({ register }: AuditPackData): Html {
  if (register === undefined) {
    return html`<div class="card"><h3>Risks against the acceptance criteria</h3><p>The document has no risk method, so its risks are not scored.</p></div>`;
  }
  const { matrix, acceptance } = register.method;
  const s = register.summary;
  const acceptIndex = acceptance === undefined ? -1 : matrix.levels.findIndex((l) => l.id === acceptance.maxLevel);
  const rated = matrix.levels.reduce((sum, l) => sum + (s.byLevel.residual[l.id] ?? 0), 0);
  const levels = [...matrix.levels].map((level, i) => ({ level, i })).reverse();
  return html`<div class="card">
<h3>Risks against the acceptance criteria</h3>
<p>${
    acceptance === undefined
      ? "The risk method sets no acceptance criteria."
      : html`Acceptable up to <strong>${matrix.levels[acceptIndex]?.label ?? acceptance.maxLevel}</strong> (the document's criteria): <strong>${s.meetingAcceptanceCriteria}</strong> of ${plural(s.total, "risk")} meet them, <strong>${s.exceedingAcceptanceCriteria}</strong> exceed them.`
  }</p>
<table class="levels">
<caption>Residual risks by level${s.unrated > 0 ? ` (${s.unrated} unrated)` : ""}</caption>
<thead><tr><th scope="col">Level</th><th scope="col" class="num">Risks</th><th scope="col">Share</th><th scope="col">Criteria</th></tr></thead>
<tbody>
${levels.map(({ level, i }) => {
  const count = s.byLevel.residual[level.id] ?? 0;
  const above = acceptIndex >= 0 && i > acceptIndex;
  return html`<tr${above ? html` class="above"` : ""}><td>${levelChip(matrix, level.id)}</td><td class="num">${count}</td><td>${bar(rated === 0 ? 0 : count / rated, "level", level.color ?? defaultLevelColor(i, matrix.levels.length))}</td><td>${acceptIndex < 0 ? "—" : above ? "above" : "acceptable"}</td></tr>
`;
})}</tbody>
</table>
<p class="muted">Owner acceptance: ${s.acceptance.accepted} accepted, ${s.acceptance.expired} expired, ${s.acceptance.stale} stale, ${s.acceptance.missing} missing · ${plural(s.overdueAssessments, "reassessment")} overdue</p>
</div>`;
}

/** Treatment plans and the implementation of the applicable controls. */
function treatmentPanel({ plans, soa }: AuditPackData): Html {
  const t = plans.totals;
  const s = soa.summary;
  const share = t.actions === 0 ? 0 : t.done / t.actions;
  const applicable = Math.max(1, s.applicable);
  const rows: [string, number, "good" | "warn" | "bad" | "neutral"][] = [
    ["Implemented", s.implemented, "good"],
    ["Partially implemented", s.partiallyImplemented, "warn"],
    ["Planned", s.planned, "neutral"],
    ["Not implemented", s.notImplemented, "bad"],
  ];
  return html`<div class="card">
<h3>Treatment progress</h3>
<p><strong>${t.done}</strong> of ${plural(t.actions, "action")} done in ${plural(t.plans, "treatment plan")} ${bar(share, "good")} ${Math.round(share * 100)}%</p>
<p>${plural(t.overdue, "action")} overdue · ${plural(t.plansAwaitingApproval, "plan")} awaiting the risk owners' approval · ${plural(t.risksWithoutPlan, "open risk")} needing treatment without a plan</p>
<table class="levels">
<caption>Applicable controls (${s.applicable} of ${s.total}; ${s.excluded} excluded, ${s.undecided} not decided)</caption>
<thead><tr><th scope="col">Implementation</th><th scope="col" class="num">Controls</th><th scope="col">Share</th></tr></thead>
<tbody>
${rows.map(([label, n, tone]) => html`<tr><td>${label}</td><td class="num">${n}</td><td>${bar(n / applicable, tone)}</td></tr>
`)}</tbody>
</table>
</div>`;
}

/** Evidence records valid, expiring soon, expired or not yet collected on `asOf`, and the implemented controls without valid evidence. */
function evidencePanel({ isms, asOf, report, label }: AuditPackData): Html {
  const soon = addDaysToDay(asOf, EXPIRING_DAYS);
  const state = (e: (typeof isms.evidence)[number]) =>
    e.collectedOn > asOf ? "future" : e.validUntil !== undefined && e.validUntil < asOf ? "expired" : e.validUntil !== undefined && e.validUntil <= soon ? "expiring" : "valid";
  const states = isms.evidence.map((e, i) => ({ e, i, state: state(e) }));
  const count = (s: string) => states.filter((x) => x.state === s).length;
  const total = Math.max(1, isms.evidence.length);
  const withoutEvidence = report.controls.filter((c) => c.status === "implemented-without-evidence");
  const attention = states
    .filter((x) => x.state === "expired" || x.state === "expiring")
    .sort((a, b) => ((a.e.validUntil ?? "") < (b.e.validUntil ?? "") ? -1 : (a.e.validUntil ?? "") > (b.e.validUntil ?? "") ? 1 : a.i - b.i));
  const rows: [string, number, "good" | "warn" | "bad" | "neutral"][] = [
    ["Valid", count("valid"), "good"],
    [`Expiring within ${EXPIRING_DAYS} days`, count("expiring"), "warn"],
    ["Expired", count("expired"), "bad"],
    ["Collected after the day of the report", count("future"), "neutral"],
  ];
  return html`<div class="card">
<h3>Evidence freshness</h3>
<table class="levels">
<caption>${plural(isms.evidence.length, "evidence record")} on ${asOf}</caption>
<thead><tr><th scope="col">State</th><th scope="col" class="num">Records</th><th scope="col">Share</th></tr></thead>
<tbody>
${rows.map(([text, n, tone]) => html`<tr><td>${text}</td><td class="num">${n}</td><td>${bar(n / total, tone)}</td></tr>
`)}</tbody>
</table>
<p>${plural(withoutEvidence.length, "control")} marked implemented without valid evidence${withoutEvidence.length > 0 ? html`: ${withoutEvidence.map((c, k) => html`${k > 0 ? ", " : ""}${c.custom ? c.controlId : `A.${c.controlId}`}`)}` : ""}.</p>
${
  attention.length === 0
    ? ""
    : html`<ul class="tight">${attention.slice(0, LISTED).map(
        (x) => html`<li>${x.state === "expired" ? badge("expired", "bad") : badge("expiring", "warn")} ${label(`/evidence/${x.i}`)} — valid until ${x.e.validUntil ?? ""}</li>`,
      )}${attention.length > LISTED ? html`<li>… and ${attention.length - LISTED} more expiring by ${attention[attention.length - 1]?.e.validUntil ?? ""}</li>` : ""}</ul>`
}
</div>`;
}

/** The summary dashboard: readiness, findings, risks against the criteria, treatment progress, evidence freshness. */
export const summarySection: AuditPackSection = {
  id: "summary",
  title: "Summary",
  newPage: false,
  render: (data) => html`<div class="dashboard">
${readinessPanel(data)}
${findingsPanel(data)}
${risksPanel(data)}
${treatmentPanel(data)}
${evidencePanel(data)}
</div>`,
};
