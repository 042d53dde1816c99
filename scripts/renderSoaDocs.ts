/**
 * Renders the generated parts of docs/soa.md — the SaaS example's Statement of Applicability
 * (excerpt) and its treatment-plan summary — between their `<!-- generated:… -->` markers. Run from
 * the repository root:
 *
 *   npx tsx scripts/renderSoaDocs.ts
 *
 * test/treatment/docsSoa.test.ts fails when docs/soa.md is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseIsms, type Isms } from "../src/index";
import { buildStatementOfApplicability } from "../src/treatment/buildStatementOfApplicability";
import { soaToMarkdown } from "../src/export/soaToMarkdown";
import { summarizeTreatmentPlans } from "../src/treatment/summarizeTreatmentPlans";

/** The example documents' "today". */
export const AS_OF = "2026-11-28";
const EXCERPT = ["5.1", "5.15", "5.23", "6.3", "7.11", "8.5", "8.12", "8.30", "NW-C1", "NW-C2"];

const root = new URL("../", import.meta.url);
export const docsPath = fileURLToPath(new URL("docs/soa.md", root));

function saasExample(): Isms {
  return parseIsms(JSON.parse(readFileSync(new URL("examples/saas-company.isms.json", root), "utf8")));
}

const escape = (text: string) => text.replace(/\|/g, "\\|");

/** The generated blocks of docs/soa.md, by marker name. */
export function renderSoaDocBlocks(): Record<string, string> {
  const isms = saasExample();
  const soa = buildStatementOfApplicability(isms);
  const excerpt = { ...soa, rows: soa.rows.filter((row) => EXCERPT.includes(row.controlId)) };
  const markdown = soaToMarkdown(excerpt, {
    columns: ["controlId", "title", "applicable", "reasons", "justification", "implementationStatus", "owner", "riskIds"],
  }).replace(/^## .*\n\n/, "");
  const s = soa.summary;
  const counts =
    `${s.total} rows (${s.annexA} Annex A controls and ${s.custom} of the organisation's own): ${s.applicable} applicable, ` +
    `${s.excluded} excluded, ${s.undecided} undecided; of the applicable ones ${s.implemented} implemented and ` +
    `${s.partiallyImplemented} partially implemented; ${s.rowsWithProblems} rows with problems.`;

  const plans = summarizeTreatmentPlans(isms, { asOf: AS_OF });
  const names = new Map(isms.people.map((p) => [p.id, p.name]));
  const percent = (ratio: number | undefined) => (ratio === undefined ? "–" : `${Math.round(ratio * 100)} %`);
  const planRows = plans.plans.map((plan) => {
    const upcoming = plan.upcomingActions.map((a) => `${a.actionId} (${a.dueDate}, in ${a.days} days)`).join("<br>") || "–";
    const overdue = plan.overdueActions.map((a) => `${a.actionId} (${a.days} days)`).join("<br>") || "–";
    const approvals = plan.approvals.map((a) => `${names.get(a.ownerId) ?? a.ownerId}: ${a.approved ? `yes, ${a.approvedOn}` : "no"}`).join("<br>");
    const projection = plan.risks.map((r) => `${r.riskId}: ${r.residual?.level ?? "?"} → ${r.projectedResidual?.level ?? "?"}`).join("<br>");
    return `| ${escape(plan.title)} | ${plan.status} | ${plan.progress.done}/${plan.progress.total} (${percent(plan.progress.ratio)}) | ${overdue} | ${upcoming} | ${approvals} | ${projection} |`;
  });
  const planTable = [
    "| Plan | Status | Done | Overdue | Due within 30 days | Approved by the risk owners | Residual now → once complete |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...planRows,
  ].join("\n");
  const withoutPlan = plans.risksWithoutPlan.map((r) => `\`${r.riskId}\` (${r.option ?? "no option"})`).join(", ");
  const t = plans.totals;
  const planTotals =
    `Totals on ${AS_OF}: ${t.plans} plans, ${t.done} of ${t.actions} actions done, ${t.overdue} overdue, ${t.upcoming} due within 30 days, ` +
    `${t.plansAwaitingApproval} plans awaiting approval. Open risks that need a plan and have none: ${withoutPlan || "none"}.`;

  return {
    "soa-excerpt": `${markdown}\n${counts}`,
    "plan-summary": `${planTable}\n\n${planTotals}`,
  };
}

/** docs/soa.md with every generated block replaced by its current rendering. */
export function renderSoaDoc(current: string): string {
  let out = current;
  for (const [name, block] of Object.entries(renderSoaDocBlocks())) {
    const pattern = new RegExp(`(<!-- generated:${name} -->\\n)[\\s\\S]*?(\\n<!-- /generated:${name} -->)`);
    if (!pattern.test(out)) throw new Error(`docs/soa.md has no <!-- generated:${name} --> block`);
    out = out.replace(pattern, (_, start: string, end: string) => `${start}${block}${end}`);
  }
  return out;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(docsPath, renderSoaDoc(readFileSync(docsPath, "utf8")));
}
