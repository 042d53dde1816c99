import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
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
    const open = isms.risks.flatMap((r, i) => (r.status === "open" ? [{ r, ref: pointer("risks", i) }] : []));
    if (open.length === 0) return { notAssessable: "no open risk has been recorded" };
    const bare = open.filter(
      ({ r }) =>
        r.assetIds.length + r.threatIds.length + r.vulnerabilityIds.length + r.contextIssueIds.length + r.affectedProperties.length === 0,
    );
    if (bare.length === 0) return [];
    return [
      {
        message: `${plural(bare.length, "open risk")} ${bare.length === 1 ? "names" : "name"} no asset, threat, vulnerability, context issue or affected property: ${listForMessage(bare.map((b) => b.r.id))}`,
        refs: bare.map((b) => b.ref),
      },
    ];
  },
});
