import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateWikiPageInput,
  EditWikiPageInput,
  RestoreWikiInput,
  WikiCreated,
  WikiDiff,
  WikiHistory,
  WikiPageList,
  WikiPageView,
} from '../../../../shared/contracts/network-wiki.ts';
import { api, query } from '../../../api/client.ts';

const WIKI_KEY = ['network', 'wiki'] as const;
const pagePath = (id: string, rest = '') => `/network/wiki/pages/${encodeURIComponent(id)}${rest}`;

export function useWikiPages(community: string | undefined) {
  return useQuery({
    queryKey: [...WIKI_KEY, 'list', community ?? null],
    queryFn: () => api.get<WikiPageList>(`/network/wiki/pages${query({ community })}`),
  });
}

export const wikiPageKey = (id: string) => [...WIKI_KEY, 'page', id] as const;

export function useWikiPage(id: string) {
  return useQuery({ queryKey: wikiPageKey(id), queryFn: () => api.get<WikiPageView>(pagePath(id)) });
}

export function useWikiHistory(id: string) {
  return useQuery({
    queryKey: [...WIKI_KEY, 'page', id, 'history'],
    queryFn: () => api.get<WikiHistory>(pagePath(id, '/revisions')),
  });
}

export function useWikiDiff(id: string, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: [...WIKI_KEY, 'page', id, 'diff', from, to],
    queryFn: () => api.get<WikiDiff>(pagePath(id, `/diff${query({ from, to })}`)),
    enabled: from !== undefined && to !== undefined && from !== to,
  });
}

/** Every change of the wiki makes its lists, pages and histories stale. */
function useWikiMutation<I, O>(run: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => client.invalidateQueries({ queryKey: WIKI_KEY }) });
}

export const useCreateWikiPage = () =>
  useWikiMutation((input: CreateWikiPageInput) => api.post<WikiCreated>('/network/wiki/pages', input));

export const useEditWikiPage = (id: string) =>
  useWikiMutation((input: EditWikiPageInput) => api.put<{ revision: number }>(pagePath(id), input));

export const useRestoreWikiRevision = (id: string) =>
  useWikiMutation((input: RestoreWikiInput) => api.post<{ revision: number }>(pagePath(id, '/restore'), input));

export const useCheckWikiPage = (id: string) => useWikiMutation(() => api.post(pagePath(id, '/check')));

export const useDeleteWikiPage = (id: string) => useWikiMutation(() => api.delete(pagePath(id)));

export const useWikiSettings = (id: string) =>
  useWikiMutation((checkEveryDays: number) => api.patch(pagePath(id, '/settings'), { checkEveryDays }));
