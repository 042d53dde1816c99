import { builtInRule } from "../_lib/builtInRule";

/** 5.1: top management is identified. @category Conformity */
export const topManagementIdentified = builtInRule({
  id: "5.1-top-management-identified",
  clause: "5.1",
  title: "Top management is identified",
  description: "At least one active person is marked as top management, so that leadership can be shown. Major when nobody is.",
  severity: "major",
  stage: 1,
  hint: "Mark the members of top management with `people[].topManagement: true`.",
  check(isms, { index }) {
    if (index.activeTopManagement.size > 0) return [];
    return [{ message: "no active member of top management is identified", refs: ["/people"] }];
  },
});
