import { EXTRACT_LIMITS, ExtractRefused } from './limits.ts';
import type { TextSink } from './text-sink.ts';
import { type XmlTextRules, xmlTextReader } from './xml-text.ts';
import { InflateBudget, readEntry, type ZipEntry, zipEntries } from './zip-entries.ts';

const set = (...names: string[]) => new Set(names);

/** Word: the runs' text (w:t), tabs and breaks, a line per paragraph and table cell. */
const WORD: XmlTextRules = {
  text: set('w:t'),
  marks: new Map([
    ['w:tab', '\t'],
    ['w:br', '\n'],
    ['w:cr', '\n'],
  ]),
  lines: set('w:p', 'w:tc'),
};

/** Excel: shared strings and inline strings (t), a line per string; the sheets' names from the workbook. */
const EXCEL: XmlTextRules = {
  text: set('t'),
  marks: new Map(),
  lines: set('si', 'is'),
  attributes: new Map([['sheet', 'name']]),
};

/** OpenDocument (text, spreadsheet, presentation): paragraphs and headings, with their spaces, tabs and breaks. */
const OPEN_DOCUMENT: XmlTextRules = {
  text: set('text:p', 'text:h'),
  marks: new Map([
    ['text:s', ' '],
    ['text:tab', '\t'],
    ['text:line-break', '\n'],
  ]),
  lines: set('text:p', 'text:h'),
};

const byNumber = (a: ZipEntry, b: ZipEntry) =>
  a.name.localeCompare(b.name, 'en', { numeric: true, sensitivity: 'base' });

/** The entries holding a format's text, in reading order, each with its rules. */
function textEntries(format: OfficeFormat, entries: ZipEntry[]): { entry: ZipEntry; rules: XmlTextRules }[] {
  const named = (name: string) => entries.filter((e) => e.name === name);
  const matching = (pattern: RegExp) => entries.filter((e) => pattern.test(e.name)).sort(byNumber);
  switch (format) {
    case 'docx':
      return [
        ...named('word/document.xml'),
        ...matching(/^word\/(header|footer)\d*\.xml$/),
        ...named('word/footnotes.xml'),
      ].map((entry) => ({ entry, rules: WORD }));
    case 'xlsx':
      return [
        ...named('xl/workbook.xml'),
        ...named('xl/sharedStrings.xml'),
        ...matching(/^xl\/worksheets\/sheet\d+\.xml$/),
      ].map((entry) => ({ entry, rules: EXCEL }));
    case 'odf':
      return named('content.xml').map((entry) => ({ entry, rules: OPEN_DOCUMENT }));
  }
}

export type OfficeFormat = 'docx' | 'xlsx' | 'odf';

/**
 * The text of an Office Open XML or OpenDocument file: only the entries that hold text are inflated,
 * each in bounded steps straight into the XML reader, and all together at most `inflatedBytes`.
 */
export function officeText(format: OfficeFormat, zip: Uint8Array, sink: TextSink): void {
  const entries = zipEntries(zip, EXTRACT_LIMITS.zipEntries);
  const wanted = textEntries(format, entries);
  if (!wanted.some((w) => /document\.xml$|sharedStrings\.xml$|sheet\d+\.xml$|content\.xml$/.test(w.entry.name))) {
    throw new ExtractRefused(`no ${format} content in the zip file`);
  }
  const budget = new InflateBudget(EXTRACT_LIMITS.inflatedBytes);
  for (const { entry, rules } of wanted) {
    const reader = xmlTextReader(rules, sink);
    readEntry(zip, entry, budget, (chunk) => reader.write(chunk));
    reader.close();
    sink.add('\n');
  }
}
