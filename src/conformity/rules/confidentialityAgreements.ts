import { accessEventLapses } from "../_lib/accessEvents";
import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";

/** Annex A 6.6: joiners sign their confidentiality agreement before they get access. @category Conformity */
export const confidentialityAgreements = builtInRule({
  id: "A.6.6-confidentiality-agreements",
  controlId: "6.6",
  title: "Joiners sign confidentiality agreements before access",
  description: `When control 6.6 is applicable, every joiner whose first day has come records signing the terms of employment and the confidentiality agreement (\`agreementsSignedOn\`) no later than the day access was granted (\`accessGrantedOn\`, else the first day). Minor for each joiner without, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the joiners).`,
  severity: "minor",
  stage: 2,
  hint: "Have the person sign the confidentiality agreement and record it (`agreementsSignedOn`).",
  reads: ["accessEvents"],
  check: (isms, context) =>
    accessEventLapses(
      isms,
      context,
      "6.6",
      "joiner",
      (e) => {
        const access = e.accessGrantedOn ?? e.effectiveOn;
        if (e.agreementsSignedOn === undefined) return { what: "has no signed confidentiality agreement on record" };
        return e.agreementsSignedOn > access ? { what: `signed the confidentiality agreement on ${e.agreementsSignedOn}, after access was granted on ${access}`, field: "agreementsSignedOn" } : undefined;
      },
      "joiners had access before signing a confidentiality agreement",
    ),
});
