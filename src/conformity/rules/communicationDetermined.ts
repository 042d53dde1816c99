import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural } from "../_lib/text";

/** 7.4: internal and external communication is determined. @category Conformity */
export const communicationDetermined = builtInRule({
  id: "7.4-communication-determined",
  clause: "7.4",
  title: "Communication is determined: what, when, with whom, how",
  description:
    "The ISMS's communications are determined: what (`subject`), with whom, when and how (7.4 a–d). Minor when none is recorded — 7.4 asks for no documented information, so an empty register shows the determination is not recorded rather than that nothing is communicated. An opportunity for improvement when there is no internal communication, and listing the communications that do not say with whom, when or how.",
  severity: "minor",
  stage: 2,
  hint: "Record each communication with its `subject`, `audience` (or interested parties), `when` and `channel`.",
  check(isms) {
    if (isms.communications.length === 0) return [{ message: "no communication relevant to the ISMS is recorded", refs: ["/communications"] }];
    const out: ConformityRuleFinding[] = [];
    if (!isms.communications.some((c) => c.direction === "internal")) {
      out.push({ severity: "ofi", message: "no internal communication is recorded; only external ones", refs: ["/communications"] });
    }
    const vague = isms.communications.flatMap((c, i) =>
      (c.audience === undefined && c.interestedPartyIds.length === 0) || (c.when === undefined && c.lastCommunicatedOn === undefined) || c.channel === undefined
        ? [{ id: c.id, ref: pointer("communications", i) }]
        : [],
    );
    if (vague.length > 0) {
      out.push({
        severity: "ofi",
        message: `${plural(vague.length, "communication")} ${vague.length === 1 ? "does" : "do"} not say with whom, when or how: ${listForMessage(vague.map((v) => v.id))}`,
        refs: vague.map((v) => v.ref),
      });
    }
    return out;
  },
});
