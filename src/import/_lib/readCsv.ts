/** The delimiters a CSV may use: comma, semicolon (Excel where the decimal mark is a comma), tab. */
const DELIMITERS = [",", ";", "\t"] as const;

/** The delimiter of a CSV: the one of `,` `;` tab that occurs most often outside quotes in its first line. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ",";
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * The records of a CSV text (RFC 4180): fields separated by `delimiter`, records by CRLF or LF,
 * quoted fields may hold delimiters, line breaks and doubled quotes. A byte order mark is dropped.
 * Never throws: a quote left open runs to the end of the text.
 */
export function readCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === delimiter) endField();
    else if (char === "\r" && text[i + 1] === "\n") {
      endRow();
      i++;
    } else if (char === "\n" || char === "\r") endRow();
    else field += char;
  }
  if (field !== "" || row.length > 0 || quoted) endRow();
  return rows;
}
