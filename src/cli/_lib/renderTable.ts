import type { Style, StyleName } from "./style";
import { displayWidth, oneLine, truncate } from "./text";

/** A column of a terminal table. */
export interface TableColumn {
  readonly header: string;
  /** `right` for numbers. Default `left`. */
  readonly align?: "left" | "right";
  /** The narrowest the column may be cut to when the table is too wide; its natural width when left out. */
  readonly min?: number;
  /** Cut this column first (long free text such as titles). */
  readonly flex?: boolean;
  /** The width a flexible column should keep: columns with a `drop` rank are hidden before it is cut below this. Default: `min`. */
  readonly ideal?: number;
  /** When the table does not fit with its flexible columns at their `ideal` width, columns with a `drop` rank are hidden, lowest first. */
  readonly drop?: number;
}

/** A cell: its text, and optionally a style (used only when colour is on). */
export type TableCell = string | { readonly text: string; readonly style?: StyleName | readonly StyleName[] | undefined };

const GAP = "  ";

const cellText = (cell: TableCell | undefined): string => oneLine(cell === undefined ? "" : typeof cell === "string" ? cell : cell.text);

/** Column widths that fit `width`: flexible columns cut first, then the others, each down to its minimum. */
function fit(columns: readonly TableColumn[], natural: readonly number[], width: number): number[] {
  const widths = [...natural];
  const mins = columns.map((column, c) => Math.min(natural[c] ?? 0, column.min ?? Number.POSITIVE_INFINITY));
  const total = () => widths.reduce((sum, w) => sum + w, 0) + GAP.length * Math.max(0, columns.length - 1);
  for (const flexible of [true, false]) {
    while (total() > width) {
      let widest = -1;
      widths.forEach((w, c) => {
        if ((columns[c]?.flex === true) !== flexible || w <= (mins[c] ?? 0)) return;
        if (widest === -1 || w > (widths[widest] ?? 0)) widest = c;
      });
      if (widest === -1) break;
      widths[widest] = (widths[widest] ?? 0) - 1;
    }
  }
  return widths;
}

/**
 * Lays out rows as an aligned plain-text table that fits `width` characters. When the natural widths
 * are too wide, columns with a `drop` rank are hidden first (lowest rank first, and a note says which)
 * until the flexible columns can keep their `ideal` width; then flexible columns are narrowed, then
 * the others (never below their `min`), their cells cut with `…`. Line breaks in cells become spaces. Styles are applied after the layout, so colour codes
 * never count towards a width.
 *
 * @returns the table: a bold header line (unless `header: false`), then one line per row, each line
 *   indented by `indent` spaces and ending with `\n`
 */
export function renderTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly TableCell[])[],
  options: { readonly width: number; readonly style: Style; readonly indent?: number; readonly header?: boolean },
): string {
  const indent = " ".repeat(options.indent ?? 0);
  const available = options.width - indent.length;
  const natural = columns.map((column, c) => Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(cellText(row[c])))));
  // Hide columns (lowest drop rank first) while the table cannot fit with its flexible columns at their ideal width.
  const floor = (c: number) => {
    const column = columns[c] as TableColumn;
    const wanted = column.flex ? (column.ideal ?? column.min ?? 0) : (natural[c] ?? 0);
    return Math.min(natural[c] ?? 0, wanted);
  };
  let shown = columns.map((_, c) => c);
  const needed = () => shown.reduce((sum, c) => sum + floor(c), 0) + GAP.length * Math.max(0, shown.length - 1);
  while (needed() > available) {
    const droppable = shown.filter((c) => columns[c]?.drop !== undefined);
    if (droppable.length === 0) break;
    const next = droppable.reduce((a, b) => ((columns[b]?.drop ?? 0) < (columns[a]?.drop ?? 0) ? b : a));
    shown = shown.filter((c) => c !== next);
  }
  const widths = fit(
    shown.map((c) => columns[c] as TableColumn),
    shown.map((c) => natural[c] ?? 0),
    available,
  );

  const line = (cells: readonly TableCell[], header: boolean): string => {
    const parts = shown.map((c, position) => {
      const column = columns[c] as TableColumn;
      const width = widths[position] ?? 0;
      const cell = cells[c];
      const cut = truncate(cellText(cell), width);
      const pad = " ".repeat(Math.max(0, width - displayWidth(cut)));
      const styled = options.style(header ? "bold" : typeof cell === "object" ? cell.style : undefined, cut);
      return column.align === "right" ? pad + styled : styled + pad;
    });
    return `${indent}${parts.join(GAP).trimEnd()}\n`;
  };
  const hidden = columns.filter((_, c) => !shown.includes(c)).map((column) => column.header);
  const note = hidden.length === 0 ? "" : `${options.style("dim", `(${hidden.join(", ")} hidden to fit ${options.width} columns)`)}\n`;
  const head = options.header === false ? "" : line(columns.map((column) => column.header), true);
  return head + rows.map((row) => line(row, false)).join("") + (note === "" ? "" : indent + note);
}
