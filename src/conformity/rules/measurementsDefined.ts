import { builtInRule } from "../_lib/builtInRule";

/** 9.1 a: what is monitored and measured is determined. @category Conformity */
export const measurementsDefined = builtInRule({
  id: "9.1-measurements-defined",
  clause: "9.1",
  title: "What is monitored and measured is determined",
  description: "At least one measurement of information security performance or ISMS effectiveness is defined. Major when none is.",
  severity: "major",
  stage: 1,
  hint: "Define what you measure to judge the ISMS (`measurements`): the operation of controls, progress on objectives, incidents, audit results.",
  check(isms) {
    if (isms.measurements.length > 0) return [];
    return [{ message: "nothing is monitored or measured: no measurement is defined", refs: ["/measurements"] }];
  },
});
