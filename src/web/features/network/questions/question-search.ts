// The question lists' address: filter, community, tag, words and page live in the query string, so a
// list can be linked and the back button works.
import { QUESTION_FILTERS, type QuestionFilter } from '../../../../shared/contracts/network-questions.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface QuestionSearch {
  filter?: QuestionFilter | undefined;
  community?: string | undefined;
  tag?: string | undefined;
  q?: string | undefined;
  page?: number | undefined;
}

const id = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : undefined);

/** The search as the address holds it; anything malformed is left out rather than sent to the server. */
export function questionSearchOf(search: Record<string, unknown>): QuestionSearch {
  const page = Number(search.page);
  return {
    filter: QUESTION_FILTERS.find((f) => f === search.filter && f !== 'all'),
    community: id(search.community),
    tag: id(search.tag),
    q: typeof search.q === 'string' && search.q.trim() !== '' ? search.q.slice(0, 200) : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

/** /network/questions/new?community= */
export function askSearchOf(search: Record<string, unknown>): { community?: string | undefined } {
  return { community: id(search.community) };
}
