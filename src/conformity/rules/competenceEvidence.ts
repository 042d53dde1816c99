import type { Competence } from "../../model/CompetenceSchema";
import { builtInRule } from "../_lib/builtInRule";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { pointer } from "../_lib/pointers";
import { isActivePerson } from "../_lib/selectors";
import { listForMessage, quote } from "../_lib/text";

/** 7.2 b, c, d: holders of roles have the competence, with evidence. @category Conformity */
export const competenceEvidence = builtInRule({
  id: "7.2-competence-evidence",
  clause: "7.2",
  title: "Role holders are competent, with evidence",
  description: `Every active holder of a role holds each competence the role needs, with evidence, not past its validity. Minor for each missing, unevidenced or expired competence; ${SYSTEMIC_RULE} (of the holder–competence pairs).`,
  severity: "minor",
  stage: 2,
  hint: "Record the person under `competences[].holders` with the `evidenceIds` of certificates, training records or experience; renew expired competence.",
  check(isms, { asOf, index, gradingPolicy }) {
    const competences = new Map<string, { c: Competence; i: number; holderAt: Map<string, number> }>(
      isms.competences.map((c, i) => {
        const holderAt = new Map<string, number>();
        c.holders.forEach((h, j) => {
          if (!holderAt.has(h.personId)) holderAt.set(h.personId, j);
        });
        return [c.id, { c, i, holderAt }];
      }),
    );
    const required = new Map<string, Set<string>>();
    for (const r of isms.roles) required.set(r.id, new Set(r.requiredCompetenceIds));
    for (const c of isms.competences) for (const roleId of c.roleIds) required.get(roleId)?.add(c.id);
    const gaps: { message: string; ref: string; key: string }[] = [];
    let pairs = 0;
    isms.roles.forEach((role, r) => {
      for (const personId of new Set(role.holderIds)) {
        if (!isActivePerson(index.people.get(personId)?.value)) continue;
        for (const competenceId of required.get(role.id) ?? []) {
          const found = competences.get(competenceId);
          if (!found) continue;
          pairs++;
          const h = found.holderAt.get(personId) ?? -1;
          const holder = found.c.holders[h];
          const who = `"${personId}" (${quote(role.name)})`;
          if (holder === undefined) {
            gaps.push({ message: `${who} does not hold the required competence ${quote(found.c.name)}`, ref: pointer("roles", r, "holderIds"), key: `${personId} ${competenceId}` });
          } else if (holder.evidenceIds.length === 0) {
            gaps.push({ message: `${who} holds ${quote(found.c.name)} without evidence of competence`, ref: pointer("competences", found.i, "holders", h), key: `${personId} ${competenceId}` });
          } else if (holder.validUntil !== undefined && holder.validUntil < asOf) {
            gaps.push({ message: `the competence ${quote(found.c.name)} of ${who} expired on ${holder.validUntil}`, ref: pointer("competences", found.i, "holders", h, "validUntil"), key: `${personId} ${competenceId}` });
          }
        }
      }
    });
    if (pairs === 0) return { notAssessable: "no role held by an active person requires a competence" };
    const unique = [...new Map(gaps.map((g) => [g.key, g])).values()];
    return gradeItems(
      unique,
      pairs,
      gradingPolicy,
      (g) => ({ message: g.message, refs: [g.ref] }),
      (all) => ({ message: `${all.length} of ${pairs} required competences of role holders are missing, unevidenced or expired: ${listForMessage(all.map((g) => g.key.replace(" ", ": ")))}`, refs: [...new Set(all.map((g) => g.ref))] }),
    );
  },
});
