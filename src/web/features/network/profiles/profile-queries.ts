import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SearchResult } from '../../../../shared/contracts/atlas.ts';
import type {
  AdminTagList,
  EndorsementResult,
  ExpertiseLevel,
  MergeResult,
  PeopleResult,
  PersonProfile,
  ProfileInput,
  ProofInput,
  TagSuggestions,
} from '../../../../shared/contracts/network-profiles.ts';
import type { MyProjects } from '../../../../shared/contracts/projects.ts';
import { api, query } from '../../../api/client.ts';
import type { PeopleSearch } from './people-search.ts';

// The profiles' server state; every key starts with 'network-profiles', so a change refreshes the lot.

const KEY = ['network-profiles'] as const;
const enc = encodeURIComponent;
export const PAGE_SIZE = 20;

export function useMyProfile() {
  return useQuery({ queryKey: [...KEY, 'me'], queryFn: () => api.get<PersonProfile>('/network/profiles/me') });
}

export function usePersonProfile(personId: string) {
  return useQuery({
    queryKey: [...KEY, 'person', personId],
    queryFn: () => api.get<PersonProfile>(`/network/profiles/${enc(personId)}`),
  });
}

export function usePeople(search: PeopleSearch) {
  const offset = ((search.page ?? 1) - 1) * PAGE_SIZE;
  return useQuery({
    queryKey: [...KEY, 'people', search],
    queryFn: () =>
      api.get<PeopleResult>(
        `/network/people${query({
          q: search.q,
          tag: search.tag,
          organisation: search.organisation,
          land: search.land,
          near: search.near,
          sort: search.sort,
          limit: PAGE_SIZE,
          offset,
        })}`,
      ),
  });
}

export function useTagSuggestions(q: string) {
  const trimmed = q.trim();
  return useQuery({
    queryKey: [...KEY, 'tags', trimmed],
    queryFn: () => api.get<TagSuggestions>(`/network/tags${query({ q: trimmed })}`),
    enabled: trimmed.length > 0,
    staleTime: 30_000,
  });
}

/** Published atlas records matching the words, from the atlas' own search, to name one as a proof. */
export function useAtlasRecordSuggestions(term: string, pageSize: number) {
  return useQuery({
    queryKey: [...KEY, 'atlas-records', term, pageSize],
    queryFn: ({ signal }) => api.get<SearchResult>(`/atlas/cooperations${query({ q: term, pageSize })}`, { signal }),
    enabled: term.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** The projects I see, to name one as a proof. */
export function useMyProjects(enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'my-projects'],
    queryFn: () => api.get<MyProjects>('/me/projects'),
    enabled,
  });
}

export function useAdminTags(q: string, offset: number) {
  return useQuery({
    queryKey: [...KEY, 'admin-tags', q, offset],
    queryFn: () => api.get<AdminTagList>(`/admin/network/tags${query({ q, offset, limit: 50 })}`),
  });
}

function useRefreshing<TInput, TResult>(send: (input: TInput) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: KEY }) });
}

export const useSaveProfile = () =>
  useRefreshing((input: ProfileInput) => api.put<PersonProfile>('/network/profiles/me', input));
export const useAddExpertise = () =>
  useRefreshing((input: { tagId?: string; name?: string; level: ExpertiseLevel }) =>
    api.post<PersonProfile>('/network/profiles/me/expertise', input),
  );
export const useChangeLevel = () =>
  useRefreshing(({ tagId, level }: { tagId: string; level: ExpertiseLevel }) =>
    api.put<PersonProfile>(`/network/profiles/me/expertise/${enc(tagId)}`, { level }),
  );
export const useRemoveExpertise = () =>
  useRefreshing((tagId: string) => api.delete(`/network/profiles/me/expertise/${enc(tagId)}`));
export const useAddProof = () =>
  useRefreshing(({ tagId, proof }: { tagId: string; proof: ProofInput }) =>
    api.post<PersonProfile>(`/network/profiles/me/expertise/${enc(tagId)}/proofs`, proof),
  );
export const useRemoveProof = () =>
  useRefreshing(({ tagId, proofId }: { tagId: string; proofId: string }) =>
    api.delete(`/network/profiles/me/expertise/${enc(tagId)}/proofs/${enc(proofId)}`),
  );
export const useEndorse = (personId: string) =>
  useRefreshing(({ tagId, note }: { tagId: string; note: string }) =>
    api.post<EndorsementResult>(`/network/profiles/${enc(personId)}/expertise/${enc(tagId)}/endorsements`, { note }),
  );
export const useWithdrawEndorsement = (personId: string) =>
  useRefreshing((tagId: string) =>
    api.delete<EndorsementResult>(`/network/profiles/${enc(personId)}/expertise/${enc(tagId)}/endorsements`),
  );
export const useMergeTag = () =>
  useRefreshing(({ id, into }: { id: string; into: string }) =>
    api.post<MergeResult>(`/network/tags/${enc(id)}/merge`, { into }),
  );
