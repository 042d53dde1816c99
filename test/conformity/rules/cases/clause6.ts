import { riskMatrixPresets } from "../../../../src/index";
import { removeCollection } from "../../_fixtures/removeCollection";
import { byId, type Doc, type RuleCase } from "./RuleCase";

const ownerless = (n: number) => (d: Doc) => {
  for (let i = 0; i < n; i++) d.risks.push({ id: `risk-x${i}`, title: `Extra ${i}`, assetIds: ["a-1"], inherent: { likelihood: "rare", impact: "minor" }, treatment: { option: "retain" } });
};

export const clause6: RuleCase[] = [
  { rule: "6.1.1-risks-linked-to-context", when: "no risk names a context issue", change: (d) => void (d.risks[0].contextIssueIds = []), severity: "ofi", message: "no open risk is traced" },
  {
    rule: "6.1.1-effectiveness-evaluated",
    when: "nothing measures the selected controls or tracks a risk",
    change: (d) => {
      d.measurements[0].controlIds = [];
      d.objectives[0].riskIds = [];
    },
    severity: "ofi",
    message: "effectiveness is not evaluated",
  },
  { rule: "6.1.2-risk-method-defined", when: "there is no method", change: (d) => void delete d.riskMethod, severity: "major", message: "no risk assessment method" },
  {
    rule: "6.1.2-risk-method-defined",
    when: "the method names an unknown preset",
    change: () => undefined,
    afterParse: (isms) => void (isms.riskMethod.preset = "7x7"),
    severity: "major",
    message: "cannot be used",
  },
  {
    rule: "6.1.2-acceptance-criteria",
    when: "neither the method nor its matrix sets acceptance criteria",
    change: (d) => {
      const { acceptance: _unused, ...matrix } = JSON.parse(JSON.stringify(riskMatrixPresets["5x5"]));
      delete d.riskMethod.preset;
      delete d.riskMethod.acceptance;
      d.riskMethod.matrix = matrix;
    },
    severity: "major",
    message: "no risk acceptance criteria",
  },
  { rule: "6.1.2-assessment-criteria", when: "the criteria are not stated", change: (d) => void delete d.riskMethod.criteria, severity: "minor", message: "does not state the criteria" },
  {
    rule: "6.1.2-risk-method-documented",
    when: "no document holds the method",
    change: (d) => {
      delete d.riskMethod.documentId;
      byId(d.documents, "doc-risk").clauseIds = ["6.1.3"];
    },
    severity: "minor",
    message: "not kept as documented information",
  },
  { rule: "6.1.2-risk-method-documented", when: "the methodology is in review", change: (d) => void (byId(d.documents, "doc-risk").status = "in-review"), severity: "minor", message: "is in-review, not approved" },
  { rule: "6.1.2-risks-identified", when: "the register is empty", change: (d) => removeCollection(d, "risks"), severity: "major", message: "the risk register is empty" },
  { rule: "6.1.2-risks-identified", when: "every risk is closed", change: (d) => d.risks.forEach((r: { status?: string }) => (r.status = "closed")), severity: "ofi", message: "every risk in the register is closed" },
  { rule: "6.1.2-risk-owners", when: "a risk has no owner", change: (d) => void delete byId(d.risks, "risk-2").ownerId, severity: "minor", message: '"Unencrypted backups" has no owner' },
  {
    rule: "6.1.2-risk-owners",
    when: "a risk's owner has left",
    change: (d) => {
      d.people.push({ id: "p-old", name: "Old Person", status: "left" });
      byId(d.risks, "risk-2").ownerId = "p-old";
    },
    severity: "minor",
    message: "who has left",
  },
  { rule: "6.1.2-risk-owners", when: "three of five risks have no owner", change: ownerless(3), severity: "major", message: "3 of 5 open risks have no active owner" },
  {
    rule: "6.1.2-risks-analysed",
    when: "a risk is not rated",
    change: (d) => {
      const risk = byId(d.risks, "risk-2");
      delete risk.inherent;
      delete risk.residual;
    },
    severity: "minor",
    message: "has not been rated",
  },
  {
    rule: "6.1.2-risks-analysed",
    when: "most risks are not rated",
    change: (d) => {
      ownerless(3)(d);
      d.risks.forEach((r: Doc) => {
        delete r.inherent;
        delete r.residual;
        delete r.acceptance;
      });
    },
    severity: "major",
    message: "5 of 5 open risks have not been rated",
  },
  {
    rule: "6.1.2-ratings-fit-method",
    when: "a likelihood is not on the scale",
    change: () => undefined,
    afterParse: (isms) => void (byId(isms.risks, "risk-2").inherent.likelihood = "sometimes"),
    severity: "minor",
    message: "do not fit the method",
  },
  {
    rule: "6.1.2-ratings-fit-method",
    when: "most ratings use another scale",
    change: () => undefined,
    afterParse: (isms) => {
      for (let i = 0; i < 3; i++) isms.risks.push({ ...isms.risks[1], id: `risk-x${i}`, inherent: { likelihood: "often", impact: "huge" } });
    },
    severity: "major",
    message: "3 of 5 rated risks",
  },
  {
    rule: "6.1.2-ratings-consistent",
    when: "a residual rating is above the inherent one",
    change: (d) => void (byId(d.risks, "risk-2").residual = { likelihood: "likely", impact: "severe" }),
    severity: "minor",
    message: "above the inherent rating",
  },
  {
    rule: "6.1.2-ratings-consistent",
    when: "a residual rating is lowered with no control",
    change: (d) => {
      const risk = byId(d.risks, "risk-2");
      risk.residual = { likelihood: "rare", impact: "minor" };
      risk.treatment = { option: "retain" };
    },
    severity: "ofi",
    message: "no control, avoidance or sharing explains it",
  },
  {
    rule: "6.1.2-risks-described",
    when: "a risk names nothing at stake",
    change: (d) => void (byId(d.risks, "risk-2").assetIds = []),
    severity: "ofi",
    message: "risk-2",
  },
  { rule: "6.1.3-treatment-selected", when: "a risk has no treatment decision", change: (d) => void delete byId(d.risks, "risk-2").treatment, severity: "minor", message: "has no treatment decision" },
  {
    rule: "6.1.3-treatment-selected",
    when: "most risks have no treatment decision",
    change: (d) => {
      ownerless(3)(d);
      d.risks.forEach((r: Doc) => delete r.treatment);
    },
    severity: "major",
    message: "5 of 5 open risks have no treatment decision",
  },
  { rule: "6.1.3-treatment-complete", when: "a modified risk selects no control", change: (d) => void (byId(d.risks, "risk-2").treatment.controlIds = []), severity: "minor", message: "no control is selected" },
  { rule: "6.1.3-treatment-complete", when: "a shared risk names nobody", change: (d) => void (byId(d.risks, "risk-2").treatment = { option: "share" }), severity: "minor", message: "nobody to share it with" },
  { rule: "6.1.3-treatment-complete", when: "an avoided risk names no activity", change: (d) => void (byId(d.risks, "risk-2").treatment = { option: "avoid" }), severity: "ofi", message: "activity given up" },
  { rule: "6.1.3-soa-complete", when: "one control is undecided", change: (d) => void (byId(d.controls, "5.7").applicable = null), severity: "minor", message: "1 Annex A control of 93 has no applicability decision: 5.7" },
  {
    rule: "6.1.3-soa-complete",
    when: "only the organisation's own control is recorded",
    change: (d) => void (d.controls = d.controls.filter((c: { id: string }) => c.id === "ctl-own")),
    severity: "major",
    message: "93 Annex A controls of 93",
  },
  {
    rule: "6.1.3-soa-complete",
    when: "there is no control record at all",
    change: (d) => {
      d.controls = [];
      byId(d.risks, "risk-1").treatment.controlIds = ["8.5"];
      d.auditProgramme.plannedAudits[0].scope.controlIds = [];
    },
    severity: "major",
    message: "there is no Statement of Applicability",
  },
  { rule: "6.1.3-soa-exclusions-justified", when: "an exclusion has no justification", change: (d) => void delete byId(d.controls, "7.1").justification, severity: "minor", message: "control 7.1 is excluded" },
  {
    rule: "6.1.3-soa-exclusions-justified",
    when: "an exclusion's justification is a placeholder",
    change: (d) => void (byId(d.controls, "7.1").justification = "N/A"),
    severity: "minor",
    message: 'control 7.1 is excluded with "N/A", a placeholder',
  },
  {
    rule: "6.1.3-soa-exclusions-justified",
    when: "one boilerplate text justifies exclusions across themes",
    change: (d) => {
      const ids = ["5.7", "5.8", "5.11", "5.12", "5.13", "6.3", "6.7", "8.11", "8.12", "8.16"];
      for (const id of ids) Object.assign(byId(d.controls, id), { applicable: false, justification: "Not relevant to our business", reasons: [] });
      d.auditProgramme.plannedAudits[0].scope.controlIds = d.auditProgramme.plannedAudits[0].scope.controlIds.filter((id: string) => !ids.includes(id));
    },
    severity: "minor",
    message: "boilerplate justification — the same text is repeated word for word on 10 controls",
  },
  { rule: "6.1.3-soa-inclusions-justified", when: "an inclusion has no reason", change: (d) => void (byId(d.controls, "5.1").reasons = []), severity: "minor", message: "control 5.1 is included without a reason or a justification" },
  {
    rule: "6.1.3-soa-inclusions-justified",
    when: "an inclusion's only reason is best practice",
    change: (d) => void (byId(d.controls, "5.1").reasons = ["best-practice"]),
    severity: "minor",
    message: "control 5.1 is included only as best practice",
  },
  {
    rule: "6.1.3-soa-inclusions-justified",
    when: "most inclusions have no reason",
    change: (d) => d.controls.forEach((c: Doc) => (c.reasons = [])),
    severity: "major",
    // 6 of the 92 keep a reason the SoA derives: an open risk selects them.
    message: "86 of 92 applicable controls",
  },
  {
    rule: "6.1.3-soa-agrees-with-treatment",
    when: "a control selected by a risk is excluded",
    change: (d) => void Object.assign(byId(d.controls, "8.5"), { applicable: false, justification: "Not needed" }),
    severity: "minor",
    message: "control 8.5 is excluded from the Statement of Applicability but treats 1 open risk: risk-1",
  },
  {
    rule: "6.1.3-soa-agrees-with-treatment",
    when: "a control included for risk treatment is selected by no risk",
    change: (d) => void (byId(d.controls, "5.1").reasons = ["risk-treatment"]),
    severity: "ofi",
    message: "included for risk treatment but no open risk selects it: 5.1",
  },
  {
    rule: "6.1.3-soa-agrees-with-requirements",
    when: "a control a requirement needs is excluded",
    change: (d) => void Object.assign(byId(d.controls, "5.20"), { applicable: false, justification: "Not needed" }),
    severity: "minor",
    message: "control 5.20 is excluded",
  },
  { rule: "6.1.3-soa-implementation-stated", when: "a control does not state its implementation", change: (d) => void delete byId(d.controls, "5.1").implementationStatus, severity: "minor", message: "applicable control 5.1" },
  {
    rule: "6.1.3-soa-documented",
    when: "the SoA and the procedure are drafts",
    change: (d) => {
      byId(d.documents, "doc-risk").status = "draft";
      byId(d.documents, "doc-soa").status = "draft";
    },
    severity: "minor",
    message: "no document serving clause 6.1.3 is approved",
  },
  {
    rule: "6.1.3-soa-documented",
    when: "no document serves clause 6.1.3",
    change: (d) => {
      byId(d.documents, "doc-risk").clauseIds = ["6.1.2"];
      byId(d.documents, "doc-soa").clauseIds = [];
    },
    severity: "minor",
    message: "none serves clause 6.1.3",
  },
  { rule: "6.1.3-custom-controls-compared", when: "an own control relates to no Annex A control", change: (d) => void (byId(d.controls, "ctl-own").custom.relatedAnnexAIds = []), severity: "ofi", message: "ctl-own" },
  { rule: "6.1.3-treatment-plan", when: "a risk under treatment is in no plan", change: (d) => void (byId(d.treatmentPlans, "tp-2").riskIds = []), severity: "minor", message: '"Unencrypted backups" waits for controls' },
  { rule: "6.1.3-treatment-plan", when: "there is no plan at all", change: (d) => removeCollection(d, "treatmentPlans"), severity: "major", message: "there is no risk treatment plan" },
  { rule: "6.1.3-plan-actions-defined", when: "an open action has no due date", change: (d) => void delete byId(d.treatmentPlans, "tp-2").actions[0].dueDate, severity: "minor", message: "tp-2-a" },
  { rule: "6.1.3-plan-actions-defined", when: "a plan has no actions", change: (d) => void (byId(d.treatmentPlans, "tp-2").actions = []), severity: "minor", message: "has no actions" },
  {
    rule: "6.1.3-plan-approved-by-owners",
    when: "the owner has not approved the plan",
    change: (d) => void (byId(d.treatmentPlans, "tp-2").approvals = []),
    severity: "minor",
    message: 'treatment plan "Encrypt backups" is not approved by the owner of risk "Unencrypted backups" ("p-it")',
  },
  ...([["twice", 2], ["twenty times", 20], ["forty times", 40]] as const).map(([times, n]): RuleCase => ({
    rule: "6.1.3-plan-approved-by-owners",
    when: `the plan names its unapproved risk ${times}`,
    change: (d) => {
      const plan = byId(d.treatmentPlans, "tp-2");
      plan.approvals = [];
      plan.riskIds = Array.from({ length: n }, () => "risk-2");
    },
    severity: "minor",
    message: 'treatment plan "Encrypt backups" is not approved by the owner of risk "Unencrypted backups" ("p-it")',
  })),
  {
    rule: "6.1.3-plan-approved-by-owners",
    when: "five people approved the plan, the owner only for another risk",
    change: (d) => {
      const others = ["p-ceo", "p-hr", "p-aud", "p-soc", "p-dev"].map((id) => ({ approvedById: id, approvedOn: "2026-03-02" }));
      byId(d.treatmentPlans, "tp-2").approvals = [...others, { approvedById: "p-it", approvedOn: "2026-03-02", riskIds: ["risk-1"] }];
    },
    severity: "minor",
    message: 'treatment plan "Encrypt backups" is not approved by the owner of risk "Unencrypted backups" ("p-it")',
  },
  {
    rule: "6.1.3-plan-approved-by-owners",
    when: "most plans are not approved by their risks' owners",
    change: (d) => {
      d.risks.push({ id: "risk-3", title: "Third", ownerId: "p-hr", inherent: { likelihood: "rare", impact: "minor" }, treatment: { option: "modify", controlIds: ["8.24"] } });
      d.treatmentPlans.push({ id: "tp-3", title: "Third plan", riskIds: ["risk-3"], actions: [{ id: "tp-3-a", description: "Do it", ownerId: "p-hr", dueDate: "2027-03-01", status: "open" }] });
      d.treatmentPlans.forEach((p: Doc) => (p.approvals = []));
    },
    severity: "major",
    message: "3 of 3 treatment plans are not approved by the owners of their risks",
  },
  { rule: "6.1.3-residual-risk-accepted", when: "a treated risk's residual risk is not accepted", change: (d) => void delete byId(d.risks, "risk-1").acceptance, severity: "minor", message: "has not been accepted by its owner" },
  {
    rule: "6.1.3-accepted-by-owner",
    when: "someone else accepted the residual risk",
    change: (d) => void (byId(d.risks, "risk-1").acceptance.acceptedById = "p-it"),
    severity: "minor",
    message: 'not by its owner "p-ceo"',
  },
  {
    rule: "6.1.3-accepted-by-owner",
    when: "someone else accepted three residual risks of four: a pattern",
    change: (d) => {
      const risk = byId(d.risks, "risk-1");
      for (let i = 0; i < 3; i++) d.risks.push({ ...structuredClone(risk), id: `risk-x${i}`, title: `Extra ${i}`, acceptance: { ...risk.acceptance, acceptedById: "p-it" } });
    },
    severity: "major",
    message: "3 of 4 accepted residual risks were accepted by someone other than their owner: risk-x0, risk-x1 and risk-x2",
  },
  { rule: "6.1.3-acceptance-current", when: "an acceptance has expired", change: (d) => void (byId(d.risks, "risk-1").acceptance.expiresOn = "2026-10-01"), severity: "minor", message: "expired on 2026-10-01" },
  {
    rule: "6.1.3-acceptance-current",
    when: "the residual rating changed after acceptance",
    change: (d) => void (byId(d.risks, "risk-1").acceptance.acceptedRating = { likelihood: "unlikely", impact: "minor" }),
    severity: "minor",
    message: "changed after its owner accepted it",
  },
  {
    rule: "6.1.3-acceptance-authorised",
    when: "a high risk is retained on its owner's word alone",
    change: (d) => {
      const risk = byId(d.risks, "risk-2");
      risk.treatment = { option: "retain" };
      risk.acceptance = { acceptedById: "p-it", acceptedOn: "2026-10-01", acceptedRating: { likelihood: "possible", impact: "major" } };
    },
    severity: "minor",
    message: 'accepted by "p-it", but only top management may accept a high risk',
  },
  {
    rule: "6.1.3-acceptance-authorised",
    when: "a critical risk is retained",
    change: (d) => {
      const risk = byId(d.risks, "risk-2");
      risk.residual = { likelihood: "likely", impact: "severe" };
      risk.inherent = { likelihood: "likely", impact: "severe" };
      risk.treatment = { option: "retain" };
      risk.acceptance = { acceptedById: "p-it", authorisedById: "p-ceo", acceptedOn: "2026-10-01" };
    },
    severity: "minor",
    message: "let no critical risk be retained",
  },
  {
    rule: "6.1.3-acceptance-within-validity",
    when: "a high risk is accepted for three years",
    change: (d) => {
      const risk = byId(d.risks, "risk-2");
      risk.treatment = { option: "retain" };
      risk.acceptance = { acceptedById: "p-it", authorisedById: "p-ceo", acceptedOn: "2026-10-01", expiresOn: "2029-10-01" };
    },
    severity: "minor",
    message: "past 2027-04-01: the criteria allow 6 months for a high risk",
  },
  {
    rule: "6.1.3-exclusions-consistent",
    when: "8.8 is excluded while a high vulnerability is open",
    change: (d) => {
      Object.assign(byId(d.controls, "8.8"), { applicable: false, justification: "No servers of our own", reasons: [] });
      d.vulnerabilities[0].status = "open";
    },
    severity: "minor",
    message: "control 8.8 is excluded from the Statement of Applicability, but 2 open technical vulnerabilities are recorded (v-1 and v-2)",
  },
  {
    rule: "6.1.3-exclusions-consistent",
    when: "incident management is excluded while incidents are recorded",
    change: (d) => void Object.assign(byId(d.controls, "5.26"), { applicable: false, justification: "Handled by our cloud provider", reasons: [] }),
    severity: "minor",
    message: "control 5.26 is excluded from the Statement of Applicability, but 2 information security incidents are recorded (inc-1 and inc-2)",
  },
  {
    rule: "6.1.2-risks-prioritised",
    when: "a high risk's plan is complete but the risk is still high and not accepted",
    change: (d) => void Object.assign(byId(d.treatmentPlans, "tp-2").actions[0], { status: "done", completedOn: "2026-11-01" }),
    severity: "minor",
    message: "its plan is complete, yet the risk is still above the criteria",
  },
  {
    rule: "6.1.2-risks-prioritised",
    when: "a high risk to be shared has no plan and no acceptance",
    change: (d) => {
      byId(d.risks, "risk-2").treatment = { option: "share", sharedWith: "Cyber insurer" };
      byId(d.treatmentPlans, "tp-2").riskIds = [];
    },
    severity: "minor",
    message: 'risk "Unencrypted backups" is at high, above the acceptance criteria (low)',
  },
  {
    rule: "6.1.1-opportunities-determined",
    when: "no opportunity is recorded",
    change: (d) => removeCollection(d, "opportunities"),
    severity: "minor",
    message: "no opportunity has been determined",
  },
  { rule: "6.1.1-opportunity-actions", when: "an opportunity taken has no actions", change: (d) => void (d.opportunities[0].actions = []), severity: "minor", message: "is in-progress but has no actions" },
  { rule: "6.1.1-opportunity-actions", when: "a realised opportunity was not evaluated", change: (d) => void (d.opportunities[0].status = "realised"), severity: "minor", message: "was not evaluated" },
  { rule: "6.2-objectives-established", when: "there is no objective", change: (d) => removeCollection(d, "objectives"), severity: "major", message: "no information security objective" },
  { rule: "6.2-objectives-established", when: "every objective is cancelled", change: (d) => void (d.objectives[0].status = "cancelled"), severity: "major", message: "no information security objective" },
  {
    rule: "6.2-objectives-measurable",
    when: "an objective has no measure",
    change: (d) => {
      delete d.objectives[0].measure;
      d.objectives[0].measurementIds = [];
    },
    severity: "minor",
    message: "is not measurable",
  },
  { rule: "6.2-objectives-measurable", when: "an objective has no target", change: (d) => void delete d.objectives[0].target, severity: "ofi", message: "no target value: obj-1" },
  { rule: "6.2-objectives-planned", when: "an objective has no owner", change: (d) => void delete d.objectives[0].ownerId, severity: "minor", message: '"Train everyone" does not record who is responsible (j)' },
  { rule: "6.2-objectives-planned", when: "an objective does not record its resources", change: (d) => void delete d.objectives[0].resources, severity: "minor", message: "the resources needed (i)" },
  { rule: "6.2-objectives-planned", when: "an objective does not say what will be done", change: (d) => void delete d.objectives[0].plan, severity: "minor", message: "what will be done (h)" },
  { rule: "6.2-objectives-planned", when: "an objective does not say how results are evaluated", change: (d) => void delete d.objectives[0].evaluationMethod, severity: "minor", message: "how results are evaluated (l)" },
  {
    rule: "6.2-objectives-grounded",
    when: "no objective names a risk or requirement",
    change: (d) => void Object.assign(d.objectives[0], { riskIds: [], requirementIds: [] }),
    severity: "minor",
    message: "no objective names a risk or a requirement",
  },
  {
    rule: "6.2-objectives-documented",
    when: "the objectives are held in no document",
    change: (d) => void (byId(d.documents, "doc-pol").clauseIds = ["5.2"]),
    severity: "minor",
    message: "1 objective is held in no current document: obj-1",
  },
  { rule: "6.2-objectives-monitored", when: "an objective is past due and not evaluated", change: (d) => void (d.objectives[0].dueDate = "2026-10-01"), severity: "minor", message: "was due on 2026-10-01" },
  { rule: "6.2-objectives-monitored", when: "an objective is neither measured nor evaluated", change: (d) => void (d.objectives[0].measurementIds = []), severity: "ofi", message: "neither tracked" },
  { rule: "6.2-objectives-communicated", when: "an objective was not communicated", change: (d) => void delete d.objectives[0].communicatedOn, severity: "minor", message: "not been communicated: obj-1" },
  {
    rule: "6.3-changes-controlled",
    when: "a change was implemented without approval",
    change: (d) => {
      delete d.changes[0].approvedById;
      delete d.changes[0].approvedOn;
    },
    severity: "minor",
    message: "without a recorded approval",
  },
  { rule: "6.3-changes-controlled", when: "a change does not say when it is planned", change: (d) => void delete d.changes[0].plannedOn, severity: "ofi", message: "chg-1" },
];
