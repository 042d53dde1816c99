import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural } from "../_lib/text";

/** 6.2 f: objectives are communicated. @category Conformity */
export const objectivesCommunicated = builtInRule({
  id: "6.2-objectives-communicated",
  clause: "6.2",
  title: "Objectives are communicated",
  description:
    "Each open objective has been communicated (`communicatedOn`, or a communication carrying one of its documents). Minor listing those that have not.",
  severity: "minor",
  stage: 2,
  hint: "Communicate the objectives to the people who contribute to them and record when (`communicatedOn`).",
  check(isms) {
    const open = isms.objectives.flatMap((o, i) => (o.status === "planned" || o.status === "in-progress" ? [{ o, ref: pointer("objectives", i) }] : []));
    if (open.length === 0) return { notAssessable: "no objective is planned or in progress" };
    const carried = new Set(isms.communications.flatMap((c) => c.documentIds));
    const silent = open.filter(({ o }) => o.communicatedOn === undefined && !o.documentIds.some((id) => carried.has(id)));
    if (silent.length === 0) return [];
    return [
      {
        message: `${plural(silent.length, "objective")} ${silent.length === 1 ? "has" : "have"} not been communicated: ${listForMessage(silent.map(({ o }) => o.id))}`,
        refs: silent.map(({ ref }) => ref),
      },
    ];
  },
});
