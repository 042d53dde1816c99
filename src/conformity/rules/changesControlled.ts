import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural, quote } from "../_lib/text";

/** 6.3: changes to the ISMS are carried out in a planned manner. @category Conformity */
export const changesControlled = builtInRule({
  id: "6.3-changes-controlled",
  clause: "6.3",
  title: "Changes to the ISMS are carried out in a planned manner",
  description:
    "Each implemented change was approved before it was implemented (minor for each without a recorded approval); each change under way or done says what it is and when it is planned (an opportunity for improvement listing those that do not).",
  severity: "minor",
  stage: 2,
  hint: "Approve the change before carrying it out and record it (`approvedById`, `approvedOn`), with a `description` and a `plannedOn` day.",
  check(isms) {
    if (isms.changes.length === 0) return { notAssessable: "no change to the ISMS has been recorded" };
    const out: ConformityRuleFinding[] = [];
    isms.changes.forEach((c, i) => {
      if (c.status !== "implemented") return;
      // parseIsms already rejects an approval dated after the implementation.
      if (c.approvedById === undefined || c.approvedOn === undefined) {
        out.push({ message: `change ${quote(c.title)} was implemented without a recorded approval`, refs: [pointer("changes", i)] });
      }
    });
    const unplanned = isms.changes.flatMap((c, i) =>
      (c.status === "approved" || c.status === "implemented") && ((c.description === undefined || !/\S/.test(c.description)) && (c.purpose === undefined || !/\S/.test(c.purpose)) || c.plannedOn === undefined)
        ? [{ c, ref: pointer("changes", i) }]
        : [],
    );
    if (unplanned.length > 0) {
      out.push({
        severity: "ofi",
        message: `${plural(unplanned.length, "change")} ${unplanned.length === 1 ? "does" : "do"} not say what ${unplanned.length === 1 ? "it is" : "they are"} or when ${unplanned.length === 1 ? "it is" : "they are"} planned: ${listForMessage(unplanned.map(({ c }) => c.id))}`,
        refs: unplanned.map(({ ref }) => ref),
      });
    }
    return out;
  },
});
