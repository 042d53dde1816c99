/**
 * `isms-kit/report`: reports people read. The audit pack of an ISMS as one self-contained HTML page
 * (dashboard, findings by name, heat maps, risk register, Statement of Applicability, management
 * review inputs), ready to open from a file, attach to an e-mail or print to PDF; and the inputs of
 * a management review (9.3.2 a–g) as data. They draw up the register, the SoA and the conformity
 * report themselves (or take them), so they live behind their own entry: the core `isms-kit` entry
 * stays small.
 *
 * @packageDocumentation
 */
export {
  type PrepareManagementReviewOptions,
  type ManagementReviewEntryKind,
  type ManagementReviewEntry,
  type ManagementReviewSubInput,
  type ManagementReviewInputPack,
  type ManagementReviewPack,
  prepareManagementReview,
} from "../../conformity/prepareManagementReview";
export { type AuditPackToHtmlOptions, auditPackSoaColumns, auditPackToHtml } from "./auditPackToHtml";
