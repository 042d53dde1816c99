import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE } from "../_lib/grading";
import { shiftMonths } from "../_lib/dates";
import { unlessApplicable } from "../_lib/applicability";
import { describeParameter } from "../_lib/parameters";
import { pointer } from "../_lib/pointers";
import type { ConformityRuleFinding } from "../ConformityRule";
import { quote } from "../_lib/text";

/** Annex A 5.29: information security is kept during disruption, as the exercises show. @category Conformity */
export const securityDuringDisruption = builtInRule({
  id: "A.5.29-security-during-disruption",
  controlId: "5.29",
  title: "Exercises show security is kept during disruption",
  description:
    `When control 5.29 is applicable and continuity exercises are recorded, at least one exercise within the organisation's interval (\`parameters.continuityExerciseIntervalMonths\`) considered whether information security was kept during the disruption (\`securityMaintained\` recorded), and every exercise that found it was not raised an improvement (\`improvementIds\`). Minor for each, ${ISOLATED_LAPSE}.`,
  severity: "minor",
  stage: 2,
  hint: "In the next exercise, check that controls (access, logging, encryption, backups) hold in the degraded mode, and raise improvements where they did not.",
  reads: ["continuityExercises", "improvements"],
  check(isms, { asOf, index, parameters }) {
    const skip = unlessApplicable("5.29", index);
    if (skip) return skip;
    const held = isms.continuityExercises.flatMap((x, i) => (x.performedOn <= asOf ? [{ x, i }] : []));
    if (held.length === 0) return { notAssessable: "no continuity exercise is recorded" };
    const interval = parameters.continuityExerciseIntervalMonths;
    const since = shiftMonths(asOf, -interval.value);
    const out: ConformityRuleFinding[] = [];
    if (!held.some(({ x }) => x.performedOn >= since && x.securityMaintained !== undefined)) {
      out.push({ message: `no continuity exercise since ${since} considered whether information security was kept during the disruption (every ${describeParameter(interval)})`, refs: ["/continuityExercises"], parameters: [interval] });
    }
    for (const { x, i } of held) {
      if (x.securityMaintained === false && x.improvementIds.length === 0) out.push({ message: `the exercise ${quote(x.title)} on ${x.performedOn} found information security was not kept, and raised no improvement`, refs: [pointer("continuityExercises", i)] });
    }
    return out;
  },
});
