/**
 * Texts that fill a field without saying anything: "N/A", "-", "TBD", "none", "not applicable",
 * "see above" … compared without case, spaces and trailing punctuation.
 */
const PLACEHOLDERS = new Set([
  "n/a",
  "na",
  "n.a",
  "n.a.",
  "not applicable",
  "none",
  "nil",
  "null",
  "tbd",
  "tbc",
  "todo",
  "to do",
  "to be defined",
  "to be confirmed",
  "see above",
  "as above",
  "same as above",
  "idem",
  "x",
  "?",
  "-",
  "--",
  "—",
  "–",
  ".",
  "...",
  "…",
]);

/** The text as placeholders are compared: lower case, single spaces, no trailing full stop. */
export function normaliseText(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ").replace(/(?<=[a-z])\.$/, "");
}

/** Whether a text is empty or a placeholder ("N/A", "-", "TBD", "not applicable" …) rather than a statement. */
export function isPlaceholderText(text: string | undefined): boolean {
  if (text === undefined) return true;
  const normal = normaliseText(text);
  return normal === "" || PLACEHOLDERS.has(normal) || /^[\s\p{P}]*$/u.test(normal);
}
