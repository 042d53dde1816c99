import { builtInRule } from "../_lib/builtInRule";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { listForMessage, quote } from "../_lib/text";

/** 6.1.3 f / 8.3: acceptances of residual risk are current. @category Conformity */
export const acceptanceCurrent = builtInRule({
  id: "6.1.3-acceptance-current",
  clause: "6.1.3",
  title: "Risk acceptances are current",
  description: `An owner's acceptance of a residual risk has not expired (its own expiry, or the method's validity) and still matches the residual rating (not stale). Minor for each expired or stale acceptance; ${SYSTEMIC_RULE} (of the recorded acceptances).`,
  severity: "minor",
  stage: 2,
  hint: "Have the risk owner review the risk and renew the acceptance of its current residual rating.",
  check(isms, { riskRegister, gradingPolicy }) {
    if (riskRegister === undefined) return { notAssessable: "the risk register cannot be built from the document's risk method and ratings" };
    const recorded = riskRegister.entries.filter((e) => e.acceptance.state === "accepted" || e.acceptance.state === "expired" || e.acceptance.state === "stale");
    if (recorded.length === 0) return { notAssessable: "no acceptance of an open risk is recorded" };
    const lapsed = recorded.filter((e) => e.acceptance.state !== "accepted");
    return gradeItems(
      lapsed,
      recorded.length,
      gradingPolicy,
      (e) => ({
        message:
          e.acceptance.state === "expired"
            ? `the owner's acceptance of risk ${quote(e.title)} expired on ${e.acceptance.expiresOn ?? "?"}`
            : `the residual rating of risk ${quote(e.title)} changed after its owner accepted it on ${e.acceptance.acceptedOn ?? "?"}`,
        refs: [`${e.pointer}/acceptance`],
      }),
      (all) => ({ message: `${all.length} of ${recorded.length} risk acceptances have expired or are stale: ${listForMessage(all.map((e) => e.riskId))}`, refs: all.map((e) => `${e.pointer}/acceptance`) }),
    );
  },
});
