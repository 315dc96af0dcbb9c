import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import {
  COMMUNITY_LIMITS,
  type CommunityDetail,
  type CommunityList,
  type CommunityMembers,
} from '../../../../shared/contracts/network-communities.ts';
import { api, query } from '../../../api/client.ts';

export const COMMUNITIES_KEY = ['network', 'communities'] as const;

/** Communities to choose from (e.g. in a select): the first page of the largest size. */
export function useCommunities(params: { mine?: boolean; q?: string | undefined }, enabled = true) {
  return useQuery({
    queryKey: [...COMMUNITIES_KEY, 'list', params],
    queryFn: () => api.get<CommunityList>(listPath({ ...params, limit: COMMUNITY_LIMITS.maxPageSize })),
    enabled,
  });
}

/** Communities page by page, for a list with a "show more" button. */
export function useCommunityPages(params: { mine?: boolean; q?: string | undefined }) {
  return useInfiniteQuery({
    queryKey: [...COMMUNITIES_KEY, 'pages', params],
    queryFn: ({ pageParam }) => api.get<CommunityList>(listPath({ ...params, offset: pageParam })),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => (last.hasMore ? pages.reduce((n, page) => n + page.items.length, 0) : undefined),
  });
}

function listPath(params: { mine?: boolean; q?: string | undefined; limit?: number; offset?: number }) {
  return `/network/communities${query({
    mine: params.mine ? 'true' : undefined,
    q: params.q || undefined,
    limit: params.limit,
    offset: params.offset || undefined,
  })}`;
}

export const communityKey = (slug: string) => [...COMMUNITIES_KEY, 'detail', slug] as const;

export function useCommunity(slug: string) {
  return useQuery({
    queryKey: communityKey(slug),
    queryFn: () => api.get<CommunityDetail>(`/network/communities/${encodeURIComponent(slug)}`),
  });
}

export function useCommunityMembers(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: [...communityKey(slug), 'members'],
    queryFn: () => api.get<CommunityMembers>(`/network/communities/${encodeURIComponent(slug)}/members`),
    enabled,
  });
}

/** The community's API path for an action. */
export const communityPath = (idOrSlug: string, rest = '') =>
  `/network/communities/${encodeURIComponent(idOrSlug)}${rest}`;
