import type { SoaProblemCode, SoaRow } from "../../treatment/SoaRow";

/** Whether the Statement of Applicability raises `code` on the row: rules judge by the SoA's own problems, so the two always agree. */
export function hasProblem(row: SoaRow, code: SoaProblemCode): boolean {
  return row.problems.some((problem) => problem.code === code);
}
