import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import { MAX_MAPPED_DEPTH, pointerSegment, rangeLocation, type ParsedSource, type SourceProblem } from "./ParsedSource";

/** Aliases beyond this many are refused (a "billion laughs" document expands without end). */
const MAX_ALIASES = 100;

/** The yaml package's error codes that mean a feature JSON has no meaning for. */
const UNSUPPORTED = new Set(["TAG_RESOLVE_FAILED", "BAD_ALIAS", "ALIAS_PROPS"]);

/** A yaml error or warning message in one line, without the position (the location says it). */
function describe(message: string): string {
  const first = message.split("\n")[0] ?? message;
  return first.replace(/\s+at line \d+, column \d+:?\s*$/, "").replace(/\.$/, "").replace(/^./, (c) => c.toLowerCase());
}

/**
 * Reads one YAML file (YAML 1.2, core schema: `2026-01-01` stays a string, `yes` stays a string): its
 * value, the location of every entry, the source text of plain scalars YAML read as numbers,
 * booleans or null, and its problems — syntax errors, duplicate keys, more than one document, custom
 * tags, and aliases that make a cycle or expand too far.
 */
export function parseYamlSource(file: string, text: string): ParsedSource {
  const problems: SourceProblem[] = [];
  const locations = new Map<string, ReturnType<typeof rangeLocation>>();
  const plainScalars = new Map<string, string>();
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, version: "1.2", schema: "core", merge: false, resolveKnownTags: false });
  for (const e of [...document.errors, ...document.warnings]) {
    const code = e.code === "DUPLICATE_KEY" ? "duplicate_key" : UNSUPPORTED.has(e.code) ? "unsupported_yaml" : "syntax_error";
    const message = e.code === "DUPLICATE_KEY" ? "a key is given twice in this mapping; keys must be unique" : describe(e.message);
    problems.push({ code, message: code === "syntax_error" ? `not valid YAML: ${message}` : message, location: rangeLocation(file, at, e.pos[0], e.pos[1]) });
  }
  if (problems.length > 0) return { value: undefined, locations, plainScalars, problems };

  const walk = (node: unknown, pointer: string, depth: number): void => {
    if (depth >= MAX_MAPPED_DEPTH) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const child = `${pointer}/${pointerSegment(key)}`;
        const start = keyNode?.range?.[0];
        const valueNode = pair.value as YamlNode | null;
        const end = valueNode?.range?.[1] ?? keyNode?.range?.[1];
        if (start !== undefined && end !== undefined) locations.set(child, rangeLocation(file, at, start, end));
        note(valueNode, child);
        walk(valueNode, child, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const child = `${pointer}/${i}`;
        const range = (item as YamlNode | null)?.range;
        if (range) locations.set(child, rangeLocation(file, at, range[0], range[1]));
        note(item as YamlNode | null, child);
        walk(item, child, depth + 1);
      });
    }
  };
  const note = (node: YamlNode | null, pointer: string) => {
    if (isScalar(node) && node.type === "PLAIN" && typeof node.value !== "string" && typeof node.source === "string") plainScalars.set(pointer, node.source);
  };
  const contents = document.contents as YamlNode | null;
  if (contents?.range) locations.set("", rangeLocation(file, at, contents.range[0], contents.range[1]));
  walk(contents, "", 0);

  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const first = contents?.range?.[0] ?? 0;
    problems.push({ code: "unsupported_yaml", message: describe(error instanceof Error ? error.message : String(error)), location: rangeLocation(file, at, first, first) });
    return { value: undefined, locations, plainScalars, problems };
  }
  if (hasAlias(contents) && isCircular(value)) {
    problems.push({ code: "unsupported_yaml", message: "an alias refers to a mapping or list that contains it, which JSON cannot hold", location: locations.get("") ?? rangeLocation(file, at, 0, 0) });
    return { value: undefined, locations, plainScalars, problems };
  }
  return { value, locations, plainScalars, problems };
}

/** Whether a YAML tree uses an alias anywhere (only then can its value be circular). */
function hasAlias(node: unknown): boolean {
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (isAlias(current)) return true;
    if (isMap(current)) for (const pair of current.items) stack.push(pair.key, pair.value);
    else if (isSeq(current)) stack.push(...current.items);
  }
  return false;
}

/** Whether a value contains itself. */
function isCircular(value: unknown): boolean {
  const ancestors = new Set<object>();
  const visit = (v: unknown): boolean => {
    if (v === null || typeof v !== "object") return false;
    if (ancestors.has(v)) return true;
    ancestors.add(v);
    const found = Object.values(v).some(visit);
    ancestors.delete(v);
    return found;
  };
  return visit(value);
}
