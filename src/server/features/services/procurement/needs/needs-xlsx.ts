import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import type { LeadNeeds } from './lead-needs.ts';
import { type CsvLanguage, type NeedsCell, needsTable } from './needs-csv.ts';

/**
 * The needs as an Excel workbook (`write-excel-file`): the same table as the CSV, but quantities and
 * budgets as numbers (euros with two decimals), the header bold and the sum lines bold too, so a lead
 * can add up and filter without converting text first.
 */
export async function needsXlsx(answer: LeadNeeds, language: CsvLanguage): Promise<Buffer> {
  const { header, lines } = needsTable(answer, language);
  const cell = (c: NeedsCell, bold: boolean): Cell => {
    const weight = bold ? ({ fontWeight: 'bold' } as const) : {};
    if ('text' in c) return { type: String, value: c.text, ...weight };
    if ('count' in c) return { type: Number, value: c.count, ...weight };
    return { type: Number, value: c.cents / 100, format: '#,##0.00', ...weight };
  };
  const sheet = [
    header.map((title): Cell => ({ type: String, value: title, fontWeight: 'bold' })),
    // Every lot ends with its sum line, the line after the lot's needs.
    ...lines.map((line, index) => line.map((c) => cell(c, isSumLine(lines, index)))),
  ];
  return writeXlsxFile(sheet, {
    sheet: language === 'de' ? 'Bedarf' : 'Needs',
    columns: [
      { width: 6 },
      { width: 36 },
      { width: 30 },
      { width: 10 },
      { width: 10 },
      { width: 14 },
      { width: 24 },
      { width: 30 },
      { width: 30 },
    ],
    stickyRowsCount: 1,
  }).toBuffer();
}

/** A sum line is the last line of its lot: the next line belongs to another lot (or there is none). */
function isSumLine(lines: NeedsCell[][], index: number): boolean {
  const lot = (line: NeedsCell[] | undefined) => (line?.[0] && 'count' in line[0] ? line[0].count : null);
  return lot(lines[index + 1]) !== lot(lines[index]);
}
