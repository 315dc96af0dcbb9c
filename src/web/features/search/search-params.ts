import { SEARCH_GROUPS, type SearchGroupKind } from '../../../shared/contracts/search.ts';

/** The address of /search: the words, and optionally one group to show alone (its "show all"). */
export interface SearchParams {
  q?: string | undefined;
  group?: SearchGroupKind | undefined;
}

/** Search parameters arrive from the address bar: accept only what the page understands. */
export function parseSearchParams(search: Record<string, unknown>): SearchParams {
  const q =
    typeof search.q === 'string' && search.q !== ''
      ? search.q
      : typeof search.q === 'number'
        ? String(search.q)
        : undefined;
  const group = SEARCH_GROUPS.find((kind) => kind === search.group);
  return { q, group };
}
