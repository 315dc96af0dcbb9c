import { isLanguageTag } from '../content/languages.ts';

/** The exchange's filters as they stand in the address bar (the names the API takes). */
export interface ExchangeSearch {
  q?: string | undefined;
  tag?: string | undefined;
  language?: string | undefined;
  organisationId?: string | undefined;
  leikaKey?: string | undefined;
  offset?: number | undefined;
}

export const EXCHANGE_PAGE_SIZE = 20;

/** A LeiKa key or its beginning: 1 to 14 digits. */
export const isLeikaPrefix = (value: string) => /^[0-9]{1,14}$/.test(value);

/** The filters in force besides the words, in the order the page lists them. */
export const EXCHANGE_FILTERS = ['tag', 'language', 'organisationId', 'leikaKey'] as const;
export type ExchangeFilter = (typeof EXCHANGE_FILTERS)[number];

/** The search with one filter changed; any change starts again at the first page. */
export function withFilter(search: ExchangeSearch, filter: ExchangeFilter | 'q', value: string | undefined) {
  return { ...search, [filter]: value || undefined, offset: undefined };
}

const text = (value: unknown, max = 200) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Accepts only what the exchange's API accepts, so an edited address never ends in an error. */
export function parseExchangeSearch(search: Record<string, unknown>): ExchangeSearch {
  const language = text(search.language);
  const organisationId = text(search.organisationId);
  const leikaKey = typeof search.leikaKey === 'number' ? String(search.leikaKey) : text(search.leikaKey);
  const offset = typeof search.offset === 'number' ? search.offset : Number(text(search.offset) ?? Number.NaN);
  return {
    q: text(search.q),
    tag: text(search.tag, 40),
    language: language && isLanguageTag(language) ? language : undefined,
    organisationId: organisationId && UUID.test(organisationId) ? organisationId : undefined,
    leikaKey: leikaKey && isLeikaPrefix(leikaKey) ? leikaKey : undefined,
    offset: Number.isInteger(offset) && offset > 0 && offset <= 10_000 ? offset : undefined,
  };
}
