// The expert finder's address: what is searched and filtered lives in the query string, so a search
// can be linked and the back button works.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const PEOPLE_SORTS = ['relevance', 'distance', 'name'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];
export const NEAR_CHOICES = [25, 50, 100, 250] as const;

export interface PeopleSearch {
  q?: string | undefined;
  tag?: string | undefined;
  organisation?: string | undefined;
  land?: string | undefined;
  near?: number | undefined;
  sort?: PeopleSort | undefined;
  page?: number | undefined;
}

const text = (value: unknown, max: number) =>
  typeof value === 'string' && value.trim() !== '' ? value.slice(0, max) : undefined;

/** The search as the address holds it; anything malformed is left out rather than sent to the server. */
export function peopleSearchOf(search: Record<string, unknown>): PeopleSearch {
  const near = Number(search.near);
  const page = Number(search.page);
  const sort = PEOPLE_SORTS.find((s) => s === search.sort);
  return {
    q: text(search.q, 200),
    tag: typeof search.tag === 'string' && UUID.test(search.tag) ? search.tag : undefined,
    organisation:
      typeof search.organisation === 'string' && UUID.test(search.organisation) ? search.organisation : undefined,
    land: typeof search.land === 'string' && /^[0-9]{2}$/.test(search.land) ? search.land : undefined,
    near: Number.isInteger(near) && near >= 1 && near <= 1000 ? near : undefined,
    sort: sort === 'relevance' ? undefined : sort,
    page: Number.isInteger(page) && page > 1 && page <= 100 ? page : undefined,
  };
}
