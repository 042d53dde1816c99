import { builtInRule } from "../_lib/builtInRule";
import { authorityFor } from "../_lib/acceptance";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { listForMessage, quote } from "../_lib/text";

/** 6.1.3 f / 6.1.2 a 1: acceptances run no longer than the criteria allow. @category Conformity */
export const acceptanceWithinValidity = builtInRule({
  id: "6.1.3-acceptance-within-validity",
  clause: "6.1.3",
  title: "Risk acceptances run no longer than the criteria allow",
  description: `An acceptance of a residual risk that states its own expiry does not run past the longest validity the acceptance criteria allow for its level (the level's authority, else \`validityMonths\`). Minor for each that does; ${SYSTEMIC_RULE} (of the acceptances with an expiry).`,
  severity: "minor",
  stage: 1,
  hint: "Shorten the acceptance to the validity the criteria allow (`acceptance.expiresOn`), and plan its review before then.",
  check(_isms, { riskRegister, gradingPolicy }) {
    if (riskRegister === undefined) return { notAssessable: "the risk register cannot be built from the document's risk method and ratings" };
    const limited = riskRegister.entries.filter((e) => e.status === "open" && e.acceptance.acceptedOn !== undefined && e.acceptance.maxExpiresOn !== undefined && e.acceptance.expiresOn !== undefined);
    if (limited.length === 0) return { notAssessable: "no acceptance of an open risk is limited by the acceptance criteria" };
    const tooLong = limited.filter((e) => e.acceptance.expiresOn! > e.acceptance.maxExpiresOn!);
    return gradeItems(
      tooLong,
      limited.length,
      gradingPolicy,
      (e) => ({
        message: `the acceptance of risk ${quote(e.title)} (${e.acceptance.level}) runs from ${e.acceptance.acceptedOn!} to ${e.acceptance.expiresOn!}, past ${e.acceptance.maxExpiresOn!}: the criteria allow ${authorityFor(riskRegister, e)?.maxValidityMonths ?? "?"} months for a ${e.acceptance.level} risk`,
        refs: [`${e.pointer}/acceptance/expiresOn`],
      }),
      (all) => ({ message: `${all.length} of ${limited.length} risk acceptances run longer than the criteria allow: ${listForMessage(all.map((e) => e.riskId))}`, refs: all.map((e) => `${e.pointer}/acceptance/expiresOn`) }),
    );
  },
});
