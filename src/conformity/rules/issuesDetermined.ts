import { builtInRule } from "../_lib/builtInRule";

/** 4.1: internal and external issues are determined. @category Conformity */
export const issuesDetermined = builtInRule({
  id: "4.1-issues-determined",
  clause: "4.1",
  title: "Internal and external issues are determined",
  description:
    "The context lists at least one issue relevant to the ISMS. Major when there is none; minor when only internal or only external issues are recorded.",
  severity: "major",
  stage: 1,
  hint: "Record in `context.issues` the internal and external issues (legal, market, technological, organisational …) that affect what the ISMS can achieve.",
  check(isms) {
    const issues = isms.context?.issues ?? [];
    if (issues.length === 0) {
      return [{ message: "no internal or external issue relevant to the ISMS has been determined", refs: [isms.context ? "/context/issues" : ""] }];
    }
    const kinds = new Set(issues.map((i) => i.kind));
    const missing = (["external", "internal"] as const).filter((k) => !kinds.has(k));
    return missing.map((kind) => ({
      severity: "minor" as const,
      message: `no ${kind} issue is recorded; only ${kind === "internal" ? "external" : "internal"} issues have been determined`,
      refs: ["/context/issues"],
    }));
  },
});
