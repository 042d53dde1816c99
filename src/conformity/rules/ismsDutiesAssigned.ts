import { builtInRule } from "../_lib/builtInRule";
import { isActivePerson } from "../_lib/selectors";

const DUTIES = {
  "ensure-conformity": "ensuring the ISMS conforms to the standard",
  "report-performance": "reporting on the performance of the ISMS to top management",
} as const;

/** 5.3 a, b: the two ISMS responsibilities are assigned. @category Conformity */
export const ismsDutiesAssigned = builtInRule({
  id: "5.3-isms-duties-assigned",
  clause: "5.3",
  title: "The ISMS responsibilities are assigned",
  description:
    "Both responsibilities the standard asks top management to assign — ensuring the ISMS conforms, and reporting its performance to top management — belong to a role held by an active person (`roles[].ismsDuties`). Major when neither is assigned; minor when one is missing.",
  severity: "major",
  stage: 1,
  hint: "Give a role the missing duty in `ismsDuties` (\"ensure-conformity\", \"report-performance\") and make sure an active person holds it.",
  check(isms, { index }) {
    const held = new Set<string>();
    for (const role of isms.roles) {
      if (role.holderIds.some((id) => isActivePerson(index.people.get(id)?.value))) for (const duty of role.ismsDuties) held.add(duty);
    }
    const missing = (Object.keys(DUTIES) as (keyof typeof DUTIES)[]).filter((d) => !held.has(d));
    if (missing.length === 0) return [];
    if (missing.length === 2) {
      return [{ message: `no role held by an active person is responsible for ${DUTIES["ensure-conformity"]} or for ${DUTIES["report-performance"]}`, refs: ["/roles"] }];
    }
    return [{ severity: "minor", message: `no role held by an active person is responsible for ${DUTIES[missing[0]!]}`, refs: ["/roles"] }];
  },
});
