import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural, quote } from "../_lib/text";

/** 5.3: roles have responsibilities and authorities. @category Conformity */
export const rolesDefined = builtInRule({
  id: "5.3-roles-defined",
  clause: "5.3",
  title: "Roles state their responsibilities and authorities",
  description: "Each role lists what it is responsible for and what it may decide. An opportunity for improvement listing the roles that do not.",
  severity: "ofi",
  stage: 1,
  hint: "Fill in `responsibilities` and `authorities` for each role.",
  check(isms) {
    if (isms.roles.length === 0) return { notAssessable: "no role has been defined" };
    const incomplete = isms.roles.flatMap((r, i) => (r.responsibilities.length === 0 || r.authorities.length === 0 ? [{ name: r.name, ref: pointer("roles", i) }] : []));
    if (incomplete.length === 0) return [];
    return [
      {
        message: `${plural(incomplete.length, "role")} ${incomplete.length === 1 ? "lacks" : "lack"} responsibilities or authorities: ${listForMessage(incomplete.map((r) => quote(r.name)))}`,
        refs: incomplete.map((r) => r.ref),
      },
    ];
  },
});
