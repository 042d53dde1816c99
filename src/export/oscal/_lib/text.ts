/** OSCAL's token pattern (ids, prop names): a letter or `_`, then letters, digits, `.`, `-`, `_`. */
export const TOKEN = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u;

/** Whether `value` is an OSCAL token. */
export function isToken(value: string): boolean {
  return TOKEN.test(value);
}

/**
 * One line of text for OSCAL's single-line types (titles, prop values): each line break, with the
 * white space around it, becomes one space, and the ends are trimmed; other white space is kept,
 * so an id stays as it is. May return `""`.
 */
export function oneLine(text: string): string {
  return text.replace(/\s*[\n\r\u2028\u2029]+\s*/gu, " ").trim();
}

/**
 * A token made from free text: lower case, every run of characters a token cannot hold becomes
 * `-`, and `fallback` is used when nothing usable is left (or prefixed when the text starts with a
 * digit, `.` or `-`).
 */
export function slugToken(text: string, fallback: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}._-]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  if (slug === "") return fallback;
  return isToken(slug) ? slug : `${fallback}-${slug}`;
}

/** A text from the data, or `undefined` when it has nothing but white space (so a default takes its place). */
export function nonBlank(text: string | undefined): string | undefined {
  return text === undefined || oneLine(text) === "" ? undefined : text;
}

/** Text for OSCAL's multi-line markup: trimmed; `undefined` when nothing is left. */
export function prose(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  return trimmed === "" ? undefined : trimmed;
}
