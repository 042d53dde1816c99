import { builtInRule } from "../_lib/builtInRule";
import { openRisksWhere } from "../_lib/selectors";
import { listForMessage, plural } from "../_lib/text";

/** 6.1.2 c 1: risks say what is at stake. @category Conformity */
export const risksDescribed = builtInRule({
  id: "6.1.2-risks-described",
  clause: "6.1.2",
  title: "Risks say what is at stake",
  description:
    "Each open risk names what it concerns — assets, threats, vulnerabilities, context issues or the security properties (confidentiality, integrity, availability) at stake. An opportunity for improvement listing the risks that name none.",
  severity: "ofi",
  stage: 1,
  hint: "Link the risk to its assets, threats and vulnerabilities, or state the properties it affects (`affectedProperties`).",
  check(isms) {
    const { open, matching: bare } = openRisksWhere(
      isms.risks,
      (r) => r.assetIds.length + r.threatIds.length + r.vulnerabilityIds.length + r.contextIssueIds.length + r.affectedProperties.length === 0,
    );
    if (open === 0) return { notAssessable: "no open risk has been recorded" };
    if (bare.length === 0) return [];
    return [
      {
        message: `${plural(bare.length, "open risk")} ${bare.length === 1 ? "names" : "name"} no asset, threat, vulnerability, context issue or affected property: ${listForMessage(bare.map((b) => b.r.id))}`,
        refs: bare.map((b) => b.ref),
      },
    ];
  },
});
