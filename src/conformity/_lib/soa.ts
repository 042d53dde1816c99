import type { SoaProblemCode, SoaRow } from "../../treatment/SoaRow";

/** Whether the Statement of Applicability raises `code` on the row: rules judge by the SoA's own problems, so the two always agree. */
export function hasProblem(row: SoaRow, code: SoaProblemCode): boolean {
  return row.problems.some((problem) => problem.code === code);
}

/** The message of the row's first problem with `code`, without the control id the SoA puts in front. */
export function problemMessage(row: SoaRow, code: SoaProblemCode): string | undefined {
  const found = row.problems.find((problem) => problem.code === code);
  return found?.message.replace(`${row.controlId}: `, "");
}
