import { useQuery } from '@tanstack/react-query';
import {
  SEARCH_LIMIT_DEFAULT,
  SEARCH_LIMIT_MAX,
  SEARCH_QUERY_MAX,
  type SearchGroupKind,
  type UnifiedSearchResult,
} from '../../../shared/contracts/search.ts';
import { api, query } from '../../api/client.ts';
import { useMe } from '../accounts/use-me.ts';

/** GET /api/search: every group (a few hits each), or one group alone with up to 50 hits. */
export function useUnifiedSearch(q: string, group: SearchGroupKind | undefined) {
  const { me } = useMe();
  const limit = group ? SEARCH_LIMIT_MAX : SEARCH_LIMIT_DEFAULT;
  const words = q.slice(0, SEARCH_QUERY_MAX);
  return useQuery({
    // Who asks decides what is found: the person is part of the key.
    queryKey: ['search', words, group ?? null, me?.id ?? null],
    queryFn: () => api.get<UnifiedSearchResult>(`/search${query({ q: words, group, limit })}`),
    // Wait for the session: signed in and signed out find different things.
    enabled: words !== '' && me !== undefined,
  });
}
