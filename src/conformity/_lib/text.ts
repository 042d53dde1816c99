/** "a", "a and b", "a, b and c", "a, b, c … and 7 more": a list for a message. */
export function listForMessage(items: readonly string[], max = 8): string {
  if (items.length === 0) return "";
  if (items.length === 1) return items[0]!;
  if (items.length > max) return `${items.slice(0, max).join(", ")} … and ${items.length - max} more`;
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]!}`;
}

/** `count` and the noun, in the singular or the plural: `plural(1, "risk")` → "1 risk". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** A name for a message: the text in quotes. */
export function quote(text: string): string {
  return JSON.stringify(text);
}
