/**
 * A small, strict RFC 4180 reader for tests: records end with CRLF; a field in double quotes may hold
 * the delimiter, CR, LF and doubled quotes; a quote anywhere else, or a bare CR or LF outside quotes,
 * is an error. So a test proves both that the text is valid RFC 4180 and what its cells are.
 */
export function parseCsv(text: string, delimiter = ","): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  let afterQuote = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === delimiter) {
      record.push(field);
      field = "";
      afterQuote = false;
      i++;
      continue;
    }
    if (c === "\r") {
      if (text[i + 1] !== "\n") throw new Error(`bare CR at ${i}`);
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      afterQuote = false;
      i += 2;
      continue;
    }
    if (c === "\n") throw new Error(`bare LF at ${i}`);
    if (c === '"') {
      if (field !== "" || afterQuote) throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
      continue;
    }
    if (afterQuote) throw new Error(`text after a closing quote at ${i}`);
    field += c;
    i++;
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field !== "" || record.length > 0) throw new Error("the last record does not end with CRLF");
  return records;
}
