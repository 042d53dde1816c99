import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural, quote } from "../_lib/text";

/** 7.2 a: the competence needed for roles is determined. @category Conformity */
export const competenceRequired = builtInRule({
  id: "7.2-competence-required",
  clause: "7.2",
  title: "The competence each role needs is determined",
  description:
    "Roles with ISMS duties name the competences they need (`requiredCompetenceIds`, or a competence listing the role) — minor for each that does not; other roles without any — an opportunity for improvement listing them.",
  severity: "minor",
  stage: 1,
  hint: "Define the competence the role needs (`competences`) and link it (`roles[].requiredCompetenceIds`).",
  check(isms) {
    if (isms.roles.length === 0) return { notAssessable: "no role has been defined" };
    const named = new Set(isms.competences.flatMap((c) => c.roleIds));
    const out: ConformityRuleFinding[] = [];
    const others: { name: string; ref: string }[] = [];
    isms.roles.forEach((r, i) => {
      if (r.requiredCompetenceIds.length > 0 || named.has(r.id)) return;
      if (r.ismsDuties.length > 0) out.push({ message: `role ${quote(r.name)} carries ISMS duties but the competence it needs is not determined`, refs: [pointer("roles", i)] });
      else others.push({ name: r.name, ref: pointer("roles", i) });
    });
    if (others.length > 0) {
      out.push({
        severity: "ofi",
        message: `${plural(others.length, "role")} ${others.length === 1 ? "names" : "name"} no required competence: ${listForMessage(others.map((o) => quote(o.name)))}`,
        refs: others.map((o) => o.ref),
      });
    }
    return out;
  },
});
