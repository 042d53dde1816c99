import type { ConformityRuleFinding } from "../ConformityRule";
import { daysBetween } from "../../core/calendar";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { describeParameter } from "../_lib/parameters";
import { quote } from "../_lib/text";

/** 10.2 a, b: nonconformities are reacted to and their causes analysed. @category Conformity */
export const reactionAndRootCause = builtInRule({
  id: "10.2-reaction-and-root-cause",
  clause: "10.2",
  title: "Nonconformities are reacted to and their root cause found",
  description:
    "Each nonconformity records the reaction that controlled and corrected it (10.2 a), and each raised longer ago than the organisation's response time (`parameters.nonconformityResponseDays`), or already being handled, has a root-cause analysis (10.2 b). Minor for each nonconformity that lacks either.",
  severity: "minor",
  stage: 2,
  hint: "Record the immediate reaction that controlled the nonconformity and dealt with its consequences (`reaction`), and analyse its root cause (`rootCause`: what, how, when).",
  check(isms, { asOf, parameters }) {
    const raised = isms.nonconformities.flatMap((n, i) => (n.raisedOn <= asOf ? [{ n, ref: pointer("nonconformities", i) }] : []));
    if (raised.length === 0) return { notAssessable: "no nonconformity has been recorded" };
    const response = parameters.nonconformityResponseDays;
    const out: ConformityRuleFinding[] = [];
    for (const { n, ref } of raised) {
      const noRootCause = n.rootCause === undefined && (n.status !== "open" || daysBetween(n.raisedOn, asOf) > response.value);
      const noReaction = n.reaction === undefined;
      if (!noRootCause && !noReaction) continue;
      const missing = [...(noReaction ? ["no reaction to control and correct it"] : []), ...(noRootCause ? ["no root-cause analysis"] : [])];
      out.push({
        message: `nonconformity ${quote(n.title)} records ${missing.join(" and ")}${noRootCause ? ` (response time ${describeParameter(response)})` : ""}`,
        refs: [ref],
        ...(noRootCause ? { parameters: [response] } : {}),
      });
    }
    return out;
  },
});
