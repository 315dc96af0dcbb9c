import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SearchResult } from '../../../../shared/contracts/atlas.ts';
import type { AtlasMapSettings, KreisOutline } from '../../../../shared/contracts/atlas-map.ts';
import { api } from '../../../api/client.ts';
import { type AtlasSearch, apiQuery } from './search-state.ts';

/**
 * The search result for the filter state in the address bar. While the next answer is on its way the
 * previous one stays on screen (marked busy), so lists, facets and map do not flicker on each click.
 */
export function useAtlasSearch(search: AtlasSearch) {
  const queryString = apiQuery(search);
  return useQuery({
    queryKey: ['atlas', 'search', queryString],
    queryFn: () => api.get<SearchResult>(`/atlas/cooperations?${queryString}`),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** Whether an admin configured a tile server; asked once per visit. */
export function useMapSettings() {
  return useQuery({
    queryKey: ['atlas', 'map', 'settings'],
    queryFn: () => api.get<AtlasMapSettings>('/atlas/map'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The Kreis outlines: large, unchanging within a release, so fetched once and kept. */
export function useKreisOutlines() {
  return useQuery({
    queryKey: ['atlas', 'map', 'kreise'],
    queryFn: () => api.get<{ type: 'FeatureCollection'; features: KreisOutline[] }>('/atlas/map/kreise'),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}
