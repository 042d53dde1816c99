import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { quote } from "../_lib/text";

/** 6.1.3 f: the residual risk is accepted by the risk owner. @category Conformity */
export const acceptedByOwner = builtInRule({
  id: "6.1.3-accepted-by-owner",
  clause: "6.1.3",
  title: "Residual risks are accepted by their owners",
  description: "The person who accepted a residual risk is the risk's owner. Minor for each acceptance by someone else.",
  severity: "minor",
  stage: 1,
  hint: "Have the risk owner accept the residual risk, or make the accepting person the owner.",
  check(isms) {
    // A loop, not flatMap: nothing allocated for each risk accepted by its owner.
    const found: ConformityRuleFinding[] = [];
    for (let i = 0; i < isms.risks.length; i++) {
      const r = isms.risks[i]!;
      if (r.status !== "open" || r.acceptance === undefined || r.ownerId === undefined || r.acceptance.acceptedById === r.ownerId) continue;
      found.push({
        message: `the residual risk of ${quote(r.title)} was accepted by "${r.acceptance.acceptedById}", not by its owner "${r.ownerId}"`,
        refs: [pointer("risks", i, "acceptance", "acceptedById")],
      });
    }
    return found;
  },
});
