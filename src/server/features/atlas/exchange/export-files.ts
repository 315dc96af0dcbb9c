import {
  CSV_DELIMITER,
  EXCHANGE_COLUMNS,
  EXCHANGE_FORMAT,
  type ExchangeRecord,
  guardCell,
  toCsvCells,
} from './exchange-format.ts';

/**
 * The two export files, written piece by piece as the records arrive. CSV is what Excel opens
 * correctly with umlauts: UTF-8 with a byte order mark, `;` between cells, CRLF line ends, cells
 * quoted when they hold a `;`, a quote or a line break.
 */

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** One CSV cell, quoted when it has to be. */
export function csvCell(value: string): string {
  const guarded = guardCell(value);
  return /[";\r\n]/.test(guarded) || guarded !== guarded.trim() ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(CSV_DELIMITER) + CRLF;
}

export async function* csvFile(records: AsyncIterable<ExchangeRecord>): AsyncGenerator<string> {
  yield BOM + csvLine(EXCHANGE_COLUMNS);
  let chunk = '';
  for await (const record of records) {
    chunk += csvLine(toCsvCells(record));
    if (chunk.length > 64_000) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

export async function* jsonFile(records: AsyncIterable<ExchangeRecord>, exportedAt: Date): AsyncGenerator<string> {
  yield `{"format":${JSON.stringify(EXCHANGE_FORMAT)},"exportedAt":${JSON.stringify(exportedAt.toISOString())},"cooperations":[`;
  let first = true;
  let chunk = '';
  for await (const record of records) {
    chunk += (first ? '\n' : ',\n') + JSON.stringify(record);
    first = false;
    if (chunk.length > 64_000) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}\n]}\n`;
}

/** "kooperationsatlas-2026-11-21.csv": the day of the export in the file name. */
export function exportFileName(extension: 'csv' | 'json', at: Date): string {
  return `kooperationsatlas-${at.toISOString().slice(0, 10)}.${extension}`;
}
