/** Display helpers for terminal text: width in characters, truncation, wrapping, sizes. */

// Colour codes (SGR escape sequences) take no room on the screen.
const ANSI = /\u001b\[[0-9;]*m/g;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const SURROGATE_PAIRS = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
const COMBINING_MARKS = /\p{Mn}/gu;

/** The number of characters as a terminal shows them: code points, without combining marks and colour codes (East Asian wide characters count one). */
export function displayWidth(text: string): number {
  // Most text a report prints is plain ASCII: one column per character, nothing to strip.
  if (PRINTABLE_ASCII.test(text)) return text.length;
  const plain = text.replace(ANSI, "");
  const codePoints = plain.length - (plain.match(SURROGATE_PAIRS)?.length ?? 0);
  return codePoints - (plain.match(COMBINING_MARKS)?.length ?? 0);
}

/** Shortens `text` to `width` characters, ending with `…` when it was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  if (width === 1) return "…";
  const chars = [...text];
  return `${chars.slice(0, width - 1).join("").trimEnd()}…`;
}

/** Puts a text on one line: line breaks and tabs become spaces. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, " ");
}

/** Breaks `text` into lines of at most `width` characters, at spaces where it can. */
export function wrap(text: string, width: number): string[] {
  if (!Number.isFinite(width) || width <= 0) return [text];
  const lines: string[] = [];
  let line = "";
  for (const word of oneLine(text).split(/ +/)) {
    if (line === "") line = word;
    else if (displayWidth(line) + 1 + displayWidth(word) <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
    while (displayWidth(line) > width) {
      const chars = [...line];
      lines.push(chars.slice(0, width).join(""));
      line = chars.slice(width).join("");
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

/** A byte count as people read it: `812 B`, `14.2 kB`, `1.3 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** `1 risk`, `3 risks`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** The terminal width to fit output to: the terminal's, else `COLUMNS`, else unlimited (piped output is never cut). */
export function outputWidth(stream: { readonly isTTY: boolean; readonly columns: number | undefined }, env: Readonly<Record<string, string | undefined>>): number {
  if (stream.isTTY && stream.columns !== undefined && stream.columns > 0) return stream.columns;
  const columns = Number(env["COLUMNS"]);
  if (Number.isInteger(columns) && columns > 0) return columns;
  return Number.POSITIVE_INFINITY;
}

/**
 * Two-column lines, `  name  text`, the names padded to one width and the texts wrapped to the rest
 * of `width` (continuation lines indented under the text). `styleName` styles the names.
 */
export function definitionList(rows: readonly (readonly [string, string])[], width: number, styleName: (name: string) => string = (name) => name): string[] {
  const nameWidth = Math.max(0, ...rows.map(([name]) => displayWidth(name)));
  const textWidth = Math.max(30, width - nameWidth - 4);
  return rows.flatMap(([name, text]) =>
    wrap(text, textWidth).map((line, i) =>
      `  ${i === 0 ? styleName(name) + " ".repeat(nameWidth - displayWidth(name)) : " ".repeat(nameWidth)}  ${line}`.trimEnd(),
    ),
  );
}
