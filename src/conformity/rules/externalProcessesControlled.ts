import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { isActivePerson } from "../_lib/selectors";
import { quote } from "../_lib/text";

/** 8.1: externally provided processes relevant to the ISMS are controlled. @category Conformity */
export const externalProcessesControlled = builtInRule({
  id: "8.1-external-processes-controlled",
  clause: "8.1",
  title: "Externally provided processes are controlled",
  description:
    "Each active supplier the scope depends on, or rated critical, has an active owner managing the relationship and agreed security requirements. Minor for each one that does not.",
  severity: "minor",
  stage: 2,
  hint: "Name who manages the supplier (`ownerId`) and agree security requirements with it (`securityRequirementsAgreed`).",
  check(isms, { index }) {
    const depended = new Set((isms.scope?.interfaces ?? []).filter((f) => f.kind === "dependency").flatMap((f) => f.supplierIds));
    const relevant = isms.suppliers.flatMap((s, i) => (s.status !== "offboarded" && (depended.has(s.id) || s.criticality === "critical") ? [{ s, ref: pointer("suppliers", i) }] : []));
    if (relevant.length === 0) return { notAssessable: "no supplier provides a process the ISMS depends on" };
    return relevant.flatMap(({ s, ref }) => {
      const gaps = [
        ...(isActivePerson(s.ownerId === undefined ? undefined : index.people.get(s.ownerId)?.value) ? [] : ["no active owner"]),
        ...(s.securityRequirementsAgreed === true ? [] : ["no agreed security requirements"]),
      ];
      return gaps.length === 0 ? [] : [{ message: `supplier ${quote(s.name)}, on which the ISMS depends, has ${gaps.join(" and ")}`, refs: [ref] }];
    });
  },
});
