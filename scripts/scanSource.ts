/**
 * Writes the integrity scan of `src/model/_lib/scanIntegrity.ts` as code: its trie of checks
 * (`compiledTrie`) becomes one function per place in the document, which reads the fields the trie
 * names by name and runs the checks of each place inline, instead of the generic walk that looks
 * every key up in the trie and calls one visitor for every check. The same decisions as
 * `scanIntegrity`, on a document whose shape is valid; a test compares the two on fuzzed documents.
 */
import { compiledTrie, PLAIN_ID, type Check, type TrieNode } from "../src/model/_lib/scanIntegrity";
import { ENTITY_KINDS, type EntityKind } from "../src/model/_lib/ismsStructure";

/** Each kind of entity as the small number the generated scan's id table records (its place in `ENTITY_KINDS`). */
const KIND_CODES = Object.fromEntries(Object.keys(ENTITY_KINDS).map((kind, code) => [kind, code])) as Readonly<Record<EntityKind, number>>;

/** The body of `create(helpers)` for the generated scan: its helper functions and node functions, and the scan it returns. */
/** What the scan's code borrows from the validators' generator: the module's shared constants, and a field read by name. */
export interface SourceTools {
  constant(code: string, prefix: string): string;
  read(value: string, key: string): string;
}

/** The body of `create(helpers)` for the generated scan: its helper functions and node functions, and the scan it returns. */
export function scanSource({ constant, read }: SourceTools): string[] {
  const functions: string[] = [];
  const names = new Map<TrieNode<Check>, string>();
  /** fieldAt(v, path) of scanIntegrity: a field of nested objects, undefined as soon as a step is not an object. */
  const fieldAt = (v: string, path: readonly string[], into: string): string =>
    path.map((key, i) => `${into} = ${i === 0 ? v : into}; ${into} = ${into} !== null && typeof ${into} === "object" && !Array.isArray(${into}) ? ${read(into, key)} : undefined;`).join(" ");

  const actions = (at: TrieNode<Check>, v: string): string => {
    const code: string[] = [];
    for (const action of at.actions) {
      switch (action.check) {
        case "reference":
          code.push(action.target === "annexAControl" ? `annexAReference(${v});` : `reference(${v}, ${KIND_CODES[action.target]} /* ${action.target} */);`);
          break;
        case "entity":
          code.push(
            `if (${v} !== null && typeof ${v} === "object") { const id = ${v}.id; if (typeof id === "string" && id !== "") { if (plainIds && !PLAIN_ID.test(id)) plainIds = false; ${
              action.kind === "control" ? `if ((${v}.custom === undefined) !== isAnnexAControlId(id)) clean = false;` : "if (isAnnexAControlId(id)) clean = false;"
            } if (!index.add(id, ${KIND_CODES[action.kind]} /* ${action.kind} */)) clean = false; } }`,
          );
          break;
        case "order":
          code.push(
            `if (${v} !== null && typeof ${v} === "object") { let a: any; let b: any; ${fieldAt(v, action.earlier, "a")} ${fieldAt(v, action.later, "b")} if (typeof a === "string" && typeof b === "string" && compareMoments(b, a) < 0) clean = false; }`,
          );
          break;
        case "status":
          code.push(
            `if (${v} !== null && typeof ${v} === "object" && ${constant(JSON.stringify(action.rule.statuses), "K")}.includes(${v}.status) && ${read(v, action.rule.date)} === undefined) clean = false;`,
          );
          break;
      }
    }
    return code.join(" ");
  };
  /** A place with checks of its own only (a reference field): its checks, inline where the parent reaches it. */
  const isLeaf = (at: TrieNode<Check>) => at.names.length === 0 && at.star === undefined;
  const visit = (at: TrieNode<Check>, v: string): string => (isLeaf(at) ? actions(at, v) : `${nodeFunction(at)}(${v});`);
  const nodeFunction = (at: TrieNode<Check>): string => {
    let name = names.get(at);
    if (name !== undefined) return name;
    name = `n${names.size}`;
    names.set(at, name);
    const body: string[] = [actions(at, "v"), `if (v === null || typeof v !== "object") return;`];
    if (at.star !== undefined) body.push(`if (Array.isArray(v)) { for (let i = 0; i < v.length; i++) { const e = v[i]; ${visit(at.star, "e")} } return; }`);
    else body.push("if (Array.isArray(v)) return;");
    if (at.names.length > 0) body.push("let c: any;");
    at.names.forEach((key, i) => {
      // A plain read, with no own-property test: the scan runs on what the shape check returned, whose
      // every record has each field the check reads as its own or not at all (in place, a record with
      // a field it reads but does not own is refused; copying, the copy owns each field it was given).
      body.push(`c = ${read("v", key)}; if (c !== undefined) { ${visit(at.nexts[i]!, "c")} }`);
    });
    functions.push(`function ${name}(v: any): void { ${body.join(" ")} }`);
    return name;
  };
  const root = nodeFunction(compiledTrie());
  return [
    `const PLAIN_ID = /${PLAIN_ID.source}/${PLAIN_ID.flags};`,
    "let index = createIdTable();",
    "let clean = true;",
    "let plainIds = true;",
    "function annexAReference(v: any): void { if (typeof v === \"string\" && v !== \"\" && !isAnnexAControlId(v)) clean = false; }",
    `function reference(v: any, target: number): void { if (typeof v !== "string" || v === "" || (target === ${KIND_CODES.control} && isAnnexAControlId(v))) return; if (!index.refer(v, target)) clean = false; }`,
    ...functions,
    "return function scan(doc: any) {",
    "  index = createIdTable(); clean = true; plainIds = true;",
    `  ${root}(doc);`,
    "  const resolved = index.unresolved === 0;",
    "  // What the scan held is let go before the answer: the index of every id is the size of the document's ids.",
    "  index = createIdTable();",
    "  return clean && resolved && findDependencyCycles(doc).length === 0 ? { plainIds } : undefined;",
    "};",
  ];
}
