import { parse, type AnyNode, type DocumentNode } from "@humanwhocodes/momoa";
import { duplicateKeyMessage, lineIndex, MAX_MAPPED_DEPTH, pointerSegment, rangeLocation, setKey, type ParsedSource, type SourceProblem } from "./ParsedSource";

/** Momoa's token names, as a person reads them. */
const TOKENS: Readonly<Record<string, string>> = {
  LBrace: "{",
  RBrace: "}",
  LBracket: "[",
  RBracket: "]",
  Colon: ":",
  Comma: ",",
  String: "a string",
  Number: "a number",
  Boolean: "true or false",
  Null: "null",
};

/** A momoa error message in our words: `unexpected }` rather than `Unexpected token RBrace found. (1:7)`. */
function describeSyntaxError(message: string): string {
  const text = message.replace(/\s*\(\d+:\d+\)\s*$/, "").replace(/\.$/, "");
  const token = /^Unexpected token (\w+) found$/.exec(text)?.[1];
  if (token !== undefined) return `unexpected ${TOKENS[token] ?? token}`;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Reads one JSON file: its value (as JSON.parse would give it, `__proto__` kept as a key), the location
 * of every entry, and its problems (a syntax error; a key given twice in one object).
 */
export function parseJsonSource(file: string, text: string): ParsedSource {
  const problems: SourceProblem[] = [];
  const locations = new Map<string, ReturnType<typeof rangeLocation>>();
  const at = lineIndex(text);
  const body = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  let document: DocumentNode;
  try {
    document = parse(body, { mode: "json" });
  } catch (error) {
    const e = error as { message?: string; line?: number; column?: number; offset?: number };
    let offset = typeof e.offset === "number" ? e.offset : text.length;
    let reason = describeSyntaxError(String(e.message ?? error));
    // momoa points at the last token when the text stops short ("{", "[1,"): say that it ended.
    const token = /^Unexpected token \w+ found/.test(String(e.message)) ? body.slice(offset, offset + 1) : "";
    if (/^Unexpected end of input/.test(String(e.message)) || (token !== "" && body.slice(offset + 1).trim() === "")) {
      reason = `the text ends too early${token === "" ? "" : ` after ${token}`} (a { or [ is not closed?)`;
      offset = text.length;
    }
    const nesting = error instanceof RangeError;
    problems.push({
      code: "syntax_error",
      message: nesting ? "nested too deeply to read" : `not valid JSON: ${reason}`,
      location: rangeLocation(file, at, offset, offset),
    });
    return { value: undefined, locations, plainScalars: new Map(), problems };
  }

  const loc = (node: AnyNode) => rangeLocation(file, at, node.loc.start.offset, node.loc.end.offset);
  const toValue = (node: AnyNode, pointer: string, depth: number): unknown => {
    switch (node.type) {
      case "Object": {
        const out: Record<string, unknown> = {};
        const seen = new Set<string>();
        for (const member of node.members) {
          const key = member.name.type === "String" ? member.name.value : member.name.name;
          const child = `${pointer}/${pointerSegment(key)}`;
          if (seen.has(key)) {
            problems.push({ code: "duplicate_key", message: duplicateKeyMessage(key), location: loc(member.name) });
          }
          seen.add(key);
          if (depth < MAX_MAPPED_DEPTH) locations.set(child, rangeLocation(file, at, member.name.loc.start.offset, member.value.loc.end.offset));
          setKey(out, key, toValue(member.value, child, depth + 1));
        }
        return out;
      }
      case "Array":
        return node.elements.map((element, i) => {
          const child = `${pointer}/${i}`;
          if (depth < MAX_MAPPED_DEPTH) locations.set(child, loc(element.value));
          return toValue(element.value, child, depth + 1);
        });
      case "String":
      case "Number":
      case "Boolean":
        return node.value;
      case "Null":
        return null;
      default:
        return undefined;
    }
  };
  locations.set("", loc(document.body));
  const value = toValue(document.body, "", 0);
  return { value, locations, plainScalars: new Map(), problems };
}
