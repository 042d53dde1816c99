import { accessEventLapses } from "../_lib/accessEvents";
import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";

/** Annex A 6.1: joiners are screened before they are given access. @category Conformity */
export const screening = builtInRule({
  id: "A.6.1-screening",
  controlId: "6.1",
  title: "Joiners are screened before they get access",
  description: `When control 6.1 is applicable, every joiner whose first day has come records a completed background verification (\`screeningCompletedOn\`) no later than the day access was granted (\`accessGrantedOn\`, else the first day). Minor for each joiner without, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the joiners).`,
  severity: "minor",
  stage: 2,
  hint: "Complete the background verification the organisation's screening procedure requires and record it; in future, grant access only after it.",
  reads: ["accessEvents"],
  check: (isms, context) =>
    accessEventLapses(
      isms,
      context,
      "6.1",
      "joiner",
      (e) => {
        const access = e.accessGrantedOn ?? e.effectiveOn;
        if (e.screeningCompletedOn === undefined) return { what: "has no record of background verification" };
        return e.screeningCompletedOn > access ? { what: `was screened on ${e.screeningCompletedOn}, after access was granted on ${access}`, field: "screeningCompletedOn" } : undefined;
      },
      "joiners were not screened before access",
    ),
});
