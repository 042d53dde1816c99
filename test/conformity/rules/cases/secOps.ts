import { removeCollection } from "../../_fixtures/removeCollection";
import { byId, type Doc, type RuleCase } from "./RuleCase";

/** The conformant fixture's security-operations records, by id. */
const account = (d: Doc, id: string) => byId(d.accounts, id);
const event = (d: Doc, id: string) => byId(d.accessEvents, id);
const review = (d: Doc, id: string) => byId(d.accessReviews, id);
const incident = (d: Doc, id: string) => byId(d.incidents, id);
const release = (d: Doc) => byId(d.releases, "rel-1");
const logSource = (d: Doc, id: string) => byId(d.logSources, id);
const exercise = (d: Doc, id: string) => byId(d.continuityExercises, id);
const service = (d: Doc) => byId(d.businessImpactAnalysis.services, "svc-1");
const vulnerability = (d: Doc, id: string) => byId(d.vulnerabilities, id);
const supplier = (d: Doc) => byId(d.suppliers, "sup-1");
const coverage = (d: Doc) => byId(d.endpointCoverage, "ep-1");
const breach = (d: Doc) => incident(d, "inc-2");

export const secOps: RuleCase[] = [
  // 5.3 segregation of duties
  { rule: "A.5.3-segregation-of-duties", when: "a vulnerability exception is approved by its owner", change: (d) => void (vulnerability(d, "v-3").exception.approvedById = "p-it"), severity: "minor", message: 'was approved by its own owner, "It Person"' },
  { rule: "A.5.3-segregation-of-duties", when: "a release is approved by its author", change: (d) => void (release(d).approvedById = "p-dev"), severity: "minor", message: 'release "2026.10" was approved for production by one of its authors, "Dev Person"' },
  { rule: "A.5.3-segregation-of-duties", when: "an access review is performed by a holder of privileged access", change: (d) => void (review(d, "ar-2").reviewerId = "p-it"), severity: "minor", message: 'who holds the privileged account "it.admin" on it' },
  // 5.6, 5.7 threat intelligence
  { rule: "A.5.6-special-interest-groups", when: "no source is a special interest group", change: (d) => void (d.threatIntelSources[1].kind = "open-source"), severity: "minor", message: "none of the 2 active threat-intelligence sources is a special interest group" },
  { rule: "A.5.7-threat-intelligence-acted-on", when: "a relevant report has no action", change: (d) => void (d.threatIntelReports[0].actions = []), severity: "minor", message: "was judged relevant but no action on it is recorded as taken" },
  {
    rule: "A.5.7-threat-intelligence-acted-on",
    when: "a report is left unassessed past the organisation's response time",
    change: (d) => {
      d.parameters.threatIntelligenceResponseDays = 14;
      d.threatIntelReports.push({ id: "tir-3", sourceId: "ti-2", title: "Phishing kit targets the sector", receivedOn: "2026-11-01", relevance: "undetermined" });
    },
    severity: "minor",
    message: "has not been assessed for relevance (response within 14 days (the organisation's))",
  },
  { rule: "A.5.7-threat-intelligence-acted-on", when: "every source is retired", change: (d) => void d.threatIntelSources.forEach((s: Doc) => (s.status = "retired")), severity: "minor", message: "no threat-intelligence source is active" },
  // 5.11, 6.1, 6.5, 6.6 joiners and leavers
  { rule: "A.5.11-assets-returned", when: "a leaver has no record of returning assets", change: (d) => void delete event(d, "jml-3").assetsReturnedOn, severity: "minor", message: 'the leaver "Left Person" (last day 2026-09-30) has no record of returning' },
  { rule: "A.6.1-screening", when: "a joiner was screened after access was granted", change: (d) => void (event(d, "jml-1").screeningCompletedOn = "2026-04-03"), severity: "minor", message: "was screened on 2026-04-03, after access was granted on 2026-04-01" },
  { rule: "A.6.1-screening", when: "a joiner has no screening on record", change: (d) => void delete event(d, "jml-1").screeningCompletedOn, severity: "minor", message: "has no record of background verification" },
  { rule: "A.6.5-leavers-briefed", when: "a leaver had no exit briefing", change: (d) => void delete event(d, "jml-3").exitBriefingOn, severity: "ofi", message: "has no record of an exit briefing" },
  { rule: "A.6.6-confidentiality-agreements", when: "a joiner signed no confidentiality agreement", change: (d) => void delete event(d, "jml-1").agreementsSignedOn, severity: "minor", message: "has no signed confidentiality agreement on record" },
  // 5.15–5.18, 8.2, 8.5 access
  {
    rule: "A.5.15-accounts-attributed",
    when: "a service account has no owner (a repeat of the certification body's nonconformity on 5.15)",
    change: (d) => void delete account(d, "acc-bot").ownerId,
    severity: "major", message: 'the service account "deploy-bot" on "Customer portal" has no owner' },
  { rule: "A.5.16-shared-accounts-justified", when: "a shared account states no justification", change: (d) => void delete account(d, "acc-desk").justification, severity: "minor", message: 'the shared account "support-desk" has no justification on record' },
  { rule: "A.5.17-credentials-changed", when: "a service account's secret is over a year old", change: (d) => void (account(d, "acc-bot").credentialsChangedOn = "2025-06-01"), severity: "minor", message: "was last changed on 2025-06-01 (every 12 months (default))" },
  {
    rule: "A.5.18-access-removed-on-time",
    when: "a leaver's access was removed days late",
    change: (d) => void (event(d, "jml-3").accessRemovedOn = "2026-10-05"),
    severity: "minor",
    message: "access was removed on 2026-10-05, 5 days after the last day (2026-09-30; limit 1 day (default))",
  },
  {
    rule: "A.5.18-access-removed-on-time",
    when: "a person who left still has an active account",
    change: (d) => {
      account(d, "acc-left").status = "active";
      delete account(d, "acc-left").disabledOn;
    },
    severity: "minor",
    message: '"Left Person" left on 2026-09-30 but still has an active account (limit 1 day (default))',
  },
  {
    rule: "A.5.18-access-removed-on-time",
    when: "a leaver's access was never removed",
    change: (d) => void delete event(d, "jml-3").accessRemovedOn,
    severity: "minor",
    message: "still had access on 2026-11-28: no removal is recorded, due by 2026-10-01",
  },
  { rule: "A.5.18-access-removed-on-time", when: "a mover kept old access past the organisation's limit", change: (d) => void (event(d, "jml-2").accessRemovedOn = "2026-07-20"), severity: "minor", message: "the mover \"Dev Person\"'s access was removed on 2026-07-20, 19 days after the move" },
  {
    rule: "A.5.18-access-reviewed",
    when: "a system's accounts were last reviewed over a year ago",
    change: (d) => void (review(d, "ar-1").performedOn = "2025-10-01"),
    severity: "minor",
    message: 'access to system "Cloud tenant" was last reviewed on 2025-10-01: due again by 2026-10-01 (every 12 months (default))',
  },
  { rule: "A.5.18-access-reviewed", when: "a system's accounts were never reviewed", change: (d) => void (d.accessReviews = d.accessReviews.filter((r: Doc) => r.id !== "ar-3")), severity: "minor", message: 'access to system "Customer portal" has never been reviewed' },
  {
    rule: "A.8.2-privileged-access-reviewed",
    when: "privileged access was last reviewed four months ago",
    change: (d) => void (review(d, "ar-2").performedOn = "2026-07-15"),
    severity: "minor",
    message: 'privileged access to system "Cloud tenant" was last reviewed on 2026-07-15: due again by 2026-10-15 (every 3 months (default))',
  },
  { rule: "A.8.2-privileged-accounts-controlled", when: "a privileged account records no authorisation", change: (d) => void delete account(d, "acc-it").approvedById, severity: "minor", message: 'the privileged account "it.admin" records no authorisation' },
  { rule: "A.8.2-privileged-accounts-controlled", when: "a privileged account is shared", change: (d) => void (account(d, "acc-desk").privilege = "privileged"), severity: "minor", message: "is shared by several people" },
  { rule: "A.8.5-multi-factor-authentication", when: "a privileged account signs in without MFA", change: (d) => void (account(d, "acc-it").mfa = false), severity: "minor", message: 'the privileged account "it.admin" on "Cloud tenant" signs in without multi-factor authentication' },
  { rule: "A.8.5-multi-factor-authentication", when: "an account on a system that requires MFA has none", change: (d) => void delete account(d, "acc-dev").mfa, severity: "minor", message: "although the system requires it" },
  {
    rule: "A.8.5-multi-factor-authentication",
    when: "most accounts that need MFA lack it",
    change: (d) => void ["acc-it", "acc-soc", "acc-dev"].forEach((id) => (account(d, id).mfa = false)),
    severity: "major",
    message: "3 of 5 accounts that need multi-factor authentication do not use it",
  },
  // 5.19–5.23 suppliers
  { rule: "A.5.19-supplier-register", when: "a critical supplier has no owner", change: (d) => void delete supplier(d).ownerId, severity: "minor", message: 'critical supplier "Cloud Co" has no owner' },
  {
    rule: "A.5.19-supplier-register",
    when: "an asset relies on an offboarded supplier",
    change: (d) => {
      d.suppliers.push({ id: "sup-old", name: "Old Host", criticality: "medium", status: "offboarded" });
      d.assets[0].supplierIds = ["sup-old"];
    },
    severity: "minor",
    message: 'relies on supplier "Old Host", which has been offboarded',
  },
  { rule: "A.5.21-ict-supplier-assurance", when: "a critical cloud supplier gives no attestation", change: (d) => void (supplier(d).attestations = []), severity: "ofi", message: '"Cloud Co" is assessed only by the organisation itself' },
  { rule: "A.5.22-attestations-current", when: "a SOC 2 report expired", change: (d) => void (supplier(d).attestations[1].expiresOn = "2026-11-01"), severity: "minor", message: "SOC 2 type II report expired on 2026-11-01, and no newer one is on record" },
  { rule: "A.5.22-attestations-current", when: "a SOC 2 report expires within the warning", change: (d) => void (supplier(d).attestations[1].expiresOn = "2026-12-15"), severity: "ofi", message: "expires on 2026-12-15, in 17 days (renewal flagged 60 days (default) ahead)" },
  { rule: "A.5.23-cloud-exit-plans", when: "a critical cloud service has no exit plan", change: (d) => void delete supplier(d).exitPlanDocumentId, severity: "minor", message: 'critical cloud service "Cloud Co" has no exit plan' },
  { rule: "A.5.34-processor-agreements", when: "a processor has no data-processing agreement", change: (d) => void delete supplier(d).dataProcessingAgreement, severity: "minor", message: 'supplier "Cloud Co" processes personal data without a data-processing agreement' },
  // 5.25–5.28, 5.34 incidents
  { rule: "A.5.25-events-triaged", when: "an incident records no triage decision", change: (d) => void delete incident(d, "inc-1").triage, severity: "minor", message: 'the medium incident "Phish" detected on 2026-03-01 records no triage decision' },
  {
    rule: "A.5.26-notifications-on-time",
    when: "the GDPR notification was sent after 72 hours",
    change: (d) => void (breach(d).notifications[0].sentAt = "2026-08-07T09:00:00+02:00"),
    severity: "minor",
    message: "was sent 2026-08-07T09:00:00+02:00, 22 hours late: it was due 2026-08-06T11:00:00+02:00 (72 hours (default) from awareness)",
  },
  {
    rule: "A.5.26-notifications-on-time",
    when: "the GDPR notification was never sent",
    change: (d) => void delete breach(d).notifications[0].sentAt,
    severity: "major",
    message: "the GDPR Art. 33(1): notification of the supervisory authority for the high incident",
  },
  {
    rule: "A.5.26-notifications-on-time",
    when: "the NIS2 final report is missing a month after the notification",
    change: (d) => {
      breach(d).triage.regimes.push("nis2-early-warning", "nis2-notification");
      breach(d).notifications.push(
        { id: "inc-2-n3", regime: "nis2-early-warning", recipient: "CSIRT", sentAt: "2026-08-03T20:00:00+02:00" },
        { id: "inc-2-n4", regime: "nis2-notification", recipient: "CSIRT", sentAt: "2026-08-05T10:00:00+02:00" },
      );
    },
    severity: "major",
    message: "NIS2 Art. 23(4)(d): final report for the high incident \"Mailbox forwarding rule sent customer e-mails outside\" was not sent: it was due 2026-09-05T10:00:00+02:00 (1 month (default) after the nis2-notification notice)",
  },
  {
    rule: "A.5.26-notifications-on-time",
    when: "the DORA initial notification missed its 4 hours from classification",
    change: (d) => {
      breach(d).triage.regimes.push("dora-initial");
      breach(d).classifiedAt = "2026-08-03T12:00:00+02:00";
      breach(d).notifications.push(
        { id: "inc-2-n3", regime: "dora-initial", recipient: "Competent authority", sentAt: "2026-08-03T17:30:00+02:00" },
        { id: "inc-2-n4", regime: "dora-intermediate", recipient: "Competent authority", sentAt: "2026-08-05T09:00:00+02:00" },
        { id: "inc-2-n5", regime: "dora-final", recipient: "Competent authority", sentAt: "2026-08-28T09:00:00+02:00" },
      );
    },
    severity: "minor",
    message: "2 hours late: it was due 2026-08-03T16:00:00+02:00 (4 hours (default) from classification, and at most 24 hours (default) from awareness)",
  },
  { rule: "A.5.26-notifications-on-time", when: "a contractual notice was never sent", change: (d) => void delete breach(d).notifications[1].sentAt, severity: "minor", message: "the Contractual notice to a customer for the high incident" },
  {
    rule: "A.5.26-notifications-on-time",
    when: "a customer's notice missed the contract's own deadline",
    change: (d) => void (breach(d).notifications[1].dueAt = "2026-08-04T08:00:00+02:00"),
    severity: "minor",
    message: "2 hours late: it was due 2026-08-04T08:00:00+02:00 (its own deadline)",
  },
  { rule: "A.5.27-lessons-learned", when: "a high incident's lessons raised no improvement", change: (d) => void (breach(d).improvementIds = []), severity: "ofi", message: "1 high or critical incident records lessons but no improvement or corrective action raised from them: inc-2" },
  { rule: "A.5.28-evidence-custody", when: "evidence has no digest", change: (d) => void delete breach(d).forensicEvidence[0].hash, severity: "minor", message: "has no digest taken when it was collected" },
  { rule: "A.5.28-evidence-custody", when: "the chain of custody is broken", change: (d) => void (breach(d).forensicEvidence[0].custody[0].fromId = "p-hr"), severity: "minor", message: "was handed over by p-hr at 2026-08-03T12:30:00+02:00 while p-soc held it" },
  { rule: "A.5.34-breaches-assessed", when: "a personal data breach has no GDPR decision", change: (d) => void (breach(d).triage.regimes = ["contractual"]), severity: "minor", message: "records no decision on notifying the authority or the people concerned" },
  // 5.29, 5.30, 8.13, 8.14 continuity and backup
  {
    rule: "A.5.29-security-during-disruption",
    when: "no recent exercise considered security",
    change: (d) => void d.continuityExercises.forEach((x: Doc) => delete x.securityMaintained),
    severity: "minor",
    message: "no continuity exercise since 2025-11-28 considered whether information security was kept",
  },
  { rule: "A.5.29-security-during-disruption", when: "an exercise found security not kept and raised nothing", change: (d) => void (exercise(d, "ex-2").securityMaintained = false), severity: "minor", message: "found information security was not kept, and raised no improvement" },
  { rule: "A.5.30-business-impact-analysis", when: "the analysis is over a year old", change: (d) => void (d.businessImpactAnalysis.performedOn = "2025-09-01"), severity: "minor", message: "due for review by 2026-09-01 (every 12 months (default))" },
  { rule: "A.5.30-business-impact-analysis", when: "there is no business impact analysis", change: (d) => removeCollection(d, "businessImpactAnalysis"), severity: "minor", message: "no business impact analysis sets recovery time and point objectives" },
  {
    rule: "A.5.30-recovery-exercised",
    when: "the recovery took longer than the RTO",
    change: (d) => void (exercise(d, "ex-2").recoveryMinutes = 300),
    severity: "minor",
    message: 'recovered service "Customer portal" in 5 hours, beyond its 4 hours recovery time objective',
  },
  { rule: "A.5.30-recovery-exercised", when: "a service's recovery was never exercised", change: (d) => void (exercise(d, "ex-2").kind = "business-continuity"), severity: "minor", message: 'the recovery of service "Customer portal" has never been exercised' },
  { rule: "A.8.13-restores-tested", when: "a backup job was never restore-tested", change: (d) => removeCollection(d, "restoreTests"), severity: "minor", message: 'backup job "Customer database" has never been restore-tested (every 12 months (default))' },
  { rule: "A.8.13-restores-tested", when: "the last restore test is over a year old", change: (d) => void (d.restoreTests[0].performedOn = "2025-10-01"), severity: "minor", message: "was last restore-tested on 2025-10-01" },
  { rule: "A.8.13-restores-tested", when: "the last restore failed", change: (d) => void (d.restoreTests[0].result = "failure"), severity: "minor", message: "on 2026-09-10, failed" },
  {
    rule: "A.8.13-restores-tested",
    when: "the restore is slower than the RTO",
    change: (d) => void (d.restoreTests[0].timeToRestoreMinutes = 300),
    severity: "minor",
    message: 'took 5 hours on 2026-09-10, longer than the 4 hours recovery time objective of "Customer portal"',
  },
  { rule: "A.8.13-restores-tested", when: "the restore lost more than the RPO", change: (d) => void (d.restoreTests[0].dataLossMinutes = 90), severity: "minor", message: "lost 90 minutes of data, more than the 1 hour recovery point objective" },
  {
    rule: "A.8.13-restores-tested",
    when: "most backup jobs were never restore-tested",
    change: (d) => {
      for (let i = 0; i < 3; i++) d.backupJobs.push({ id: `bk-x${i}`, name: `File share ${i}`, intervalMinutes: 1440, retentionDays: 30, encrypted: true, offsite: true });
    },
    severity: "major",
    message: "3 of 4 active backup jobs are not shown to restore within their objectives",
  },
  { rule: "A.8.13-backups-protected", when: "backups stay at the primary site", change: (d) => void (d.backupJobs[0].offsite = false), severity: "minor", message: 'the copies of backup job "Customer database" are kept only at the primary site' },
  { rule: "A.8.13-backups-protected", when: "backups are not encrypted", change: (d) => void (d.backupJobs[0].encrypted = false), severity: "minor", message: "are not encrypted" },
  {
    rule: "A.8.13-services-backed-up",
    when: "a service is backed up daily with an RPO of an hour",
    change: (d) => void (d.backupJobs[0].intervalMinutes = 1440),
    severity: "minor",
    message: 'service "Customer portal" may lose 1 hour of data at most, but its backup job "Customer database" runs every 1 day',
  },
  { rule: "A.8.13-services-backed-up", when: "a service has no backup job", change: (d) => void (d.backupJobs[0].serviceIds = []), severity: "minor", message: "is covered by no active backup job" },
  {
    rule: "A.8.14-redundancy-tested",
    when: "a critical service has no redundancy",
    change: (d) => void Object.assign(service(d), { criticality: "critical", redundancy: "none" }),
    severity: "minor",
    message: 'the critical service "Customer portal" has no redundancy (RTO 4 hours)',
  },
  { rule: "A.8.14-redundancy-tested", when: "redundancy was never failed over", change: (d) => void (exercise(d, "ex-2").type = "simulation"), severity: "minor", message: 'the multi-zone redundancy of service "Customer portal" has never been tested by a failover' },
  // 5.37 procedures
  {
    rule: "A.5.37-operating-procedures",
    when: "the operations procedure is withdrawn",
    change: (d) => void (byId(d.documents, "doc-ops").status = "draft"),
    severity: "minor",
    message: "incident management is run (the document records incidents) but no approved procedure serves 5.24, 5.25 or 5.26",
  },
  // 8.1, 8.7 endpoints
  { rule: "A.8.1-endpoints-protected", when: "some laptops are not encrypted", change: (d) => void (coverage(d).encrypted = 10), severity: "minor", message: '2 of 12 devices (16.7 %) of "Company laptops" are not encrypted' },
  { rule: "A.8.1-endpoints-protected", when: "a laptop is not managed", change: (d) => void (coverage(d).managed = 11), severity: "minor", message: "are not under device management" },
  { rule: "A.8.7-malware-protection", when: "coverage was last checked months ago", change: (d) => void (coverage(d).checkedOn = "2026-07-01"), severity: "minor", message: "was last checked on 2026-07-01 (every 90 days (default))" },
  { rule: "A.8.7-malware-protection", when: "a device runs no protection", change: (d) => void Object.assign(coverage(d), { malwareProtected: 11, signaturesCurrent: 11 }), severity: "minor", message: '1 of 12 devices (8.3 %) of "Company laptops" run no malware protection' },
  { rule: "A.8.7-malware-protection", when: "signatures are out of date", change: (d) => void (coverage(d).signaturesCurrent = 10), severity: "minor", message: "have out-of-date signatures" },
  // 8.8 vulnerabilities
  {
    rule: "A.8.8-vulnerabilities-handled",
    when: "a vulnerability is past its own due date",
    change: (d) => void (vulnerability(d, "v-2").dueOn = "2026-11-15"),
    severity: "minor",
    message: 'the high vulnerability "Outdated TLS library in the portal image" has been open since 2026-11-01 (27 days; due 2026-11-15, its own due date)',
  },
  { rule: "A.8.8-vulnerabilities-handled", when: "its exception has expired", change: (d) => void (vulnerability(d, "v-3").exception.expiresOn = "2026-11-20"), severity: "minor", message: "has been open since 2026-01-10 (322 days; remediation target 180 days (default))" },
  {
    rule: "A.8.8-vulnerabilities-handled",
    when: "most open vulnerabilities are past their due date",
    change: (d) => {
      for (let i = 0; i < 3; i++) d.vulnerabilities.push({ id: `v-x${i}`, name: `Unpatched host ${i}`, source: "scanner", cvss: { version: "4.0", score: 9.3 }, identifiedOn: "2026-01-01", status: "open" });
    },
    severity: "major",
    message: "3 of 5 open vulnerabilities are past their due date",
  },
  { rule: "A.8.8-vulnerability-exceptions", when: "an exception has expired", change: (d) => void (vulnerability(d, "v-3").exception.expiresOn = "2026-11-20"), severity: "minor", message: "expired on 2026-11-20 and the vulnerability is still open" },
  { rule: "A.8.8-vulnerability-exceptions", when: "an exception runs longer than the organisation allows", change: (d) => void (vulnerability(d, "v-3").exception.approvedOn = "2026-05-01"), severity: "minor", message: "runs 240 days, from 2026-05-01 to 2026-12-27 (at most 180 days (default))" },
  {
    rule: "A.8.8-vulnerability-exceptions",
    when: "a high vulnerability's exception has no compensating control",
    change: (d) => void Object.assign(vulnerability(d, "v-3"), { severity: "high", exception: { ...vulnerability(d, "v-3").exception, compensatingControlIds: [] } }),
    severity: "ofi",
    message: "names no compensating control",
  },
  // 8.9 configuration
  { rule: "A.8.9-configuration-compliance", when: "compliance is below the target", change: (d) => void (d.configurationBaselines[0].results[1].compliant = 180), severity: "minor", message: "180 of 200 items complied on 2026-11-01 (90 %, target 95 %)" },
  { rule: "A.8.9-configuration-compliance", when: "the last check is months old", change: (d) => void d.configurationBaselines[0].results.pop(), severity: "minor", message: "was last checked on 2026-08-01 (every 90 days (default))" },
  { rule: "A.8.9-configuration-compliance", when: "a baseline was never checked", change: (d) => void (d.configurationBaselines[0].results = []), severity: "minor", message: "has never been checked" },
  // 8.15–8.17 logging and monitoring
  { rule: "A.8.15-logs-kept", when: "a source keeps logs for 90 days", change: (d) => void (logSource(d, "log-app").retentionDays = 90), severity: "minor", message: "keeps its logs 90 days (at least 365 days (default))" },
  { rule: "A.8.15-logs-kept", when: "logs are not protected", change: (d) => void (logSource(d, "log-app").integrity = "none"), severity: "minor", message: 'log source "Portal application log" does not protect its logs against tampering' },
  { rule: "A.8.15-logs-kept", when: "a system has no log source", change: (d) => void d.systems.push({ id: "sys-hr", name: "HR tool" }), severity: "minor", message: 'system "HR tool" has no active log source' },
  { rule: "A.8.16-logs-monitored", when: "a source without alerts was never reviewed", change: (d) => void (logSource(d, "log-app").reviews = []), severity: "minor", message: 'log source "Portal application log": it raises no alerts and has never been reviewed (every 7 days (its own interval))' },
  {
    rule: "A.8.16-logs-monitored",
    when: "a source without an interval is past the organisation's",
    change: (d) => {
      delete logSource(d, "log-app").reviewIntervalDays;
      logSource(d, "log-app").reviews = [{ performedOn: "2026-11-10" }];
    },
    severity: "minor",
    message: "was last reviewed on 2026-11-10 (every 7 days (default))",
  },
  {
    rule: "A.8.16-logs-monitored",
    when: "a source's alerts feed no active use case",
    change: (d) => {
      d.monitoringUseCases[0].status = "draft";
      logSource(d, "log-cloud").reviews = [];
    },
    severity: "minor",
    message: "its alerting feeds no active use case and it has never been reviewed",
  },
  { rule: "A.8.17-clocks-synchronised", when: "a log source names no time source", change: (d) => void delete logSource(d, "log-app").timeSourceId, severity: "minor", message: "1 active log source names no reference time source: log-app" },
  { rule: "A.8.17-clocks-synchronised", when: "no time source is recorded", change: (d) => removeCollection(d, "timeSources"), severity: "minor", message: "no reference time source is recorded" },
  // 8.24 keys
  { rule: "A.8.24-keys-managed", when: "a key was not rotated for over a year", change: (d) => void (d.cryptographicKeys[0].lastRotatedOn = "2025-10-01"), severity: "minor", message: "was last rotated on 2025-10-01: due for rotation by 2026-10-01 (every 12 months (default))" },
  { rule: "A.8.24-keys-managed", when: "a key is past its own shorter interval", change: (d) => void (d.cryptographicKeys[0].rotationIntervalMonths = 3), severity: "minor", message: "due for rotation by 2026-09-01 (every 3 months (its own interval))" },
  { rule: "A.8.24-keys-managed", when: "a key is used past its expiry", change: (d) => void (d.cryptographicKeys[1].expiresOn = "2026-11-01"), severity: "minor", message: "is still active after its expiry on 2026-11-01" },
  // 8.25–8.29, 8.32 development
  { rule: "A.8.25-releases-security-tested", when: "a release had no security test", change: (d) => void (release(d).securityTests = []), severity: "minor", message: 'release "2026.10" of "Customer portal" (2026-10-14) records no security test' },
  { rule: "A.8.26-security-requirements", when: "an in-house system has no security requirements", change: (d) => void delete d.systems[1].securityRequirementsDocumentId, severity: "minor", message: 'in-house system "Customer portal" has no documented security requirements' },
  { rule: "A.8.27-architecture-reviewed", when: "an in-house system's architecture was never reviewed", change: (d) => void delete d.systems[1].architectureReviewedOn, severity: "minor", message: "has no security architecture review or threat model on record" },
  { rule: "A.8.27-architecture-reviewed", when: "the last architecture review is over two years old", change: (d) => void (d.systems[1].architectureReviewedOn = "2024-06-01"), severity: "minor", message: "was last reviewed on 2024-06-01 (every 24 months (default))" },
  { rule: "A.8.28-secure-coding", when: "a release was not peer-reviewed", change: (d) => void (release(d).codeReviewed = false), severity: "minor", message: "records no peer review" },
  { rule: "A.8.28-secure-coding", when: "a release had no static analysis or dependency scan", change: (d) => void (release(d).securityTests = [{ kind: "dast", result: "pass" }]), severity: "minor", message: "no static analysis or dependency scan" },
  { rule: "A.8.29-releases-pass-security-tests", when: "a release shipped past a failed test", change: (d) => void (release(d).securityTests[0].result = "fail"), severity: "minor", message: 'release "2026.10" shipped on 2026-10-14 with a failed sast test' },
  {
    rule: "A.8.29-releases-pass-security-tests",
    when: "a release shipped with high findings open",
    change: (d) => void (release(d).securityTests[2] = { kind: "dast", result: "pass", openFindings: { high: 2 } }),
    severity: "minor",
    message: "2 critical or high dast findings open without an approved exception",
  },
  { rule: "A.8.32-releases-approved", when: "a release was not approved", change: (d) => void delete release(d).approvedById, severity: "minor", message: "reached production without a recorded approval" },
  { rule: "A.8.32-releases-approved", when: "a release was approved afterwards", change: (d) => void (release(d).approvedOn = "2026-10-20"), severity: "minor", message: "was approved on 2026-10-20, after it reached production on 2026-10-14" },
  // 6.1.3 d: an exclusion contradicted by the operating records
  {
    rule: "6.1.3-exclusions-consistent",
    when: "backups are excluded while backup jobs run",
    change: (d) => void Object.assign(byId(d.controls, "8.13"), { applicable: false, justification: "The cloud provider backs everything up", reasons: [] }),
    severity: "minor",
    message: "control 8.13 is excluded from the Statement of Applicability, but 1 active backup job is recorded (bk-1)",
  },
  {
    rule: "6.1.3-exclusions-consistent",
    when: "access rights are excluded while accounts are in use",
    change: (d) => void Object.assign(byId(d.controls, "5.18"), { applicable: false, justification: "Single sign-on handles it", reasons: [] }),
    severity: "minor",
    message: "control 5.18 is excluded from the Statement of Applicability, but 6 active accounts are recorded",
  },
];
