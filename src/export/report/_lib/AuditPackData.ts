import type { ConformityReport } from "../../../conformity/ConformityReport";
import type { ManagementReviewPack } from "../../../conformity/prepareManagementReview";
import type { Isms } from "../../../model/IsmsSchema";
import type { RiskRegister } from "../../../risk/assessRisks";
import type { StatementOfApplicability } from "../../../treatment/StatementOfApplicability";
import type { TreatmentPlansSummary } from "../../../treatment/TreatmentPlansSummary";
import type { SoaColumn } from "../../SoaColumn";
import type { Html } from "../../_lib/html";

/** Everything the sections of the audit pack read: the document and what the library drew from it on `asOf`. */
export interface AuditPackData {
  readonly isms: Isms;
  readonly asOf: string;
  readonly title: string;
  /** The risk register; `undefined` when the document has no risk method. */
  readonly register: RiskRegister | undefined;
  readonly soa: StatementOfApplicability;
  readonly report: ConformityReport;
  readonly plans: TreatmentPlansSummary;
  readonly review: ManagementReviewPack;
  readonly soaColumns: readonly SoaColumn[];
  /** Each person's name by id. */
  readonly people: ReadonlyMap<string, string>;
  /** A person as the pack shows them: `Sofia Reis (p-cto)`, the id alone when unknown, `—` for none. */
  readonly person: (id: string | undefined) => string;
  /** What a JSON Pointer into the document points at, by name. */
  readonly label: (pointer: string) => string;
}

/** One section of the audit pack: its anchor, its heading (listed in the contents) and its content. */
export interface AuditPackSection {
  readonly id: string;
  readonly title: string;
  /** Start the section on a new page when printed (the long tables). */
  readonly newPage: boolean;
  readonly render: (data: AuditPackData) => Html;
}
