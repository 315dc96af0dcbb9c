import { ATLAS_LIMITS } from '../../../../shared/atlas/states.ts';
import { withoutLoneSurrogates } from '../../../platform/http/input-text.ts';
import {
  EXCHANGE_COLUMNS,
  EXCHANGE_FORMAT,
  type ExchangeColumn,
  INFORMATIONAL_COLUMNS,
  unguardCell,
} from '../exchange/exchange-format.ts';
import { ImportFileError, readCsv } from './import-csv.ts';
import { jsonErrorLine } from './import-json-error.ts';

/** The columns an import reads: those of the export, less the ones written for people to read. */
export const IMPORT_COLUMNS = EXCHANGE_COLUMNS.filter((c) => !INFORMATIONAL_COLUMNS.includes(c));
export type ImportColumn = Exclude<ExchangeColumn, 'partner_names' | 'url'>;

/** Columns an import passes over without a word: the export's informational ones and the record's own bookkeeping. */
const PASSED_OVER = new Set<string>([
  ...INFORMATIONAL_COLUMNS,
  'id',
  'state',
  'created_at',
  'updated_at',
  'published_at',
]);
const KNOWN = new Set<string>(IMPORT_COLUMNS);

/** One data row: its number as the admin finds it (spreadsheet row, or position in the JSON list) and its cells. */
export interface RawRow {
  row: number;
  values: Partial<Record<ImportColumn, unknown>>;
}

export interface ParsedFile {
  /** The known columns the file has; for updates, a column the file lacks keeps the stored value. */
  columns: Set<ImportColumn>;
  /** Columns the file has that the import does not know (likely typos), so the page can say so. */
  ignoredColumns: string[];
  rows: RawRow[];
}

/** `External ID`, `externalId`, `external-id` → `external_id`. */
export function columnName(header: string): string {
  return header
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function tooMany(count: number): ImportFileError {
  return new ImportFileError(
    'too-many-rows',
    `the file has ${count} rows; at most ${ATLAS_LIMITS.importRowsMax} can be imported at once`,
  );
}

function classify(names: string[]) {
  const columns = new Set<ImportColumn>();
  const ignored: string[] = [];
  for (const name of names) {
    if (KNOWN.has(name)) columns.add(name as ImportColumn);
    else if (!PASSED_OVER.has(name) && name !== '' && !ignored.includes(name)) ignored.push(name);
  }
  return { columns, ignored };
}

export function parseCsv(content: string): ParsedFile {
  const records = readCsv(content);
  const header = records[0];
  if (!header || header.cells.every((c) => c.trim() === '')) {
    throw new ImportFileError('empty', 'the file is empty', 1);
  }
  const names = header.cells.map(columnName);
  const { columns, ignored } = classify(names);
  if (columns.size === 0) {
    throw new ImportFileError('no-header', 'the first line names none of the atlas columns (e.g. title)', 1);
  }
  const seen = new Set<string>();
  for (const name of names) {
    if (name !== '' && seen.has(name)) {
      throw new ImportFileError('duplicate-column', `the column ${name} appears twice in the header`, 1);
    }
    seen.add(name);
  }
  const rows: RawRow[] = [];
  records.slice(1).forEach((record, index) => {
    // Blank lines still count, so the numbers match the rows a spreadsheet shows.
    if (record.cells.every((c) => c.trim() === '')) return;
    if (record.cells.length > names.length && record.cells.slice(names.length).some((c) => c.trim() !== '')) {
      throw new ImportFileError(
        'too-many-cells',
        `this row has ${record.cells.length} cells, the header ${names.length}`,
        record.line,
      );
    }
    const values: RawRow['values'] = {};
    names.forEach((name, i) => {
      // The export marks cells a spreadsheet would run as formulas with an apostrophe; it is not part of the text.
      if (KNOWN.has(name)) values[name as ImportColumn] = unguardCell(record.cells[i] ?? '');
    });
    rows.push({ row: index + 2, values });
  });
  if (rows.length > ATLAS_LIMITS.importRowsMax) throw tooMany(rows.length);
  return { columns, ignoredColumns: ignored, rows };
}

/** JSON objects may nest what CSV flattens: `location`, partners as objects, camelCase keys. */
function flattenJsonRecord(record: Record<string, unknown>): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const name = columnName(key);
    if (name === 'location') {
      const point = (value ?? {}) as { latitude?: unknown; longitude?: unknown };
      flat.latitude = point.latitude ?? null;
      flat.longitude = point.longitude ?? null;
    } else if (name === 'partners' || name === 'partner_ids') {
      flat.partners = Array.isArray(value)
        ? value.map((p) =>
            p && typeof p === 'object' ? ((p as { ags?: unknown }).ags ?? (p as { id?: unknown }).id ?? '') : p,
          )
        : value;
    } else {
      flat[name] = value;
    }
  }
  return flat;
}

export function parseJson(content: string): ParsedFile {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new ImportFileError('bad-json', 'the file is not valid JSON', jsonErrorLine(text));
  }
  const list = Array.isArray(document)
    ? document
    : document && typeof document === 'object'
      ? (document as { cooperations?: unknown }).cooperations
      : undefined;
  const format = !Array.isArray(document) && document ? (document as { format?: unknown }).format : undefined;
  if (format !== undefined && format !== EXCHANGE_FORMAT) {
    throw new ImportFileError('wrong-format', `the file's format is ${String(format)}, expected ${EXCHANGE_FORMAT}`);
  }
  if (!Array.isArray(list)) {
    throw new ImportFileError('wrong-format', `expected {"format": "${EXCHANGE_FORMAT}", "cooperations": [...]}`);
  }
  if (list.length > ATLAS_LIMITS.importRowsMax) throw tooMany(list.length);
  const columns = new Set<ImportColumn>();
  const ignored = new Set<string>();
  const rows = list.map((entry, index): RawRow => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      throw new ImportFileError('wrong-format', `entry ${index + 1} of cooperations is not an object`);
    }
    const flat = flattenJsonRecord(entry as Record<string, unknown>);
    const found = classify(Object.keys(flat));
    for (const c of found.columns) columns.add(c);
    for (const c of found.ignored) ignored.add(c);
    const values: RawRow['values'] = {};
    for (const column of found.columns) values[column] = flat[column];
    return { row: index + 1, values };
  });
  return { columns, ignoredColumns: [...ignored], rows };
}

/** Reads an uploaded file into rows; an unreadable file throws {@link ImportFileError}. */
export function parseImportFile(format: 'csv' | 'json', raw: string): ParsedFile {
  // Half a surrogate pair (a text cut in the middle of an emoji) cannot be stored; it becomes "�".
  const content = withoutLoneSurrogates(raw);
  const nul = content.indexOf('\u0000');
  if (nul !== -1) {
    // A spreadsheet's own file (.xlsx, .ods) or UTF-16 text: nothing a database text column could hold.
    throw new ImportFileError(
      'binary',
      'the file contains binary data; save it as CSV (UTF-8) or JSON',
      content.slice(0, nul).split('\n').length,
    );
  }
  return format === 'csv' ? parseCsv(content) : parseJson(content);
}
