import { builtInRule } from "../_lib/builtInRule";
import { listForMessage } from "../_lib/text";

/** 4.3: the boundaries of the ISMS are set. @category Conformity */
export const scopeBoundaries = builtInRule({
  id: "4.3-scope-boundaries",
  clause: "4.3",
  title: "The scope sets organisational, physical and technological boundaries",
  description:
    "The scope lists its organisational, physical and technological boundaries. Minor when any of the three is empty — except the physical one of a fully remote organisation (`scope.boundaries.fullyRemote`), which has no site to bound.",
  severity: "minor",
  stage: 1,
  hint: "List the units, sites and systems inside the ISMS in `scope.boundaries.organizational`, `physical` and `technological`.",
  check(isms) {
    const scope = isms.scope;
    if (scope === undefined) return { notAssessable: "the document has no scope" };
    const missing = (["organizational", "physical", "technological"] as const).filter((k) => scope.boundaries[k].length === 0 && !(k === "physical" && scope.boundaries.fullyRemote === true));
    if (missing.length === 0) return [];
    return [{ message: `the scope sets no ${listForMessage(missing)} boundaries`, refs: ["/scope/boundaries"] }];
  },
});
