/** Why a file could not be read, with the line (1-based, in the file as a text editor shows it). */
export class ImportFileError extends Error {
  constructor(
    /** Stable kind, e.g. `unclosed-quote`; the web translates it. */
    readonly code: string,
    message: string,
    readonly line?: number,
  ) {
    super(line ? `line ${line}: ${message}` : message);
  }
}

/** One record of a CSV file: its cells and the line it starts on. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/** The separator a header uses: `;` (the export's) unless the header has commas and no semicolon. */
export function separatorOf(headerLine: string): ';' | ',' {
  return !headerLine.includes(';') && headerLine.includes(',') ? ',' : ';';
}

/**
 * Reads CSV as spreadsheets write it (RFC 4180): quoted cells may hold separators, line breaks and
 * doubled quotes; CRLF or LF line ends; a leading byte-order mark is dropped.
 */
export function readCsv(content: string): CsvRecord[] {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const firstLineEnd = text.search(/\r?\n/);
  const separator = separatorOf(firstLineEnd === -1 ? text : text.slice(0, firstLineEnd));
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = 0;

  const endRecord = () => {
    cells.push(cell);
    records.push({ cells, line: recordLine });
    cells = [];
    cell = '';
  };

  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        const next = text[i];
        if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') {
          throw new ImportFileError('text-after-quote', 'text follows a closing quote in the same cell', line);
        }
        continue;
      }
      if (c === '\n') line += 1;
      cell += c;
      i += 1;
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
      i += 1;
    } else if (c === separator) {
      cells.push(cell);
      cell = '';
      i += 1;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      cell += c;
      i += 1;
    }
  }
  if (quoted) throw new ImportFileError('unclosed-quote', 'a quoted cell is never closed', quoteLine);
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}
