import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  OrganisationDetail,
  OrganisationMember,
  OrganisationSummary,
  Page,
} from '../../../shared/contracts/organisations.ts';
import { api, query } from '../../api/client.ts';

export interface DirectoryFilter {
  q?: string | undefined;
  land?: string | undefined;
  type?: string | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
}

export function useDirectory(filter: DirectoryFilter, enabled = true) {
  return useQuery({
    queryKey: ['organisations', 'directory', filter],
    queryFn: ({ signal }) =>
      api.get<Page<OrganisationSummary>>(
        `/organisations${query({ q: filter.q, land: filter.land, type: filter.type, offset: filter.offset, limit: filter.limit ?? 20 })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export const organisationKey = (id: string) => ['organisation', id] as const;

export function useOrganisation(id: string) {
  return useQuery({
    queryKey: organisationKey(id),
    queryFn: () => api.get<OrganisationDetail>(`/organisations/${encodeURIComponent(id)}`),
  });
}

export function useMembers(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['organisation', id, 'members'],
    queryFn: () => api.get<OrganisationMember[]>(`/organisations/${encodeURIComponent(id)}/members`),
    enabled,
  });
}
