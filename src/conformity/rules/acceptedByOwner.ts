import type { Isms } from "../../model/IsmsSchema";
import { builtInRule } from "../_lib/builtInRule";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { pointer } from "../_lib/pointers";
import { listForMessage, quote } from "../_lib/text";

/** 6.1.3 f: the residual risk is accepted by the risk owner. @category Conformity */
export const acceptedByOwner = builtInRule({
  id: "6.1.3-accepted-by-owner",
  clause: "6.1.3",
  title: "Residual risks are accepted by their owners",
  description: `The person who accepted a residual risk is the risk's owner. Minor for each acceptance by someone else; ${SYSTEMIC_RULE} (of the open risks with an owner and an acceptance).`,
  severity: "minor",
  stage: 1,
  hint: "Have the risk owner accept the residual risk, or make the accepting person the owner.",
  check(isms, { gradingPolicy }) {
    // A loop, not flatMap: nothing allocated for each risk accepted by its owner.
    let population = 0;
    const items: { readonly risk: Isms["risks"][number]; readonly index: number }[] = [];
    for (let i = 0; i < isms.risks.length; i++) {
      const r = isms.risks[i]!;
      if (r.status !== "open" || r.acceptance === undefined || r.ownerId === undefined) continue;
      population++;
      if (r.acceptance.acceptedById !== r.ownerId) items.push({ risk: r, index: i });
    }
    const ref = (index: number) => pointer("risks", index, "acceptance", "acceptedById");
    return gradeItems(
      items,
      population,
      gradingPolicy,
      ({ risk, index }) => ({
        message: `the residual risk of ${quote(risk.title)} was accepted by "${risk.acceptance!.acceptedById}", not by its owner "${risk.ownerId!}"`,
        refs: [ref(index)],
      }),
      (all) => ({
        message: `${all.length} of ${population} accepted residual risks were accepted by someone other than their owner: ${listForMessage(all.map(({ risk }) => risk.id))}`,
        refs: all.map(({ index }) => ref(index)),
      }),
    );
  },
});
