/**
 * The one HTML writer of the export room: every value put into markup goes through {@link html},
 * which escapes it unless it is already markup made by {@link html} or {@link trustedHtml}. So text
 * from the document can only ever land in the page as text.
 */

import { escapeXml } from "./xml";

const MARKUP = Symbol("isms-kit.html");

/** A piece of markup, made by {@link html} or {@link trustedHtml}: inserted as it is. */
export interface Html {
  readonly [MARKUP]: string;
}

/** What can be put into {@link html}: text (escaped), numbers, markup, lists of these; `undefined`, `null` and `false` give nothing. */
export type HtmlValue = string | number | Html | readonly HtmlValue[] | undefined | null | false;

/**
 * Escapes text for HTML content and for attribute values in double or single quotes: the export
 * room's XML escaping (characters XML cannot hold dropped, `< > & "` as entities), and `'` too.
 */
export function escapeHtml(text: string): string {
  return escapeXml(text).replace(/'/g, "&#39;");
}

function isHtml(value: unknown): value is Html {
  return typeof value === "object" && value !== null && MARKUP in value;
}

function render(value: HtmlValue): string {
  if (value === undefined || value === null || value === false) return "";
  if (typeof value === "string") return escapeHtml(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (isHtml(value)) return value[MARKUP];
  return (value as readonly HtmlValue[]).map(render).join("");
}

/** Markup from a template: the literal parts as written, every interpolated value escaped unless it is markup. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return { [MARKUP]: out };
}

/**
 * Markup this library made itself and vouches for (the SVG of riskHeatmapToSvg, the style sheet,
 * the script): inserted without escaping. Never pass text from the document.
 */
export function trustedHtml(markup: string): Html {
  return { [MARKUP]: markup };
}

/** The markup as a string. */
export function htmlToString(value: HtmlValue): string {
  return render(value);
}
