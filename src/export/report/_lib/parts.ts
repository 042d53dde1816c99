import { html, type Html, type HtmlValue } from "../../_lib/html";
import { defaultLevelColor, textColorOn } from "../../_lib/svg";
import type { RiskMatrix } from "../../../method/RiskMatrix";

/** A table column: its header and its share of the width (relative). */
export interface Column {
  readonly header: string;
  readonly width: number;
  /** Right-align (numbers). */
  readonly numeric?: boolean;
}

/**
 * A table that fits the page: fixed layout with the given relative widths, a header row repeated on
 * every printed page, rows that are never cut in half. `sortable` lets the script sort and filter it.
 */
export function table(caption: string, columns: readonly Column[], rows: readonly (readonly HtmlValue[])[], options: { id?: string; sortable?: boolean; className?: string } = {}): Html {
  const total = columns.reduce((sum, c) => sum + c.width, 0) || 1;
  return html`<table${options.id === undefined ? "" : html` id="${options.id}"`} class="${["data", options.className].filter(Boolean).join(" ")}"${options.sortable ? html` data-sortable=""` : ""}>
<caption>${caption}</caption>
<colgroup>${columns.map((c) => html`<col style="width:${((c.width / total) * 100).toFixed(2)}%">`)}</colgroup>
<thead><tr>${columns.map((c) => html`<th scope="col"${c.numeric ? html` class="num"` : ""}>${c.header}</th>`)}</tr></thead>
<tbody>
${rows.map((row) => html`<tr>${row.map((cell, i) => html`<td${columns[i]?.numeric ? html` class="num"` : ""}>${cell}</td>`)}</tr>
`)}</tbody>
</table>`;
}

/** A risk level as a coloured chip with its label (colour is never the only cue). */
export function levelChip(matrix: RiskMatrix, levelId: string | undefined): Html {
  if (levelId === undefined) return html`<span class="muted">—</span>`;
  const index = matrix.levels.findIndex((l) => l.id === levelId);
  const level = matrix.levels[index];
  if (level === undefined) return html`${levelId}`;
  const fill = level.color ?? defaultLevelColor(index, matrix.levels.length);
  const safeFill = /^#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?$/.test(fill) ? fill : "#dddddd";
  return html`<span class="chip" style="background:${safeFill};color:${textColorOn(safeFill)}">${level.label}</span>`;
}

/** A status word as a badge: `good`, `warn`, `bad` or `neutral`. */
export function badge(text: string, tone: "good" | "warn" | "bad" | "neutral"): Html {
  return html`<span class="badge ${tone}">${text}</span>`;
}

/** A JSON Pointer, shown as code (`(document)` for the whole document). */
export function pointerCode(pointer: string): Html {
  return html`<code class="ptr">${pointer === "" ? "(document)" : pointer}</code>`;
}

/** A horizontal bar for a share from 0 to 1; decorative, the number is always written beside it. */
export function bar(share: number, tone: "good" | "warn" | "bad" | "neutral" | "level", color?: string): Html {
  const width = Math.max(0, Math.min(1, Number.isFinite(share) ? share : 0)) * 100;
  const safe = color !== undefined && /^#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?$/.test(color) ? color : undefined;
  return html`<span class="bar ${tone}" aria-hidden="true"><span style="width:${width.toFixed(1)}%${safe === undefined ? "" : `;background:${safe}`}"></span></span>`;
}

/** `1 risk`, `2 risks`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** `A.5.15` for an Annex A control id, the id as it is for the organisation's own. */
export function controlRef(controlId: string, custom: boolean): string {
  return custom ? controlId : `A.${controlId}`;
}

/**
 * A sentence from a rule or the document as the pack shows it: the first letter capitalised, and
 * `backticked` names (fields the hints refer to) as code. Text stays text: it is escaped as always.
 */
export function prose(text: string): Html {
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  const parts = sentence.split("`");
  if (parts.length % 2 === 0) return html`${sentence}`;
  return html`${parts.map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : part))}`;
}
