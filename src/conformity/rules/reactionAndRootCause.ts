import type { ConformityRuleFinding } from "../ConformityRule";
import { daysBetween } from "../../core/calendar";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural, quote } from "../_lib/text";

/** 10.2 a, b: nonconformities are reacted to and their causes analysed. @category Conformity */
export const reactionAndRootCause = builtInRule({
  id: "10.2-reaction-and-root-cause",
  clause: "10.2",
  title: "Nonconformities are contained and their root cause found",
  description:
    "Each nonconformity raised more than 30 days ago, or already being handled, has a root-cause analysis (minor for each without); each records the reaction that contained it (an opportunity for improvement listing those without).",
  severity: "minor",
  stage: 2,
  hint: "Analyse the root cause (`rootCause`: what, how, when) and record the immediate reaction (`reaction`).",
  check(isms, { asOf }) {
    const raised = isms.nonconformities.flatMap((n, i) => (n.raisedOn <= asOf ? [{ n, ref: pointer("nonconformities", i) }] : []));
    if (raised.length === 0) return { notAssessable: "no nonconformity has been recorded" };
    const out: ConformityRuleFinding[] = raised
      .filter(({ n }) => n.rootCause === undefined && (n.status !== "open" || daysBetween(n.raisedOn, asOf) > 30))
      .map(({ n, ref }) => ({ message: `nonconformity ${quote(n.title)} has no root-cause analysis`, refs: [ref] }));
    const unreacted = raised.filter(({ n }) => n.reaction === undefined);
    if (unreacted.length > 0) {
      out.push({
        severity: "ofi",
        message: `${plural(unreacted.length, "nonconformity", "nonconformities")} ${unreacted.length === 1 ? "records" : "record"} no reaction to contain it: ${listForMessage(unreacted.map(({ n }) => n.id))}`,
        refs: unreacted.map(({ ref }) => ref),
      });
    }
    return out;
  },
});
