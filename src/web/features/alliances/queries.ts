import { useQuery } from '@tanstack/react-query';
import type { AllianceDetail, AllianceInvitation, AllianceSummary } from '../../../shared/contracts/alliances.ts';
import type { LaenderGeoJson } from '../../../shared/contracts/organisations.ts';
import { api, query } from '../../api/client.ts';

export function useAlliances(params: { mine?: boolean; q?: string | undefined }, enabled = true) {
  return useQuery({
    queryKey: ['alliances', 'list', params],
    queryFn: () =>
      api.get<{ items: AllianceSummary[] }>(
        `/alliances${query({ mine: params.mine ? 'true' : undefined, q: params.q })}`,
      ),
    enabled,
  });
}

export const allianceKey = (id: string) => ['alliances', 'detail', id] as const;

export function useAlliance(id: string) {
  return useQuery({
    queryKey: allianceKey(id),
    queryFn: () => api.get<AllianceDetail>(`/alliances/${encodeURIComponent(id)}`),
  });
}

/** Open invitations to the signed-in admin's organisation. */
export function useInvitations(enabled: boolean) {
  return useQuery({
    queryKey: ['alliances', 'invitations'],
    queryFn: () => api.get<AllianceInvitation[]>('/alliances/invitations'),
    enabled,
  });
}

/** The Länder outlines for maps; they never change while the app runs. */
export function useLaenderOutlines() {
  return useQuery({
    queryKey: ['geo', 'laender'],
    queryFn: () => api.get<LaenderGeoJson>('/geo/laender'),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}
