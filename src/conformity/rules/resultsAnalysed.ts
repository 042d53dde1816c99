import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural } from "../_lib/text";

/** 9.1 e, f: results are analysed and evaluated. @category Conformity */
export const resultsAnalysed = builtInRule({
  id: "9.1-results-analysed",
  clause: "9.1",
  title: "Results are analysed and evaluated",
  description: "The latest result of each measurement records when it was analysed (`analysedOn`). An opportunity for improvement listing those that do not.",
  severity: "ofi",
  stage: 2,
  hint: "Analyse the latest result, compare it with the target, and record `analysedOn` and `meetsTarget`.",
  check(isms, { asOf }) {
    const measured = isms.measurements.flatMap((m, i) => {
      let latest: { date: string; j: number } | undefined;
      m.results.forEach((r, j) => {
        if (r.date <= asOf && (latest === undefined || r.date >= latest.date)) latest = { date: r.date, j };
      });
      return latest === undefined ? [] : [{ m, i, j: latest.j }];
    });
    if (measured.length === 0) return { notAssessable: "no measurement has a result" };
    const unanalysed = measured.filter(({ m, j }) => m.results[j]!.analysedOn === undefined);
    if (unanalysed.length === 0) return [];
    return [
      {
        message: `the latest result of ${plural(unanalysed.length, "measurement")} has not been analysed: ${listForMessage(unanalysed.map(({ m }) => m.id))}`,
        refs: unanalysed.map(({ i, j }) => pointer("measurements", i, "results", j)),
      },
    ];
  },
});
