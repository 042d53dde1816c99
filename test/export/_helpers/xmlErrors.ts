import { SaxesParser } from "saxes";
import { unzipSync, strFromU8 } from "fflate";

/**
 * The well-formedness errors of an XML document, as a strict XML 1.0 parser (saxes, the parser
 * exceljs reads workbooks with) reports them: illegal characters, character references to them,
 * broken markup, undefined entities, unbalanced tags. `[]` when the document is well-formed.
 */
export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on("error", (error) => errors.push(error.message));
  let elements = 0;
  parser.on("opentag", () => {
    elements++;
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    errors.push(String(error));
  }
  if (elements === 0 && errors.length === 0) errors.push("no root element");
  return errors;
}

/** The well-formedness errors of every XML part of an OOXML package (.xlsx), as `part: error` lines. */
export function packageXmlErrors(bytes: Uint8Array): string[] {
  const parts = unzipSync(bytes);
  return Object.entries(parts)
    .filter(([name]) => name.endsWith(".xml") || name.endsWith(".rels"))
    .flatMap(([name, data]) => xmlErrors(strFromU8(data)).map((error) => `${name}: ${error}`));
}
