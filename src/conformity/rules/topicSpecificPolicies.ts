import { unlessApplicable } from "../_lib/applicability";
import { builtInRule } from "../_lib/builtInRule";

/** Annex A 5.1: topic-specific policies are defined and approved. @category Conformity */
export const topicSpecificPolicies = builtInRule({
  id: "A.5.1-topic-specific-policies",
  controlId: "5.1",
  title: "Topic-specific policies are defined and approved",
  description: "When control 5.1 is applicable, at least one current topic-specific policy exists and is approved. Minor when there is none, or none is approved.",
  severity: "minor",
  stage: 2,
  hint: "Write and approve the topic-specific policies your risks call for (access control, cryptography, supplier security …).",
  reads: ["documents"],
  check(isms, { index }) {
    const skip = unlessApplicable("5.1", index);
    if (skip) return skip;
    const topical = isms.documents.filter((d) => d.type === "topic-specific-policy" && d.status !== "retired");
    const ref = index.controls.get("5.1")!.pointer;
    if (topical.length === 0) return [{ message: "control 5.1 is applicable but there is no topic-specific policy", refs: [ref, "/documents"] }];
    if (topical.some((d) => d.status === "approved")) return [];
    return [{ message: "control 5.1 is applicable but no topic-specific policy is approved", refs: [ref, "/documents"] }];
  },
});
