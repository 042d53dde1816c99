/**
 * Text made safe for a terminal (and for the CI log that shows it): every control character, escape
 * sequence and bidi control is written out as a visible escape (`\u001b`), so text from a document
 * cannot clear the screen, set the window title, make a link, move the cursor, reorder a line or
 * start a line of its own. The command line's own colours are kept.
 */

/** The colour codes of the command line's own styles (see style.ts): bold, dim, red, green, yellow, magenta, cyan, and their resets. */
const OWN_COLOUR = "\u001b\\[(?:1|2|22|31|32|33|35|36|39)m";
const UNSAFE = new RegExp(`${OWN_COLOUR}|\\r\\n|[\\u0000-\\u0008\\u000A-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]`, "g");
const IS_OWN_COLOUR = new RegExp(`^${OWN_COLOUR}$`);

/** Options of {@link toTerminal}. */
export interface ToTerminalOptions {
  /** Keep line breaks (LF, CR LF): the output's own lines. Off for a line that must stay one (an error message). */
  readonly lineBreaks: boolean;
}

/** `text` with every character that would control the terminal shown as an escape, its own colours and tabs kept. */
export function toTerminal(text: string, options: ToTerminalOptions): string {
  return text.replace(UNSAFE, (match) => {
    if (IS_OWN_COLOUR.test(match)) return match;
    if (match === "\n" || match === "\r\n") return options.lineBreaks ? match : match === "\n" ? "\\n" : "\\r\\n";
    if (match === "\r") return "\\r";
    return `\\u${match.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
