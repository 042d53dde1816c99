import { builtInRule } from "../_lib/builtInRule";

/** 4.3 c: interfaces and dependencies are considered in the scope. @category Conformity */
export const scopeInterfaces = builtInRule({
  id: "4.3-scope-interfaces",
  clause: "4.3",
  title: "The scope considers interfaces and dependencies",
  description:
    "The scope records the interfaces and dependencies between the ISMS's activities and those of other organisations (hosting, outsourced processes, customers' systems). Minor when none is recorded.",
  severity: "minor",
  stage: 1,
  hint: "Record in `scope.interfaces` the interfaces and dependencies with activities outside the scope, naming the suppliers and parties involved.",
  check(isms) {
    const scope = isms.scope;
    if (scope === undefined) return { notAssessable: "the document has no scope" };
    if (scope.interfaces.length > 0) return [];
    return [{ message: "the scope records no interface or dependency with activities performed by other organisations", refs: ["/scope"] }];
  },
});
