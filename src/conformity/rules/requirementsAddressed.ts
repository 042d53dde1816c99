import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural } from "../_lib/text";

/** 4.2 c: which requirements the ISMS addresses, and how, is decided. @category Conformity */
export const requirementsAddressed = builtInRule({
  id: "4.2-requirements-addressed",
  clause: "4.2",
  title: "It is clear how each requirement is addressed",
  description:
    "Each requirement the ISMS addresses names the controls that address it or says how; each one it does not address says why. An opportunity for improvement otherwise.",
  severity: "ofi",
  stage: 1,
  hint: "Fill in `controlIds` or `howAddressed` for addressed requirements, and `howAddressed` (why not, or who handles it) for the others.",
  check(isms) {
    const unexplained: { id: string; ref: string }[] = [];
    const unaddressed: { id: string; ref: string }[] = [];
    isms.interestedParties.forEach((party, p) => {
      if (!party.relevant) return;
      party.requirements.forEach((r, i) => {
        const how = r.howAddressed !== undefined && /\S/.test(r.howAddressed);
        const ref = pointer("interestedParties", p, "requirements", i);
        if (r.addressedThroughIsms && !how && r.controlIds.length === 0) unexplained.push({ id: r.id, ref });
        if (!r.addressedThroughIsms && !how) unaddressed.push({ id: r.id, ref });
      });
    });
    const out: ConformityRuleFinding[] = [];
    if (unexplained.length > 0) {
      out.push({
        message: `${plural(unexplained.length, "requirement")} addressed through the ISMS ${unexplained.length === 1 ? "names" : "name"} no control and no way of addressing ${unexplained.length === 1 ? "it" : "them"}: ${listForMessage(unexplained.map((u) => u.id))}`,
        refs: unexplained.map((u) => u.ref),
      });
    }
    if (unaddressed.length > 0) {
      out.push({
        message: `${plural(unaddressed.length, "requirement")} not addressed through the ISMS ${unaddressed.length === 1 ? "gives" : "give"} no reason: ${listForMessage(unaddressed.map((u) => u.id))}`,
        refs: unaddressed.map((u) => u.ref),
      });
    }
    return out;
  },
});
