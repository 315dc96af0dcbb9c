import {
  EXCHANGE_COLUMNS,
  type ExchangeColumn,
  type ExchangeRecord,
  parseAward,
  parseFunding,
  parseList,
  parseYesNo,
  unguardCell,
} from './exchange-format.ts';

// A CSV row read back into the exchange format's JSON shape: the inverse of `toCsvCells`.

/** A cell the format cannot read; the import reports it with its row. */
export interface CellProblem {
  column: ExchangeColumn;
  message: string;
}

/** Cell values as they come from a CSV row (header → text); missing columns read as empty. */
export type CsvCells = Partial<Record<string, string>>;

/**
 * Reads the syntax of a CSV row into the JSON shape. Checking codes (sector, legal form …),
 * partners and limits is the import's job; this only reports cells it cannot read at all.
 */
export function fromCsvCells(cells: CsvCells): { record: ExchangeRecord; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const raw = (column: ExchangeColumn) => unguardCell(cells[column] ?? '');
  const text = (column: ExchangeColumn) => raw(column).trim();
  const nullable = (column: ExchangeColumn) => text(column) || null;
  const number = (column: ExchangeColumn, integer: boolean): number | null => {
    const raw = text(column);
    if (raw === '') return null;
    const value = Number(integer ? raw.replace(/\.(?=\d{3}(\D|$))/g, '') : raw.replace(',', '.'));
    if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) {
      problems.push({ column, message: integer ? 'not a whole number' : 'not a number' });
      return null;
    }
    return value;
  };
  const transferable = parseYesNo(text('transferable'));
  if (transferable === null) problems.push({ column: 'transferable', message: 'expected ja or nein' });
  const record: ExchangeRecord = {
    slug: text('slug'),
    external_id: nullable('external_id'),
    title: text('title'),
    summary: text('summary'),
    sector: text('sector'),
    sector_group: nullable('sector_group'),
    fields: parseList(text('fields')),
    keywords: parseList(text('keywords')),
    partners: parseList(text('partners')),
    partner_names: parseList(text('partner_names')),
    external_partners: parseList(text('external_partners')),
    website: nullable('website'),
    start_year: number('start_year', true),
    end_year: number('end_year', true),
    status: text('status'),
    legal_form: text('legal_form'),
    transferable: transferable ?? false,
    transfer_requirements: text('transfer_requirements'),
    awards: parseList(text('awards')).map(parseAward),
    funding: parseList(text('funding')).map(parseFunding),
    investment: number('investment', true),
    yearly_savings: number('yearly_savings', true),
    population_served: number('population_served', true),
    latitude: number('latitude', false),
    longitude: number('longitude', false),
    description: raw('description'),
    current_status: raw('current_status'),
    lessons_learned: raw('lessons_learned'),
    further_information: raw('further_information'),
    url: text('url'),
  };
  problems.sort((a, b) => EXCHANGE_COLUMNS.indexOf(a.column) - EXCHANGE_COLUMNS.indexOf(b.column));
  return { record, problems };
}
