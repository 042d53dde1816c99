import { isPlaceholderText } from "../../core/placeholderText";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { quote } from "../_lib/text";

/** 4.3: exclusions from the scope are justified. @category Conformity */
export const scopeExclusionsJustified = builtInRule({
  id: "4.3-scope-exclusions-justified",
  clause: "4.3",
  title: "Every exclusion from the scope is justified",
  description: "Each part of the organisation left out of the scope says why; a placeholder (\"N/A\", \"-\", \"TBD\" …) is no justification. Minor for each exclusion without one.",
  severity: "minor",
  stage: 1,
  hint: "Add a `justification` to the exclusion: why leaving it out does not weaken the ISMS (no shared systems, data or people).",
  check(isms) {
    const scope = isms.scope;
    if (scope === undefined) return { notAssessable: "the document has no scope" };
    return scope.exclusions.flatMap((e, i) =>
      !isPlaceholderText(e.justification)
        ? []
        : [
            {
              message: `the exclusion of ${quote(e.description)} from the scope is not justified${e.justification !== undefined && /\S/.test(e.justification) ? ` (${quote(e.justification.trim())} is a placeholder)` : ""}`,
              refs: [pointer("scope", "exclusions", i)],
            },
          ],
    );
  },
});
