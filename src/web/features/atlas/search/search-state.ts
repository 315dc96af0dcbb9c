import {
  LEGAL_FORM_CODES,
  PROJECT_STATUS_CODES,
  SECTOR_CODES,
  TASK_FIELD_CODES,
} from '../../../../shared/atlas/index.ts';
import { ATLAS_LIMITS } from '../../../../shared/atlas/states.ts';

/**
 * The one filter state of /atlas, kept in the address bar so a search can be shared and the back
 * button restores the previous one. Multi-valued filters are comma-separated lists in one
 * parameter (`land=NW,SN`), which reads better in a shared link than repeated or JSON values; the
 * API call repeats the parameter instead.
 */
export interface AtlasSearch {
  q?: string | undefined;
  sector?: string | undefined;
  field?: string | undefined;
  land?: string | undefined;
  kreis?: string | undefined;
  legalForm?: string | undefined;
  status?: string | undefined;
  transferable?: boolean | undefined;
  startFrom?: number | undefined;
  startTo?: number | undefined;
  /** An organisation ID: its cooperations (linked from organisation pages). */
  partner?: string | undefined;
  sort?: AtlasSort | undefined;
  page?: number | undefined;
}

export const ATLAS_SORTS = ['relevance', 'newest', 'start'] as const;
export type AtlasSort = (typeof ATLAS_SORTS)[number];

/** The filters that hold lists of codes; each is a facet of the search result. */
export const LIST_FILTERS = ['sector', 'field', 'land', 'kreis', 'legalForm', 'status'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export const PAGE_SIZE = 20;
export const YEAR_MAX = 2100;

/**
 * Länder appear in the address by their ISO 3166-2 letters (`land=SN`), not their two digits: the
 * router would read "14" back as a number and write it quoted (`land=%2214%22`); letters read better.
 */
const LAND_LETTERS: Record<string, string> = {
  '01': 'SH',
  '02': 'HH',
  '03': 'NI',
  '04': 'HB',
  '05': 'NW',
  '06': 'HE',
  '07': 'RP',
  '08': 'BW',
  '09': 'BY',
  '10': 'SL',
  '11': 'BE',
  '12': 'BB',
  '13': 'MV',
  '14': 'SN',
  '15': 'ST',
  '16': 'TH',
};
const LAND_BY_LETTERS = new Map(Object.entries(LAND_LETTERS).map(([code, letters]) => [letters, code]));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which values each filter accepts, as written in the address. */
const ALLOWED: Record<ListFilter, (written: string) => boolean> = {
  sector: (c) => SECTOR_CODES.includes(c),
  field: (c) => TASK_FIELD_CODES.includes(c),
  land: (c) => LAND_BY_LETTERS.has(c),
  kreis: (c) => UUID.test(c),
  legalForm: (c) => LEGAL_FORM_CODES.includes(c),
  status: (c) => PROJECT_STATUS_CODES.includes(c),
};

/** How a code is written in the address; the API and the code lists use the codes themselves. */
function written(filter: ListFilter, code: string): string {
  return filter === 'land' ? (LAND_LETTERS[code] ?? code.toUpperCase()) : code;
}
function codeOf(filter: ListFilter, value: string): string {
  return filter === 'land' ? (LAND_BY_LETTERS.get(value) ?? value) : value;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().slice(0, 200);
  return trimmed === '' ? undefined : trimmed;
}

/** A list filter from the address; "10" arrives as a number (the router reads JSON-looking values as JSON). */
function codes(filter: ListFilter, value: unknown): string | undefined {
  const raw = Array.isArray(value)
    ? value.join(',')
    : typeof value === 'number'
      ? String(value).padStart(2, '0')
      : value;
  if (typeof raw !== 'string') return undefined;
  // Links may name Länder by their digits ("land=05"): they are rewritten to letters.
  const list = raw.split(',').map((c) => written(filter, c.trim()));
  const kept = [...new Set(list)].filter((c) => c !== '' && ALLOWED[filter](c));
  return kept.length > 0 ? kept.join(',') : undefined;
}

function integer(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** validateSearch of /atlas: keeps what the page understands and drops the rest. */
export function parseAtlasSearch(search: Record<string, unknown>): AtlasSearch {
  const result: AtlasSearch = {
    q: text(search.q),
    transferable: search.transferable === true || search.transferable === 'true' ? true : undefined,
    startFrom: integer(search.startFrom, ATLAS_LIMITS.yearMin, YEAR_MAX),
    startTo: integer(search.startTo, ATLAS_LIMITS.yearMin, YEAR_MAX),
    partner: typeof search.partner === 'string' && UUID.test(search.partner) ? search.partner : undefined,
    sort: ATLAS_SORTS.find((s) => s === search.sort),
    page: integer(search.page, 2, 10_000),
  };
  for (const filter of LIST_FILTERS) result[filter] = codes(filter, search[filter]);
  return result;
}

function listOf(value: string | undefined): string[] {
  return value ? value.split(',') : [];
}

/** The codes a list filter holds (Länder as their two digits), as the API and the code lists name them. */
export function chosen(search: AtlasSearch, filter: ListFilter): string[] {
  return listOf(search[filter]).map((value) => codeOf(filter, value));
}

/** The filter's new value in the address with `code` added or removed; undefined when it becomes empty. */
export function toggled(search: AtlasSearch, filter: ListFilter, code: string, on: boolean): string | undefined {
  const value = written(filter, code);
  const list = listOf(search[filter]).filter((c) => c !== value);
  if (on) list.push(value);
  return list.length > 0 ? list.join(',') : undefined;
}

/** How many filters (not the query, sort or page) are set: shown on the filter toggle at narrow widths. */
export function activeFilterCount(search: AtlasSearch): number {
  let count = LIST_FILTERS.reduce((n, f) => n + listOf(search[f]).length, 0);
  if (search.transferable) count++;
  if (search.startFrom !== undefined) count++;
  if (search.startTo !== undefined) count++;
  if (search.partner) count++;
  return count;
}

/** The filters as the API reads them: list filters repeat their parameter (`land=05&land=14`). */
export function filterParams(search: AtlasSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  for (const filter of LIST_FILTERS) for (const code of chosen(search, filter)) params.append(filter, code);
  if (search.transferable) params.set('transferable', 'true');
  if (search.startFrom !== undefined) params.set('startFrom', String(search.startFrom));
  if (search.startTo !== undefined) params.set('startTo', String(search.startTo));
  if (search.partner) params.set('partner', search.partner);
  if (search.sort) params.set('sort', search.sort);
  return params;
}

/** The search's query string: the filters plus the page. */
export function apiQuery(search: AtlasSearch): string {
  const params = filterParams(search);
  params.set('page', String(search.page ?? 1));
  params.set('pageSize', String(PAGE_SIZE));
  return params.toString();
}
