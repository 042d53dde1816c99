/** A tiny, strict XML parser for tests: enough to prove an SVG is well-formed and to query it. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(text: string, at: number): string {
  let out = "";
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === "<") throw new Error(`raw '<' in text at ${at + k}`);
    if (c !== "&") {
      out += c;
      continue;
    }
    const end = text.indexOf(";", k);
    if (end < 0) throw new Error(`unterminated entity at ${at + k}`);
    const name = text.slice(k + 1, end);
    if (name in ENTITIES) out += ENTITIES[name];
    else if (name.startsWith("#x") && /^[0-9a-f]+$/i.test(name.slice(2))) out += String.fromCodePoint(parseInt(name.slice(2), 16));
    else if (name.startsWith("#") && /^[0-9]+$/.test(name.slice(1))) out += String.fromCodePoint(parseInt(name.slice(1), 10));
    else throw new Error(`unknown entity '&${name};' at ${at + k}`);
    k = end;
  }
  return out;
}

const NAME = /^[A-Za-z_:][\w.:-]*/;

/** Parses one root element (optionally preceded and followed by white space). Throws on any error. */
export function parseXml(xml: string): XmlElement {
  let pos = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const skipSpace = () => {
    while (pos < xml.length && /\s/.test(xml[pos] ?? "")) pos++;
  };
  skipSpace();
  while (pos < xml.length) {
    if (xml.startsWith("<!--", pos)) {
      const end = xml.indexOf("-->", pos);
      if (end < 0) throw new Error("unterminated comment");
      pos = end + 3;
      continue;
    }
    if (xml.startsWith("</", pos)) {
      const end = xml.indexOf(">", pos);
      const name = xml.slice(pos + 2, end).trim();
      const open = stack.pop();
      if (open === undefined || open.name !== name) throw new Error(`</${name}> at ${pos} closes <${open?.name ?? "nothing"}>`);
      pos = end + 1;
      if (stack.length === 0) {
        skipSpace();
        if (pos !== xml.length) throw new Error(`content after the root element at ${pos}`);
      }
      continue;
    }
    if (xml[pos] === "<") {
      pos++;
      const nameMatch = NAME.exec(xml.slice(pos));
      if (nameMatch === null) throw new Error(`bad tag name at ${pos}`);
      const element: XmlElement = { name: nameMatch[0], attributes: {}, children: [] };
      pos += nameMatch[0].length;
      for (;;) {
        const before = pos;
        skipSpace();
        if (xml.startsWith("/>", pos)) {
          pos += 2;
          break;
        }
        if (xml[pos] === ">") {
          pos++;
          break;
        }
        if (pos === before) throw new Error(`expected white space before an attribute at ${pos}`);
        const attr = NAME.exec(xml.slice(pos));
        if (attr === null) throw new Error(`bad attribute name at ${pos}`);
        pos += attr[0].length;
        if (xml[pos] !== "=" || xml[pos + 1] !== '"') throw new Error(`expected ="…" after ${attr[0]} at ${pos}`);
        const end = xml.indexOf('"', pos + 2);
        if (end < 0) throw new Error("unterminated attribute");
        if (attr[0] in element.attributes) throw new Error(`duplicate attribute ${attr[0]} at ${pos}`);
        element.attributes[attr[0]] = decode(xml.slice(pos + 2, end), pos + 2);
        pos = end + 1;
      }
      const selfClosing = xml[pos - 2] === "/";
      const parent = stack[stack.length - 1];
      if (parent === undefined) {
        if (root !== undefined) throw new Error("two root elements");
        root = element;
      } else {
        parent.children.push(element);
      }
      if (!selfClosing) stack.push(element);
      else if (stack.length === 0) {
        skipSpace();
        if (pos !== xml.length) throw new Error(`content after the root element at ${pos}`);
      }
      continue;
    }
    const next = xml.indexOf("<", pos);
    const end = next < 0 ? xml.length : next;
    const parent = stack[stack.length - 1];
    if (parent === undefined) throw new Error(`text outside the root element at ${pos}`);
    parent.children.push(decode(xml.slice(pos, end), pos));
    pos = end;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]?.name}>`);
  if (root === undefined) throw new Error("no root element");
  return root;
}

/** Every element named `name` in document order. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (e: XmlElement) => {
    if (e.name === name) out.push(e);
    for (const child of e.children) if (typeof child !== "string") visit(child);
  };
  visit(element);
  return out;
}

/** The text content of an element. */
export function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}
