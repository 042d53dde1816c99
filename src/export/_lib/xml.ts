/**
 * The one XML escaping of the export room (SVG and the parts of an XLSX workbook): text from a
 * document always makes well-formed XML 1.0.
 */

/**
 * Characters XML 1.0 does not allow (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone
 * surrogates), and the control characters it discourages and HTML rejects (DEL and C1).
 */
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text without the characters XML cannot hold, nor control characters. */
export function xmlChars(text: string): string {
  return text.replace(ILLEGAL_XML, "");
}

/** Text for XML content or a double-quoted attribute value: illegal characters dropped, `< > & "` as entities. */
export function escapeXml(text: string): string {
  return xmlChars(text).replace(/[<>&"]/g, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : "&quot;"));
}
