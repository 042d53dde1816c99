import { builtInRule } from "../_lib/builtInRule";

/** 6.2: information security objectives are established. @category Conformity */
export const objectivesEstablished = builtInRule({
  id: "6.2-objectives-established",
  clause: "6.2",
  title: "Information security objectives are established",
  description: "At least one information security objective is set (and not cancelled). Major when there is none.",
  severity: "major",
  stage: 1,
  hint: "Set measurable information security objectives consistent with the policy (`objectives`).",
  check(isms) {
    if (isms.objectives.some((o) => o.status !== "cancelled")) return [];
    return [{ message: "no information security objective has been established", refs: ["/objectives"] }];
  },
});
