import { LEGAL_FORM_CODES, PROJECT_STATUS_CODES, SECTOR_CODES, TASK_FIELD_CODES } from '../../../shared/atlas/index.ts';
import { ATLAS_LIMITS } from '../../../shared/atlas/states.ts';
import { LAND_CODES } from '../../../shared/laender.ts';

/**
 * The one filter state of /atlas, kept in the address bar so a search can be shared and the back
 * button restores the previous one. Multi-valued filters are comma-separated lists in one
 * parameter (`land=05,14`), which reads better in a shared link than repeated or JSON values; the
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ALLOWED: Record<ListFilter, (code: string) => boolean> = {
  sector: (c) => SECTOR_CODES.includes(c),
  field: (c) => TASK_FIELD_CODES.includes(c),
  land: (c) => (LAND_CODES as string[]).includes(c),
  kreis: (c) => UUID.test(c),
  legalForm: (c) => LEGAL_FORM_CODES.includes(c),
  status: (c) => PROJECT_STATUS_CODES.includes(c),
};

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().slice(0, 200);
  return trimmed === '' ? undefined : trimmed;
}

/** "10" arrives as a number (the router reads JSON-looking values as JSON), "05,14" as text. */
function codes(value: unknown, allowed: (code: string) => boolean): string | undefined {
  const raw = Array.isArray(value)
    ? value.join(',')
    : typeof value === 'number'
      ? String(value).padStart(2, '0')
      : value;
  if (typeof raw !== 'string') return undefined;
  const list = [...new Set(raw.split(',').map((c) => c.trim()))].filter((c) => c !== '' && allowed(c));
  return list.length > 0 ? list.join(',') : undefined;
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
  for (const filter of LIST_FILTERS) result[filter] = codes(search[filter], ALLOWED[filter]);
  return result;
}

export function listOf(value: string | undefined): string[] {
  return value ? value.split(',') : [];
}

/** The filter with `code` added or removed; undefined when the list becomes empty. */
export function toggled(value: string | undefined, code: string, on: boolean): string | undefined {
  const list = listOf(value).filter((c) => c !== code);
  if (on) list.push(code);
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

/** The API's query string: list filters repeat their parameter (`land=05&land=14`). */
export function apiQuery(search: AtlasSearch): string {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  for (const filter of LIST_FILTERS) for (const code of listOf(search[filter])) params.append(filter, code);
  if (search.transferable) params.set('transferable', 'true');
  if (search.startFrom !== undefined) params.set('startFrom', String(search.startFrom));
  if (search.startTo !== undefined) params.set('startTo', String(search.startTo));
  if (search.partner) params.set('partner', search.partner);
  if (search.sort) params.set('sort', search.sort);
  params.set('page', String(search.page ?? 1));
  params.set('pageSize', String(PAGE_SIZE));
  return params.toString();
}
