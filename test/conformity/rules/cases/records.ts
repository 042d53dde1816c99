import { byId, type RuleCase } from "./RuleCase";

/** The rules on the accuracy of records (7.5.3) that keep a document from telling what did not happen. */
export const records: RuleCase[] = [
  {
    rule: "7.5.3-records-not-postdated",
    when: "one piece of evidence is dated after the day of the check",
    change: (d) => void (byId(d.evidence, "ev-1").collectedOn = "2026-12-15"),
    severity: "ofi",
    message: 'evidence "ev-1" collected on 2026-12-15 (an isolated slip)',
  },
  {
    rule: "7.5.3-records-not-postdated",
    when: "an audit, a control and an action are dated after the day of the check",
    change: (d) => {
      d.evidence[0].collectedOn = "2027-01-10";
      d.evidence[0].validUntil = "2027-12-31";
      d.controls.find((c: { implementationStatus?: string }) => c.implementationStatus === "implemented").implementedOn = "2027-02-01";
      d.audits.find((a: { status: string }) => a.status === "completed").endedOn = "2027-03-01";
    },
    severity: "minor",
    message: "3 records say something happened after 2026-11-28, the day of the check",
  },
  {
    rule: "7.5.3-leavers-recorded",
    when: "a role holder who has left is still recorded as active",
    change: (d) => void (byId(d.people, "p-it").leftOn = "2026-10-31"),
    severity: "minor",
    message: '"It Person" (p-it) left on 2026-10-31 but is recorded as active, and still holds the role "ISMS manager"',
  },
  {
    rule: "7.5.3-leavers-recorded",
    when: "a person without a role who has left is still recorded as active",
    change: (d) => void (byId(d.people, "p-hr").leftOn = "2026-01-31"),
    severity: "ofi",
    message: '"Hr Person" (p-hr) left on 2026-01-31 but is recorded as active',
  },
];
