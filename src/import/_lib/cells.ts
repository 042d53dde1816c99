import { isIsoDate } from "../../core/isoDate";

const key = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

const YES = new Set(["yes", "y", "true", "1", "x", "✓", "✔", "☑", "●", "•", "applicable", "included", "include", "selected", "in scope", "ja", "oui", "si", "sí"]);
const NO = new Set(["no", "n", "false", "0", "not applicable", "n/a", "na", "excluded", "exclude", "not selected", "out of scope", "nein", "non"]);
const UNDECIDED = new Set(["", "not decided", "undecided", "tbd", "tbc", "?", "open", "pending"]);

/** A yes/no cell: true, false, null (not decided), or undefined when it is none of these. */
export function readYesNo(text: string): boolean | null | undefined {
  const k = key(text);
  if (UNDECIDED.has(k)) return null;
  if (YES.has(k)) return true;
  if (NO.has(k)) return false;
  // "Yes - required by ISO", "No, not relevant"
  const first = /^([a-z/]+)\b/.exec(k)?.[1] ?? "";
  if (["yes", "y", "applicable", "included"].includes(first)) return true;
  if (["no", "n", "n/a", "na", "excluded"].includes(first)) return false;
  return undefined;
}

/** A mark cell (a tick in a column such as "Legal requirements"): true for x, yes, ✓ …; false when empty or no. */
export function readMark(text: string): boolean | undefined {
  const value = readYesNo(text);
  return value === null ? false : value;
}

/** The items of a list cell: separated by commas, semicolons or line breaks, trimmed, empty ones left out. */
export function readList(text: string): string[] {
  return text
    .split(/[,;\n\r]+/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/**
 * A date cell as `YYYY-MM-DD`: ISO dates (also with a time after them, or `/` for `-`) and
 * day-first dates with dots (`31.12.2026`); undefined for anything else, including dates that do not
 * exist. Slash dates with the day or the month first (`01/02/2026`) are ambiguous and refused.
 */
export function readDate(text: string): string | undefined {
  const t = text.trim();
  let match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/.exec(t);
  let date: string | undefined;
  if (match) date = `${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}`;
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (match) date = `${match[3]}-${match[2]!.padStart(2, "0")}-${match[1]!.padStart(2, "0")}`;
  return date !== undefined && isIsoDate(date) ? date : undefined;
}

/** A text as an id: lower case ASCII letters, digits and dashes, at most 40 characters (`"Jane Doe"` → `jane-doe`). */
export function slug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "x"
  );
}

/** A cell as text: the formula guard of CSV exports (`'=…`) taken off, white space trimmed. */
export function cellText(text: string | undefined): string {
  const t = (text ?? "").trim();
  return /^'[=+\-@\t\r]/.test(t) ? t.slice(1) : t;
}
