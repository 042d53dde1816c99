import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural, quote } from "../_lib/text";

/** 6.3: changes to the ISMS are carried out in a planned way. @category Conformity */
export const changesControlled = builtInRule({
  id: "6.3-changes-controlled",
  clause: "6.3",
  title: "Changes to the ISMS are planned and approved",
  description:
    "Each implemented change was approved (minor for each that was not), and each live change states its purpose and consequences (an opportunity for improvement listing those that do not).",
  severity: "minor",
  stage: 2,
  hint: "Record who approved the change and when (`approvedById`, `approvedOn`), and its `purpose` and consequences.",
  check(isms) {
    if (isms.changes.length === 0) return { notAssessable: "no change to the ISMS has been recorded" };
    const out: ConformityRuleFinding[] = [];
    isms.changes.forEach((c, i) => {
      if (c.status === "implemented" && (c.approvedById === undefined || c.approvedOn === undefined)) {
        out.push({ message: `change ${quote(c.title)} was implemented without a recorded approval`, refs: [pointer("changes", i)] });
      }
    });
    const vague = isms.changes.flatMap((c, i) => (c.status !== "rejected" && c.status !== "cancelled" && (c.purpose === undefined || !/\S/.test(c.purpose)) ? [{ c, ref: pointer("changes", i) }] : []));
    if (vague.length > 0) {
      out.push({
        severity: "ofi",
        message: `${plural(vague.length, "change")} ${vague.length === 1 ? "does" : "do"} not state a purpose or consequences: ${listForMessage(vague.map(({ c }) => c.id))}`,
        refs: vague.map(({ ref }) => ref),
      });
    }
    return out;
  },
});
