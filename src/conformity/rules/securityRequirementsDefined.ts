import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE } from "../_lib/grading";
import { located, unlessRecords } from "../_lib/operations";
import { quote } from "../_lib/text";

/** Annex A 8.26: applications developed in-house have documented security requirements. @category Conformity */
export const securityRequirementsDefined = builtInRule({
  id: "A.8.26-security-requirements",
  controlId: "8.26",
  title: "In-house applications have security requirements",
  description:
    `When control 8.26 is applicable, every active system developed in-house (\`developedInHouse\`) has its application security requirements documented (\`securityRequirementsDocumentId\`). Minor for each system without, ${ISOLATED_LAPSE}.`,
  severity: "minor",
  stage: 2,
  hint: "Document the application's security requirements (authentication, authorisation, data protection, logging …) and link them (`securityRequirementsDocumentId`).",
  reads: ["systems"],
  check(isms, { index }) {
    const inHouse = located(isms.systems, "systems", (s) => s.status === "active" && s.developedInHouse);
    const skip = unlessRecords("8.26", index, inHouse, "no active system is developed in-house");
    if (skip) return skip;
    return inHouse.flatMap(({ value: s, pointer }) => (s.securityRequirementsDocumentId === undefined ? [{ message: `in-house system ${quote(s.name)} has no documented security requirements`, refs: [pointer] }] : []));
  },
});
