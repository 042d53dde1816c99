import { dropReferences, removeCollection } from "../../_fixtures/removeCollection";
import { byId, type RuleCase } from "./RuleCase";

export const clauses4and5: RuleCase[] = [
  {
    rule: "4.1-issues-determined",
    when: "no issue is recorded",
    change: (d) => void dropReferences(Object.assign(d, { context: { ...d.context, issues: [] } }), new Set(["ci-1", "ci-2"])),
    severity: "major",
    message: "no internal or external issue",
  },
  {
    rule: "4.1-issues-determined",
    when: "only external issues are recorded",
    change: (d) => void dropReferences(Object.assign(d, { context: { ...d.context, issues: d.context.issues.filter((i: { kind: string }) => i.kind === "external") } }), new Set(["ci-2"])),
    severity: "minor",
    message: "no internal issue",
  },
  { rule: "4.1-climate-change-determined", when: "climate change is undecided", change: (d) => void delete d.context.climateChange, severity: "minor", message: "Amendment 1:2024" },
  {
    rule: "4.1-climate-change-determined",
    when: "climate change is relevant but no issue expresses it",
    change: (d) => void (d.context.climateChange = { relevant: true, rationale: "Floods", issueIds: [] }),
    severity: "ofi",
    message: "no context issue expresses",
  },
  { rule: "4.1-climate-change-determined", when: "the decision has no rationale", change: (d) => void delete d.context.climateChange.rationale, severity: "ofi", message: "no rationale" },
  { rule: "4.1-context-reviewed", when: "the context was last reviewed over a year ago", change: (d) => void (d.context.reviewedOn = "2025-06-01"), severity: "ofi", message: "longer ago than its interval of 12 months (default)" },
  {
    rule: "4.1-context-reviewed",
    when: "the context is older than the organisation's own interval",
    change: (d) => void (d.parameters.contextReviewIntervalMonths = 1),
    severity: "ofi",
    message: "1 month (the organisation's)",
  },
  { rule: "4.1-context-reviewed", when: "the context was never reviewed", change: (d) => void delete d.context.reviewedOn, severity: "ofi", message: "no record of being reviewed" },
  { rule: "4.2-interested-parties-determined", when: "no party is recorded", change: (d) => removeCollection(d, "interestedParties"), severity: "major", message: "no interested party" },
  {
    rule: "4.2-requirements-determined",
    when: "no party has requirements",
    change: (d) => {
      d.interestedParties.forEach((p: { requirements: unknown[] }) => (p.requirements = []));
      dropReferences(d, new Set(["req-1", "req-2"]));
    },
    severity: "minor",
    message: "no requirement of any relevant interested party",
  },
  {
    rule: "4.2-requirements-determined",
    when: "one relevant party has no requirements",
    change: (d) => void d.interestedParties.push({ id: "ip-3", name: "Staff", kind: "internal" }),
    severity: "ofi",
    message: '"Staff" is relevant',
  },
  {
    rule: "4.2-requirements-addressed",
    when: "an addressed requirement names no control or way",
    change: (d) => void (d.interestedParties[0].requirements[0].controlIds = []),
    severity: "ofi",
    message: "req-1",
  },
  { rule: "4.3-scope-defined", when: "there is no scope", change: (d) => removeCollection(d, "scope"), severity: "major", message: "no scope statement" },
  { rule: "4.3-scope-defined", when: "the statement is blank", change: (d) => void (d.scope.statement = " "), severity: "major", message: "no scope statement" },
  { rule: "4.3-scope-boundaries", when: "no physical boundary is set", change: (d) => void (d.scope.boundaries.physical = []), severity: "minor", message: "no physical boundaries" },
  {
    rule: "4.3-scope-boundaries",
    when: "a fully remote organisation sets no technological boundary",
    change: (d) => void (d.scope.boundaries = { organizational: ["Whole company"], physical: [], technological: [], fullyRemote: true }),
    severity: "minor",
    message: "no technological boundaries",
  },
  { rule: "4.3-scope-considers-context", when: "the scope names no issue it considered", change: (d) => void (d.scope.contextIssueIds = []), severity: "minor", message: "the internal and external issues (4.3 a)" },
  {
    rule: "4.3-scope-considers-context",
    when: "the scope names neither issues nor requirements",
    change: (d) => void Object.assign(d.scope, { contextIssueIds: [], requirementIds: [] }),
    severity: "minor",
    message: "issues (4.3 a) and the interested parties' requirements (4.3 b)",
  },
  { rule: "4.3-scope-interfaces", when: "no interface is recorded", change: (d) => void (d.scope.interfaces = []), severity: "minor", message: "no interface or dependency" },
  {
    rule: "4.3-scope-exclusions-justified",
    when: "an exclusion has no justification",
    change: (d) => void delete d.scope.exclusions[0].justification,
    severity: "minor",
    message: '"Physical data centre"',
  },
  {
    rule: "4.3-scope-exclusions-justified",
    when: "an exclusion's justification is a placeholder",
    change: (d) => void (d.scope.exclusions[0].justification = "N/A"),
    severity: "minor",
    message: '"N/A" is a placeholder',
  },
  { rule: "4.3-scope-documented", when: "the scope document is a draft", change: (d) => void (byId(d.documents, "doc-scope").status = "draft"), severity: "minor", message: "is draft, not approved" },
  {
    rule: "4.3-scope-documented",
    when: "no document holds the scope",
    change: (d) => {
      delete d.scope.documentId;
      byId(d.documents, "doc-scope").clauseIds = [];
    },
    severity: "minor",
    message: "not kept as documented information",
  },
  {
    rule: "4.3-scope-documented",
    when: "the document of type isms-scope is a draft",
    change: (d) => {
      delete d.scope.documentId;
      Object.assign(byId(d.documents, "doc-scope"), { clauseIds: [], type: "isms-scope", status: "draft" });
    },
    severity: "minor",
    message: '"ISMS scope" is draft',
  },
  {
    rule: "4.4-isms-processes-established",
    when: "most processes have no data",
    change: (d) => ["objectives", "measurements", "auditProgramme", "audits", "managementReviews", "improvements", "nonconformities"].reduce((doc: object, key: string) => removeCollection(doc, key), d),
    severity: "major",
    message: "not yet established as a system",
  },
  { rule: "4.4-isms-processes-established", when: "one process has no data", change: (d) => removeCollection(d, "measurements"), severity: "ofi", message: "monitoring and measurement (9.1)" },
  {
    rule: "5.1-top-management-identified",
    when: "nobody is top management",
    change: (d) => d.people.forEach((p: { topManagement?: boolean }) => (p.topManagement = false)),
    severity: "major",
    message: "no active member of top management",
  },
  {
    rule: "5.1-leadership-shown",
    when: "top management approved nothing, attended nothing and assigned nothing",
    change: (d) => {
      byId(d.documents, "doc-pol").approval.approvedById = "p-it";
      Object.assign(d.managementReviews[0], { chairId: "p-it", attendeeIds: ["p-it"] });
      d.roles[0].assignedById = "p-it";
    },
    severity: "minor",
    message: "approving the policy with objectives in place (a), deciding on resources (c)",
  },
  {
    rule: "5.1-leadership-shown",
    when: "top management communicates nothing",
    change: (d) => void (d.communications[0].communicatorId = "p-it"),
    severity: "ofi",
    message: "does not show top management communicating the importance of information security (d)",
  },
  {
    rule: "5.2-policy-established",
    when: "there is no policy",
    change: (d) => void (byId(d.documents, "doc-pol").type = "procedure"),
    severity: "major",
    message: "there is no information security policy",
  },
  {
    rule: "5.2-policy-established",
    when: "the policy is a draft",
    change: (d) => {
      const policy = byId(d.documents, "doc-pol");
      policy.status = "draft";
      delete policy.approval;
    },
    severity: "major",
    message: "is a draft: it has not been approved",
  },
  {
    rule: "5.2-policy-established",
    when: "the policy was approved outside top management",
    change: (d) => void (byId(d.documents, "doc-pol").approval.approvedById = "p-it"),
    severity: "minor",
    message: "who is not top management",
  },
  { rule: "5.2-policy-content", when: "the policy records nothing of what it states", change: (d) => void delete byId(d.documents, "doc-pol").policyStatement, severity: "minor", message: "how it suits the purpose of the organisation (a)" },
  {
    rule: "5.2-policy-content",
    when: "the policy makes no commitment to continual improvement",
    change: (d) => void (byId(d.documents, "doc-pol").policyStatement.commitments = ["satisfy-requirements"]),
    severity: "minor",
    message: "does not state a commitment to continual improvement (d)",
  },
  { rule: "5.2-policy-communicated", when: "no communication carries the policy", change: (d) => void (d.communications[0].documentIds = []), severity: "minor", message: "no communication within the organisation carries" },
  {
    rule: "5.2-policy-communicated",
    when: "only an external communication carries the policy",
    change: (d) => void (d.communications[0].direction = "external"),
    severity: "minor",
    message: "no communication within the organisation carries",
  },
  {
    rule: "5.2-policy-available",
    when: "the policy is internal and no communication makes it available outside",
    change: (d) => void (byId(d.documents, "doc-pol").classification = "internal"),
    severity: "minor",
    message: "not classified public and no communication makes it available",
  },
  { rule: "5.3-isms-duties-assigned", when: "no role carries the duties", change: (d) => void (d.roles[0].ismsDuties = []), severity: "major", message: "ensuring the ISMS conforms" },
  {
    rule: "5.3-isms-duties-assigned",
    when: "reporting on performance is not assigned",
    change: (d) => void (d.roles[0].ismsDuties = ["ensure-conformity"]),
    severity: "minor",
    message: "reporting on the performance",
  },
  {
    rule: "5.3-roles-held",
    when: "the only holder has left",
    change: (d) => {
      d.people.push({ id: "p-old", name: "Old Person", status: "left" });
      d.roles[0].holderIds = ["p-old"];
    },
    severity: "minor",
    message: "held by no active person",
  },
  {
    rule: "5.3-roles-held",
    when: "a holder has left",
    change: (d) => {
      d.people.push({ id: "p-old", name: "Old Person", status: "left" });
      d.roles[0].holderIds.push("p-old");
    },
    severity: "ofi",
    message: "still lists people who have left: p-old",
  },
  { rule: "5.3-roles-defined", when: "a role has no authorities", change: (d) => void (d.roles[0].authorities = []), severity: "ofi", message: '"ISMS manager"' },
  { rule: "5.3-roles-assigned-by-top-management", when: "the assignment is not recorded", change: (d) => void delete d.roles[0].assignedById, severity: "ofi", message: "no record of assignment" },
];
