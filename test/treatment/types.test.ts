import { describe, expectTypeOf, it } from "vitest";
import type {
  ControlSuggestion,
  ImplementationStatus,
  InclusionReason,
  SoaColumn,
  SoaRow,
  StatementOfApplicability,
  TreatmentPlansSummary,
  TreatmentProblem,
} from "../../src/index";
import {
  buildStatementOfApplicability,
  checkTreatmentOption,
  soaFrom2013,
  soaToCsv,
  soaToXlsx,
  suggestControls,
  summarizeTreatmentPlans,
} from "../../src/index";

describe("types of the treatment API", () => {
  it("returns plain, typed data", () => {
    expectTypeOf(buildStatementOfApplicability).returns.toEqualTypeOf<StatementOfApplicability>();
    expectTypeOf(summarizeTreatmentPlans).returns.toEqualTypeOf<TreatmentPlansSummary>();
    expectTypeOf(suggestControls).returns.toEqualTypeOf<ControlSuggestion[]>();
    expectTypeOf(checkTreatmentOption).returns.toEqualTypeOf<TreatmentProblem[]>();
    expectTypeOf(soaToXlsx).returns.toEqualTypeOf<Uint8Array>();
    expectTypeOf(soaToCsv).returns.toEqualTypeOf<string>();
  });

  it("types the fields of a row", () => {
    expectTypeOf<SoaRow["applicable"]>().toEqualTypeOf<boolean | null>();
    expectTypeOf<SoaRow["reasons"]>().toEqualTypeOf<readonly InclusionReason[]>();
    expectTypeOf<SoaRow["implementationStatus"]>().toEqualTypeOf<ImplementationStatus | undefined>();
    expectTypeOf<SoaRow["source"]>().toEqualTypeOf<"annex-a" | "custom">();
    expectTypeOf<SoaRow["pointer"]>().toEqualTypeOf<string | undefined>();
  });

  it("catches unknown columns and 2013 ids at compile time", () => {
    // @ts-expect-error "owners" is not a column
    const column: SoaColumn = "owners";
    void column;
    const check = () =>
      // @ts-expect-error "A.9.9.9" is not an ISO/IEC 27001:2013 control id
      soaFrom2013([{ id: "A.9.9.9", applicable: true }]);
    void check;
  });
});
