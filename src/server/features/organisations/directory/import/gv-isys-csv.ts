import { type DestatisRecord, DirectoryFileError } from './destatis.ts';

// Data rows start with the Satzart; the title and header rows above them do not.
const SATZART = /^(10|20|30|40|50|60)$/;
const MAX_COLUMNS = 40;

/** Splits CSV text into rows of cells (RFC 4180 quoting; CRLF or LF); the separator is `;` or `,`. */
export function csvRows(text: string, separator: ';' | ','): Array<{ cells: string[]; line: number }> {
  const rows: Array<{ cells: string[]; line: number }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === separator) {
      cells.push(cell);
      cell = '';
      if (cells.length > MAX_COLUMNS) throw new DirectoryFileError('malformed-record', 'too many columns', rowLine);
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.push({ cells: [...cells, cell], line: rowLine });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (quoted) throw new DirectoryFileError('unclosed-quote', 'a quoted cell is never closed', rowLine);
  if (cell !== '' || cells.length > 0) rows.push({ cells: [...cells, cell], line: rowLine });
  return rows;
}

/** The separator most lines use: Excel in German writes `;`, other programs `,`. */
function separatorOf(text: string): ';' | ',' {
  const head = text.slice(0, 20_000);
  return (head.match(/;/g)?.length ?? 0) >= (head.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Leading zeros a spreadsheet may have dropped from a key part ("1" for Land "01"). */
function key(cell: string | undefined, width: number): string {
  const text = (cell ?? '').trim();
  return /^\d+$/.test(text) && text.length < width ? text.padStart(width, '0') : text;
}

/** A coordinate in German ("9,43751") or English ("9.43751") notation; null outside Germany's box. */
function coordinate(cell: string | undefined, min: number, max: number): number | null {
  const value = Number((cell ?? '').trim().replace(',', '.'));
  return (cell ?? '').trim() !== '' && Number.isFinite(value) && value >= min && value <= max ? value : null;
}

/** "am 31.12.2023" in the title rows → 2023-12-31. */
function standIn(lines: string[]): string | null {
  for (const line of lines) {
    const match = /(\d{2})\.(\d{2})\.(\d{4})/.exec(line);
    if (match) return `${match[3]}-${match[2]}-${match[1]}`;
  }
  return null;
}

/**
 * Reads "Alle politisch selbständigen Gemeinden mit ausgewählten Merkmalen" (GV-ISys, the Excel
 * sheet saved as CSV). Its columns: Satzart, Textkennzeichen, Land, RB, Kreis, VB, Gem, Gemeindename,
 * Fläche, Bevölkerung (insgesamt, männlich, weiblich, je km²), Postleitzahl, Längengrad, Breitengrad, …
 * Rows above the first data row (title, headers) are skipped; the data state is the first date in them.
 */
export function readGvIsysCsv(text: string): { stand: string | null; records: DestatisRecord[] } {
  const rows = csvRows(text, separatorOf(text));
  const first = rows.findIndex((r) => SATZART.test((r.cells[0] ?? '').trim()));
  if (first === -1) {
    throw new DirectoryFileError('unknown-format', 'neither GV100AD nor the GV-ISys table saved as CSV');
  }
  const records: DestatisRecord[] = [];
  for (const { cells, line } of rows.slice(first)) {
    const satzart = (cells[0] ?? '').trim();
    if (cells.every((c) => c.trim() === '')) continue;
    // Footnotes below the table start with text, not a Satzart.
    if (!SATZART.test(satzart)) {
      if (/^\d/.test(satzart)) throw new DirectoryFileError('malformed-record', `unknown Satzart ${satzart}`, line);
      continue;
    }
    if (cells.length < 8) throw new DirectoryFileError('malformed-record', 'fewer than 8 columns', line);
    records.push({
      satzart,
      kennzeichen: (cells[1] ?? '').trim(),
      land: key(cells[2], 2),
      rb: key(cells[3], 1),
      kreis: key(cells[4], 2),
      verband: key(cells[5], 4),
      gemeinde: key(cells[6], 3),
      name: (cells[7] ?? '').trim(),
      lon: coordinate(cells[14], 5.5, 15.5),
      lat: coordinate(cells[15], 47, 55.5),
      line,
    });
  }
  return { stand: standIn(rows.slice(0, first).map((r) => r.cells.join(' '))), records };
}
