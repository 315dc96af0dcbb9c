import { COFOG_DIVISIONS, COFOG_GROUPS } from '../../../../shared/atlas/cofog.ts';
import { LEGAL_FORMS } from '../../../../shared/atlas/legal-forms.ts';
import { ATLAS_LIMITS, PROJECT_STATUSES } from '../../../../shared/atlas/states.ts';
import { TASK_FIELDS } from '../../../../shared/atlas/task-fields.ts';
import type { CooperationInput } from '../../../../shared/contracts/atlas.ts';
import type { ImportProblem } from '../../../../shared/contracts/atlas-import.ts';
import { CellReader, codeLookup } from './import-cells.ts';
import type { ImportColumn, RawRow } from './import-parse.ts';

const sectorOf = codeLookup(COFOG_DIVISIONS);
const groupOf = codeLookup(COFOG_GROUPS);
const fieldOf = codeLookup(TASK_FIELDS);
const statusOf = codeLookup(PROJECT_STATUSES);
const legalFormOf = codeLookup(LEGAL_FORMS);

/** The fields of a record a row sets; what a row leaves out stays as stored (update) or takes its default (create). */
export type RowValues = Partial<CooperationInput>;

export interface MappedRow {
  row: number;
  values: RowValues;
  /** The partners column as written (AGS or organisation IDs), resolved against the directory later. */
  partnerRefs?: string[];
  problems: ImportProblem[];
}

const SECTIONS = [
  ['description', 'description'],
  ['current_status', 'currentStatus'],
  ['lessons_learned', 'lessonsLearned'],
  ['further_information', 'furtherInformation'],
] as const;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Spreadsheet cells often hold plain text: its blank-line-separated paragraphs become <p> elements. */
export function sectionHtml(text: string): string {
  if (text === '' || /<[a-z][^>]*>/i.test(text)) return text;
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

/** "1" or "01" or a division's name → "01". */
function sectorCode(text: string) {
  return /^\d{1,2}$/.test(text) ? sectorOf(text.padStart(2, '0')) : sectorOf(text);
}

/** "3.2" or "03.2" or a group's name → "03.2". */
function groupCode(text: string) {
  return /^\d{1,2}\.\d$/.test(text) ? groupOf(text.padStart(4, '0')) : groupOf(text);
}

function readAward(cells: CellReader, item: unknown) {
  if (item && typeof item === 'object') {
    const { name, year } = item as { name?: unknown; year?: unknown };
    if (typeof name === 'string' && name.trim() && (year == null || Number.isInteger(year))) {
      return { name: name.trim(), year: (year as number | null | undefined) ?? null };
    }
    cells.problem('awards', 'bad-award', 'expected "Name (Jahr)"', JSON.stringify(item));
    return undefined;
  }
  const text = String(item).trim();
  const match = /^(.*?)\s*\((\d{4})\)$/.exec(text);
  if (match?.[1]) return { name: match[1], year: Number(match[2]) };
  if (/\(\s*\d*\s*\)$/.test(text) || text === '') {
    cells.problem('awards', 'bad-award', 'expected "Name (Jahr)"', text);
    return undefined;
  }
  return { name: text, year: null };
}

function readFunding(cells: CellReader, item: unknown) {
  if (item && typeof item === 'object') {
    const { programme, amount } = item as { programme?: unknown; amount?: unknown };
    if (typeof programme === 'string' && programme.trim() && (amount == null || Number.isInteger(amount))) {
      return { programme: programme.trim(), amount: (amount as number | null | undefined) ?? null };
    }
    cells.problem('funding', 'bad-funding', 'expected "Programm: Betrag"', JSON.stringify(item));
    return undefined;
  }
  const text = String(item).trim();
  const colon = text.lastIndexOf(':');
  const tail = colon === -1 ? '' : text.slice(colon + 1).trim();
  // "Programm: 15.000.000" or "…: 15000000 €"; a colon followed by words belongs to the programme's name.
  if (colon > 0 && /^\d/.test(tail)) {
    const amount = tail.replace(/\s*(€|EUR|Euro)$/i, '');
    const plain = /^\d{1,3}(?:[. ]\d{3})+$/.test(amount) ? amount.replace(/[. ]/g, '') : amount;
    if (!/^\d+$/.test(plain)) {
      cells.problem('funding', 'bad-funding', 'the amount must be a whole number of euros', text);
      return undefined;
    }
    return { programme: text.slice(0, colon).trim(), amount: Number(plain) };
  }
  return { programme: text, amount: null };
}

/** Turns one row's cells into record fields, noting every cell it cannot read. */
export function mapRow(raw: RawRow): MappedRow {
  const cells = new CellReader();
  const v: RowValues = {};
  const has = (column: ImportColumn) => column in raw.values;
  const cell = (column: ImportColumn) => raw.values[column];
  const text = (column: ImportColumn) => cells.text(column, cell(column));
  let partnerRefs: string[] | undefined;

  if (has('slug')) {
    const slug = text('slug');
    if (slug) v.slug = slug;
  }
  if (has('external_id')) {
    const id = text('external_id');
    if (id !== undefined) v.externalId = id || null;
  }
  for (const [column, key] of [
    ['title', 'title'],
    ['summary', 'summary'],
    ['transfer_requirements', 'transferRequirements'],
  ] as const) {
    if (has(column)) {
      const value = text(column);
      if (value !== undefined) v[key] = value;
    }
  }
  if (has('sector')) {
    const value = text('sector');
    if (value === '') v.sector = '';
    else if (value) {
      const code = sectorCode(value);
      if (code) v.sector = code;
      else cells.problem('sector', 'unknown-sector', 'not a COFOG division (01 … 10)', value);
    }
  }
  if (has('sector_group')) {
    const value = text('sector_group');
    if (value === '') v.sectorGroup = null;
    else if (value) {
      const code = groupCode(value);
      if (code) v.sectorGroup = code;
      else cells.problem('sector_group', 'unknown-sector-group', 'not a known COFOG group such as 03.2', value);
    }
  }
  if (has('fields')) {
    const items = cells.texts('fields', cell('fields'));
    if (items) {
      const codes = items.map((item) => {
        const code = fieldOf(item);
        if (!code) cells.problem('fields', 'unknown-field', 'not a known task field', item);
        return code;
      });
      if (codes.every(Boolean)) v.fields = [...new Set(codes as string[])];
    }
  }
  for (const [column, key] of [
    ['keywords', 'keywords'],
    ['external_partners', 'externalPartners'],
  ] as const) {
    if (has(column)) {
      const items = cells.texts(column, cell(column));
      if (items) v[key] = [...new Set(items)];
    }
  }
  if (has('partners')) partnerRefs = cells.texts('partners', cell('partners'));
  if (has('website')) {
    const value = text('website');
    if (value === '') v.website = null;
    else if (value) v.website = /^www\./i.test(value) ? `https://${value}` : value;
  }
  for (const [column, key] of [
    ['start_year', 'startYear'],
    ['end_year', 'endYear'],
  ] as const) {
    if (has(column)) {
      const year = cells.integer(column, cell(column), 'bad-year');
      if (year !== undefined) v[key] = year;
    }
  }
  for (const [column, key, lookup, what] of [
    ['status', 'status', statusOf, 'not a known status (geplant, laufend, abgeschlossen, eingestellt)'],
    ['legal_form', 'legalForm', legalFormOf, 'not a known legal form'],
  ] as const) {
    if (!has(column)) continue;
    const value = text(column);
    if (value === undefined) continue;
    if (value === '') {
      v[key] = '';
      continue;
    }
    const code = lookup(value);
    if (code) v[key] = code;
    else cells.problem(column, column === 'status' ? 'unknown-status' : 'unknown-legal-form', what, value);
  }
  if (has('transferable')) {
    const value = cells.boolean('transferable', cell('transferable'));
    if (value !== undefined) v.transferable = value;
  }
  if (has('awards')) {
    const items = cells.list('awards', cell('awards'));
    const awards = items?.map((item) => readAward(cells, item));
    if (awards?.every(Boolean)) v.awards = awards as NonNullable<RowValues['awards']>;
  }
  if (has('funding')) {
    const items = cells.list('funding', cell('funding'));
    const funding = items?.map((item) => readFunding(cells, item));
    if (funding?.every(Boolean)) v.funding = funding as NonNullable<RowValues['funding']>;
  }
  for (const [column, key] of [
    ['investment', 'investment'],
    ['yearly_savings', 'yearlySavings'],
    ['population_served', 'populationServed'],
  ] as const) {
    if (has(column)) {
      const value = cells.integer(column, cell(column));
      if (value !== undefined) v[key] = value;
    }
  }
  if (has('latitude') || has('longitude')) {
    const latitude = cells.decimal('latitude', cell('latitude'));
    const longitude = cells.decimal('longitude', cell('longitude'));
    if (latitude === null && longitude === null) v.location = null;
    else if (latitude != null && longitude != null) v.location = { latitude, longitude };
    else if (latitude !== undefined && longitude !== undefined) {
      const missing = latitude === null ? 'latitude' : 'longitude';
      cells.problem(missing, 'bad-location', 'give both latitude and longitude, or neither');
    }
  }
  for (const [column, key] of SECTIONS) {
    if (has(column)) {
      const value = text(column);
      if (value !== undefined) v[key] = sectionHtml(value);
    }
  }
  if (partnerRefs && partnerRefs.length > ATLAS_LIMITS.partnersMax) {
    cells.problem('partners', 'too-many', `at most ${ATLAS_LIMITS.partnersMax} partners`);
    partnerRefs = undefined;
  }
  return { row: raw.row, values: v, ...(partnerRefs ? { partnerRefs } : {}), problems: cells.problems };
}
