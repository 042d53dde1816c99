import { countWhere } from "../../core/collections";
import { builtInRule } from "../_lib/builtInRule";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { pointer } from "../_lib/pointers";
import { listForMessage, quote } from "../_lib/text";

/** 6.1.2 b: ratings use the method, so results are consistent and comparable. @category Conformity */
export const ratingsFitMethod = builtInRule({
  id: "6.1.2-ratings-fit-method",
  clause: "6.1.2",
  title: "Ratings use the method's scales",
  description: `Every rating uses the likelihood and impact ids of the method's scales, and a stated level is the one the matrix gives (\`parseIsms\` already rejects other ratings; this catches documents validated otherwise). Minor for each risk with a rating that does not fit; ${SYSTEMIC_RULE} (of the rated risks).`,
  severity: "minor",
  stage: 1,
  hint: "Use the likelihood and impact ids of the method's scales, and leave `level` out or make it the level the matrix gives.",
  check(isms, { riskRegisterError, gradingPolicy }) {
    if (isms.riskMethod === undefined) return { notAssessable: "no risk method is defined" };
    if (riskRegisterError === undefined) return [];
    const ratingIssues = riskRegisterError.issues.filter((i) => i.path[0] === "risks" && typeof i.path[1] === "number");
    if (ratingIssues.length === 0) return { notAssessable: "the risk method cannot be used" };
    const byRisk = new Map<number, string[]>();
    for (const issue of ratingIssues) {
      const i = issue.path[1] as number;
      const list = byRisk.get(i) ?? [];
      list.push(issue.message);
      byRisk.set(i, list);
    }
    const items = [...byRisk.entries()].sort((a, b) => a[0] - b[0]).map(([i, messages]) => ({ i, messages, risk: isms.risks[i]! }));
    const rated = countWhere(isms.risks, (r) => r.inherent !== undefined || r.residual !== undefined || r.treatment?.targetResidual !== undefined);
    return gradeItems(
      items,
      rated,
      gradingPolicy,
      ({ i, messages, risk }) => ({ message: `risk ${quote(risk.title)} has ratings that do not fit the method: ${messages.join("; ")}`, refs: [pointer("risks", i)] }),
      (all) => ({ message: `${all.length} of ${rated} rated risks have ratings that do not fit the method: ${listForMessage(all.map((a) => a.risk.id))}`, refs: all.map((a) => pointer("risks", a.i)) }),
    );
  },
});
