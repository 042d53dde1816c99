/**
 * The one escaping of the export room's Markdown writers, for text that comes from a document
 * (titles, names, messages that quote them). Written so that a CommonMark or GitHub renderer shows
 * the text as text: no raw HTML, no link, image or autolink syntax, no emphasis or code, no table
 * cell split, and no new block, since the text never ends up on a line of its own (line breaks become
 * spaces or `<br>`) and the writers never start a line with it.
 */

/** Characters that have no place in Markdown text: C0 controls but tab, DEL, C1 controls. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/** Options of {@link markdownText}. */
export interface MarkdownTextOptions {
  /** What a line break in the text becomes: a space (the default), or `<br>` in a table cell. */
  readonly lineBreak?: " " | "<br>";
}

/**
 * Text as inline Markdown that renders as that text: backslashes, `` ` * _ ~ [ ] | `` escaped with a
 * backslash, `<` and `>` as entities, `&` as an entity where it would start one, line breaks as
 * `lineBreak`, control characters dropped.
 */
export function markdownText(text: string, options: MarkdownTextOptions = {}): string {
  return text
    .replace(CONTROL, "")
    .replace(/[\\`*_~[\]|]/g, "\\$&")
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(LINE_BREAK, options.lineBreak ?? " ");
}

/**
 * Text as an inline code span (ids, rule names, JSON Pointers): fenced with one more backtick than
 * its longest run of backticks, on one line, control characters dropped. In a table cell (`table`),
 * pipes are escaped as GitHub-flavoured tables require even inside code.
 */
export function markdownCode(text: string, options: { readonly table?: boolean } = {}): string {
  let code = text.replace(CONTROL, "").replace(LINE_BREAK, " ");
  if (options.table === true) code = code.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = code.startsWith("`") || code.endsWith("`") || (/^ .* $/.test(code) && code.trim() !== "") ? " " : "";
  return `${fence}${pad}${code}${pad}${fence}`;
}

/** A writer's own text (a rule's hint) on one line: line breaks as spaces, control characters dropped, `<` as an entity. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, "").replace(LINE_BREAK, " ").replace(/</g, "&lt;");
}
