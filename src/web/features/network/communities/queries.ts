import { useQuery } from '@tanstack/react-query';
import type {
  CommunityDetail,
  CommunityList,
  CommunityMembers,
} from '../../../../shared/contracts/network-communities.ts';
import { api, query } from '../../../api/client.ts';

export const COMMUNITIES_KEY = ['network', 'communities'] as const;

export function useCommunities(params: { mine?: boolean; q?: string | undefined }, enabled = true) {
  return useQuery({
    queryKey: [...COMMUNITIES_KEY, 'list', params],
    queryFn: () =>
      api.get<CommunityList>(
        `/network/communities${query({ mine: params.mine ? 'true' : undefined, q: params.q || undefined })}`,
      ),
    enabled,
  });
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
