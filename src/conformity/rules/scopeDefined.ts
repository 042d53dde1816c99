import { builtInRule } from "../_lib/builtInRule";

/** 4.3: the scope of the ISMS is determined. @category Conformity */
export const scopeDefined = builtInRule({
  id: "4.3-scope-defined",
  clause: "4.3",
  title: "The ISMS scope is determined",
  description: "The document states the scope of the ISMS (`scope.statement`). Major when there is no scope statement.",
  severity: "major",
  stage: 1,
  hint: "Write the scope statement: the organisation, activities, locations and systems the ISMS covers (`scope.statement`).",
  check(isms) {
    const statement = isms.scope?.statement;
    if (statement !== undefined && /\S/.test(statement)) return [];
    return [{ message: "the scope of the ISMS has not been determined: there is no scope statement", refs: [isms.scope ? "/scope" : ""] }];
  },
});
