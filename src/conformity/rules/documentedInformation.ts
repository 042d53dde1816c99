import { builtInRule } from "../_lib/builtInRule";

/** 7.5.1: the ISMS includes documented information. @category Conformity */
export const documentedInformation = builtInRule({
  id: "7.5.1-documented-information",
  clause: "7.5.1",
  title: "The ISMS keeps documented information",
  description: "The document lists the ISMS's documented information (`documents`). Major when there is none.",
  severity: "major",
  stage: 1,
  hint: "Register the policies, procedures, plans and records of the ISMS in `documents`.",
  check(isms) {
    if (isms.documents.some((d) => d.status !== "retired")) return [];
    return [{ message: "the ISMS has no current documented information", refs: ["/documents"] }];
  },
});
