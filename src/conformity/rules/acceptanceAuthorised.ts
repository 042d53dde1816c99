import type { RiskAcceptanceAuthorityInForce } from "../../method/getRiskAcceptanceAuthority";
import type { RiskRegisterEntry } from "../../risk/assessRisks";
import { builtInRule } from "../_lib/builtInRule";
import { riskPositions } from "../_lib/createConformityContext";
import { authoritiesOf, describeAcceptors, mayAccept } from "../_lib/acceptance";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { listForMessage, quote } from "../_lib/text";

/** 6.1.3 f / 6.1.2 a 1: residual risks are retained only within the acceptance criteria, by whom they authorise. @category Conformity */
export const acceptanceAuthorised = builtInRule({
  id: "6.1.3-acceptance-authorised",
  clause: "6.1.3",
  title: "Risks are retained only as the acceptance criteria allow",
  description: `Each current acceptance of a residual risk is at a level the risk acceptance criteria allow to be retained (at or below \`maxLevel\`, or a level an authority names), and was given or approved (\`acceptedById\`, \`authorisedById\`) by someone the criteria authorise for that level — the risk owner, top management or the holder of a named role. Minor for each acceptance that is not; ${SYSTEMIC_RULE} (of the current acceptances).`,
  severity: "minor",
  stage: 1,
  hint: "Treat the risk further, or have the acceptance given or approved by whom the criteria authorise for its level (`acceptance.authorisedById`), or change the criteria.",
  check(isms, { riskRegister, index, gradingPolicy }) {
    if (riskRegister === undefined) return { notAssessable: "the risk register cannot be built from the document's risk method and ratings" };
    if (riskRegister.method.acceptance === undefined) return { notAssessable: "no risk acceptance criteria are defined" };
    const current = riskRegister.entries.filter((e) => e.status === "open" && e.acceptance.state === "accepted" && e.acceptance.level !== undefined);
    if (current.length === 0) return { notAssessable: "no current acceptance of an open risk is recorded" };
    const roleNames = new Map(isms.roles.map((r) => [r.id, r.name]));
    const authorityFor = authoritiesOf(riskRegister);
    // The lapses, with what the message needs; the text is written only for the lapses reported.
    const lapses: { e: RiskRegisterEntry; authority: RiskAcceptanceAuthorityInForce; authorisedById: string | undefined }[] = [];
    const positions = riskPositions(index, isms.risks);
    for (let i = 0; i < current.length; i++) {
      const e = current[i]!;
      const authority = authorityFor(e)!;
      const authorisedById = isms.risks[positions.get(e.riskId)!]!.acceptance?.authorisedById;
      if (authority.retainable && (mayAccept(e.acceptance.acceptedById, authority, e.ownerId, isms, index) || mayAccept(authorisedById, authority, e.ownerId, isms, index))) continue;
      lapses.push({ e, authority, authorisedById });
    }
    const why = ({ e, authority, authorisedById }: (typeof lapses)[number]): string => {
      if (!authority.retainable) {
        return `the acceptance criteria let no ${e.acceptance.level} risk be retained (the risk owner may accept up to ${riskRegister.method.acceptance!.maxLevel}, and no authority is set for ${e.acceptance.level})`;
      }
      const by = [e.acceptance.acceptedById, authorisedById].filter((id): id is string => id !== undefined).map((id) => `"${id}"`);
      return `it was accepted by ${listForMessage(by)}, but only ${describeAcceptors(authority, roleNames)} may accept a ${e.acceptance.level} risk`;
    };
    return gradeItems(
      lapses,
      current.length,
      gradingPolicy,
      (lapse) => ({ message: `the residual risk of ${quote(lapse.e.title)} is retained at ${lapse.e.acceptance.level} outside the acceptance criteria: ${why(lapse)}`, refs: [`${lapse.e.pointer}/acceptance`] }),
      (all) => ({
        message: `${all.length} of ${current.length} accepted risks are retained outside the acceptance criteria: ${listForMessage(all.map(({ e }) => e.riskId))}`,
        refs: all.map(({ e }) => `${e.pointer}/acceptance`),
      }),
    );
  },
});
