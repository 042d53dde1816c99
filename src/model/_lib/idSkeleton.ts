/**
 * What an id looks like to a reader, so that ids meant to be one can be found: `R-1` and `r-1`,
 * `r‐1` (U+2010 hyphen) and `r-1`, fullwidth `ｒ-1`, NFC `é` and NFD `é`, and ids with a zero-width
 * space or a bidi control in them all have the same skeleton.
 */

/** Code points that show nothing: zero-width spaces and joiners, bidi controls, soft hyphens, variation selectors … */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
/** Dashes and hyphens of every script, and the minus sign. */
const DASH = /[\p{Dash_Punctuation}\u2212]/gu;

/** Printable ASCII (nearly every id): no invisible character, its own NFKC form, `-` its only dash. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The skeleton of an id: compatibility-normalised (NFKC), without invisible characters, dashes as `-`, lower case. */
export function idSkeleton(id: string): string {
  if (PRINTABLE_ASCII.test(id)) return id.toLowerCase();
  return id.normalize("NFKC").replace(INVISIBLE, "").replace(DASH, "-").toLowerCase().normalize("NFKC");
}

/** The first invisible character of an id, or undefined. */
export function invisibleCharacter(id: string): string | undefined {
  if (PRINTABLE_ASCII.test(id)) return undefined;
  INVISIBLE.lastIndex = 0;
  return id.match(INVISIBLE)?.[0];
}

/** An id as a message quotes it: in JSON quotes, with invisible characters written as `\uXXXX`. */
export function quoteId(id: string): string {
  return JSON.stringify(id).replace(INVISIBLE, (char) => `\\u${char.codePointAt(0)!.toString(16).padStart(4, "0")}`);
}

/** A code point as the Unicode standard names it: `U+200D`. */
export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}
