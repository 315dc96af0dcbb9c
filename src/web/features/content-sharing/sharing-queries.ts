import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../../api/client.ts';
import type { ExchangeSearch } from './exchange-search.ts';
import { EXCHANGE_PAGE_SIZE } from './exchange-search.ts';
import type {
  AdoptInput,
  Adoption,
  ExchangeList,
  ExchangePage,
  LinkChange,
  LocalTextInput,
  PlatformSavings,
  Savings,
  ShareInput,
  SharingContentPage,
} from './sharing-types.ts';

// Every key starts with 'content' (as the content area's do), so a change made here refreshes the
// organisation's tree and status matrix, and a change made there refreshes these pages.

/** The same key the content area keeps a page under: both areas show one copy of it. */
const pageKey = (id: string) => ['content', 'page', id] as const;

export function useExchange(search: ExchangeSearch) {
  const params = { ...search, limit: EXCHANGE_PAGE_SIZE };
  return useQuery({
    queryKey: ['content', 'exchange', params],
    queryFn: () => api.get<ExchangeList>(`/content/exchange${query(params)}`),
    // The previous result stays on screen while the next filter's answer is on its way.
    placeholderData: keepPreviousData,
  });
}

export function useExchangePage(id: string) {
  return useQuery({
    queryKey: ['content', 'exchange-page', id],
    queryFn: () => api.get<ExchangePage>(`/content/exchange/${id}`),
  });
}

export function useContentPage(id: string) {
  return useQuery({ queryKey: pageKey(id), queryFn: () => api.get<SharingContentPage>(`/content/pages/${id}`) });
}

export function useAdoptions(id: string, enabled = true) {
  return useQuery({
    queryKey: ['content', 'adoptions', id],
    queryFn: () => api.get<Adoption[]>(`/content/pages/${id}/adoptions`),
    enabled,
  });
}

export function useLinkChanges(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['content', 'changes', id],
    queryFn: () => api.get<LinkChange[]>(`/content/pages/${id}/changes`),
    enabled,
  });
}

export function useSavings(organisationId: string) {
  return useQuery({
    queryKey: ['content', 'savings', organisationId],
    queryFn: () => api.get<Savings>(`/content/organisations/${organisationId}/savings`),
  });
}

export function usePlatformSavings() {
  return useQuery({
    queryKey: ['public', 'content-savings'],
    queryFn: () => api.get<PlatformSavings>('/public/content/savings'),
    staleTime: 60_000,
  });
}

/** After a change: the page's new state at once, everything else of the area fetched again. */
function useRefresh() {
  const client = useQueryClient();
  return (page?: SharingContentPage) => {
    if (page) client.setQueryData(pageKey(page.id), page);
    return client.invalidateQueries({ queryKey: ['content'] });
  };
}

export function useSharePage(pageId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: ShareInput) => api.put<SharingContentPage>(`/content/pages/${pageId}/sharing`, input),
    onSuccess: (page) => refresh(page),
  });
}

/**
 * `onAdopted` runs before the caches change: the adopt form is gone once the exchange page knows the
 * page is adopted, and a callback given to `mutate` would not run then.
 */
export function useAdoptPage(sourceId: string, onAdopted: (page: SharingContentPage, input: AdoptInput) => void) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: AdoptInput) => api.post<SharingContentPage>(`/content/pages/${sourceId}/adopt`, input),
    onSuccess: (page, input) => {
      onAdopted(page, input);
      return refresh(page);
    },
  });
}

export function useSaveLocalText(pageId: string, language: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: LocalTextInput) =>
      api.put<SharingContentPage>(`/content/pages/${pageId}/local/${encodeURIComponent(language)}`, input),
    onSuccess: (page) => refresh(page),
  });
}

export function useTakeChange(pageId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (changeId: string) => api.post<SharingContentPage>(`/content/pages/${pageId}/changes/${changeId}/take`),
    onSuccess: (page) => refresh(page),
  });
}

/** `onCopied` runs first, for the same reason as `onAdopted`: the section is gone once the page is a copy. */
export function useMakeCopy(pageId: string, onCopied: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<SharingContentPage>(`/content/pages/${pageId}/copy`),
    onSuccess: () => {
      onCopied();
      // Fetched again rather than set at once, so the page left behind does not turn into a copy's first.
      return client.invalidateQueries({ queryKey: ['content'] });
    },
  });
}

export function useSetWordPrice(organisationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (wordPriceCents: number | null) =>
      api.put<Savings>(`/content/organisations/${organisationId}/settings`, { wordPriceCents }),
    onSuccess: (savings) => {
      client.setQueryData(['content', 'savings', organisationId], savings);
      return client.invalidateQueries({ queryKey: ['public', 'content-savings'] });
    },
  });
}
