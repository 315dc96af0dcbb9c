/**
 * The exchange format of the Kooperationsatlas: what the export writes and the import reads
 * (CSV and JSON carry the same columns). CSV cells are text; JSON keeps native types (arrays,
 * numbers, booleans, award and funding objects). `toExchangeRecord` builds a record from the
 * database, `toCsvCells` writes a CSV row and `fromCsvCells` (exchange-read.ts) reads one back.
 * The cell notations (lists, ja/nein, "Name (Jahr)", "Programm: Betrag") are parsed here.
 */

export const EXCHANGE_FORMAT = 'allmende-atlas/1';

/** Column order of the CSV file and key order of a JSON record. */
export const EXCHANGE_COLUMNS = [
  'slug',
  'external_id',
  'title',
  'summary',
  'sector',
  'sector_group',
  'fields',
  'keywords',
  'partners',
  'partner_names',
  'external_partners',
  'website',
  'start_year',
  'end_year',
  'status',
  'legal_form',
  'transferable',
  'transfer_requirements',
  'awards',
  'funding',
  'investment',
  'yearly_savings',
  'population_served',
  'latitude',
  'longitude',
  'description',
  'current_status',
  'lessons_learned',
  'further_information',
  'url',
] as const;
export type ExchangeColumn = (typeof EXCHANGE_COLUMNS)[number];

/** Columns the export writes for information only; the import ignores them. */
export const INFORMATIONAL_COLUMNS: readonly ExchangeColumn[] = ['partner_names', 'url'];

/** Separator of list values inside one CSV cell (fields, keywords, partners, awards, funding). */
export const LIST_SEPARATOR = ' | ';
export const CSV_DELIMITER = ';';

export interface ExchangeAward {
  name: string;
  year: number | null;
}
export interface ExchangeFunding {
  programme: string;
  amount: number | null;
}

/** One cooperation in the exchange format (JSON shape). */
export interface ExchangeRecord {
  slug: string;
  external_id: string | null;
  title: string;
  summary: string;
  sector: string;
  sector_group: string | null;
  /** Task field codes (src/shared/atlas/task-fields.ts). */
  fields: string[];
  keywords: string[];
  /** Directory organisations: their AGS when they have one, otherwise their organisation ID. */
  partners: string[];
  partner_names: string[];
  external_partners: string[];
  website: string | null;
  start_year: number | null;
  end_year: number | null;
  status: string;
  legal_form: string;
  transferable: boolean;
  transfer_requirements: string;
  awards: ExchangeAward[];
  funding: ExchangeFunding[];
  investment: number | null;
  yearly_savings: number | null;
  population_served: number | null;
  latitude: number | null;
  longitude: number | null;
  /** Sanitised HTML as stored. */
  description: string;
  current_status: string;
  lessons_learned: string;
  further_information: string;
  /** The record's public page. */
  url: string;
}

/** What `toExchangeRecord` needs of a stored record (a row of `cooperations` plus its partners). */
export interface ExchangeSource {
  slug: string;
  externalId: string | null;
  title: string;
  summary: string;
  sector: string;
  sectorGroup: string | null;
  fields: string[];
  keywords: string[];
  externalPartners: string[];
  website: string | null;
  startYear: number | null;
  endYear: number | null;
  status: string;
  legalForm: string;
  transferable: boolean;
  transferRequirements: string;
  awards: { name: string; year?: number | null }[];
  funding: { programme: string; amount?: number | null }[];
  investment: number | null;
  yearlySavings: number | null;
  populationServed: number | null;
  latitude: number | null;
  longitude: number | null;
  description: string;
  currentStatus: string;
  lessonsLearned: string;
  furtherInformation: string;
  /** In their stored order. */
  partners: { id: string; ags: string | null; name: string }[];
}

export function toExchangeRecord(source: ExchangeSource, publicUrl: string): ExchangeRecord {
  return {
    slug: source.slug,
    external_id: source.externalId,
    title: source.title,
    summary: source.summary,
    sector: source.sector,
    sector_group: source.sectorGroup,
    fields: source.fields,
    keywords: source.keywords,
    partners: source.partners.map((p) => p.ags ?? p.id),
    partner_names: source.partners.map((p) => p.name),
    external_partners: source.externalPartners,
    website: source.website,
    start_year: source.startYear,
    end_year: source.endYear,
    status: source.status,
    legal_form: source.legalForm,
    transferable: source.transferable,
    transfer_requirements: source.transferRequirements,
    awards: source.awards.map((a) => ({ name: a.name, year: a.year ?? null })),
    funding: source.funding.map((f) => ({ programme: f.programme, amount: f.amount ?? null })),
    investment: source.investment,
    yearly_savings: source.yearlySavings,
    population_served: source.populationServed,
    latitude: source.latitude,
    longitude: source.longitude,
    description: source.description,
    current_status: source.currentStatus,
    lessons_learned: source.lessonsLearned,
    further_information: source.furtherInformation,
    url: `${publicUrl.replace(/\/+$/, '')}/atlas/${encodeURIComponent(source.slug)}`,
  };
}

/** "Name (Jahr)", or just "Name" without a year. */
export function formatAward(award: ExchangeAward): string {
  return award.year == null ? award.name : `${award.name} (${award.year})`;
}

/** "Programm: Betrag" with the amount in whole euros, or just "Programm" without one. */
export function formatFunding(funding: ExchangeFunding): string {
  return funding.amount == null ? funding.programme : `${funding.programme}: ${funding.amount}`;
}

const joinList = (values: readonly string[]) => values.join(LIST_SEPARATOR);
const optional = (value: string | number | null) => (value == null ? '' : String(value));

/** The CSV cells of a record, in EXCHANGE_COLUMNS order. */
export function toCsvCells(record: ExchangeRecord): string[] {
  const cells: Record<ExchangeColumn, string> = {
    slug: record.slug,
    external_id: optional(record.external_id),
    title: record.title,
    summary: record.summary,
    sector: record.sector,
    sector_group: optional(record.sector_group),
    fields: joinList(record.fields),
    keywords: joinList(record.keywords),
    partners: joinList(record.partners),
    partner_names: joinList(record.partner_names),
    external_partners: joinList(record.external_partners),
    website: optional(record.website),
    start_year: optional(record.start_year),
    end_year: optional(record.end_year),
    status: record.status,
    legal_form: record.legal_form,
    transferable: record.transferable ? 'ja' : 'nein',
    transfer_requirements: record.transfer_requirements,
    awards: joinList(record.awards.map(formatAward)),
    funding: joinList(record.funding.map(formatFunding)),
    investment: optional(record.investment),
    yearly_savings: optional(record.yearly_savings),
    population_served: optional(record.population_served),
    latitude: optional(record.latitude),
    longitude: optional(record.longitude),
    description: record.description,
    current_status: record.current_status,
    lessons_learned: record.lessons_learned,
    further_information: record.further_information,
    url: record.url,
  };
  return EXCHANGE_COLUMNS.map((column) => cells[column]);
}

// ---- Reading cells (for the import) ------------------------------------------------------------

/** Splits a list cell at ` | ` (a bare `|` is accepted too), dropping empty entries. */
export function parseList(cell: string): string[] {
  return cell
    .split('|')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** ja/nein as exported; true/false, yes/no, 1/0 accepted. Null when unreadable. */
export function parseYesNo(cell: string): boolean | null {
  const value = cell.trim().toLowerCase();
  if (['ja', 'true', 'yes', '1', 'wahr', 'x'].includes(value)) return true;
  if (['nein', 'false', 'no', '0', 'falsch', ''].includes(value)) return false;
  return null;
}

/** "Name (Jahr)" → award; a trailing four-digit year in parentheses is the year. */
export function parseAward(entry: string): ExchangeAward {
  const match = /^(.*?)\s*\((\d{4})\)\s*$/.exec(entry);
  return match ? { name: match[1] as string, year: Number(match[2]) } : { name: entry.trim(), year: null };
}

/** "Programm: Betrag" → funding; the amount after the last colon if it is a number (1.500.000 or 1500000 €). */
export function parseFunding(entry: string): ExchangeFunding {
  const colon = entry.lastIndexOf(':');
  if (colon > 0) {
    const amountText = entry
      .slice(colon + 1)
      .replace(/€|EUR|\s/gi, '')
      .replace(/\.(?=\d{3}(\D|$))/g, '');
    if (/^\d+$/.test(amountText)) return { programme: entry.slice(0, colon).trim(), amount: Number(amountText) };
  }
  return { programme: entry.trim(), amount: null };
}

// ---- Spreadsheet safety -------------------------------------------------------------------------

/**
 * Spreadsheets run a cell starting with =, +, - or @ as a formula, so text from a record could
 * execute there. The export writes such cells with a leading apostrophe (Excel's own "this is
 * text" mark, not shown); `unguardCell` takes it off again when a file is imported.
 */
export function guardCell(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function unguardCell(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
