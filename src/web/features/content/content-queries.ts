import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, query } from '../../api/client.ts';
import { createActionKey } from '../../api/idempotency.ts';
import type {
  ContentPage,
  ContentVersion,
  CreatePageInput,
  OrganisationXliffInput,
  PageDiff,
  PageListItem,
  PageMetaInput,
  SaveVersionInput,
  StatusMatrix,
  XliffCheck,
  XliffConfirmation,
} from './content-types.ts';
import { postForFile } from './xliff-download.ts';

// The content pages' server state. Every key starts with 'content', so one invalidation after a
// change refreshes the page, its versions, the tree and the status matrix.

export interface MatrixFilter {
  status?: string | undefined;
  language?: string | undefined;
}

const pageKey = (id: string) => ['content', 'page', id] as const;

/** The address of one API route, for links the browser follows itself (downloads). */
export const apiUrl = (path: string) => `/api${path}`;

export const statusCsvUrl = (organisationId: string, filter: MatrixFilter) =>
  apiUrl(`/content/organisations/${organisationId}/translation-status.csv${query({ ...filter })}`);

export const xliffUrl = (pageId: string, target: string, version: '1.2' | '2.0') =>
  apiUrl(`/content/pages/${pageId}/xliff${query({ target, version })}`);

export function useOrganisationPages(organisationId: string) {
  return useQuery({
    queryKey: ['content', 'pages', organisationId],
    queryFn: async () =>
      (await api.get<{ pages: PageListItem[] }>(`/content/organisations/${organisationId}/pages`)).pages,
  });
}

/** The whole matrix; the status page filters it in place, so it can say how many pages the filter leaves. */
export function useStatusMatrix(organisationId: string) {
  return useQuery({
    queryKey: ['content', 'status', organisationId],
    queryFn: () => api.get<StatusMatrix>(`/content/organisations/${organisationId}/translation-status`),
  });
}

export function usePage(id: string) {
  return useQuery({ queryKey: pageKey(id), queryFn: () => api.get<ContentPage>(`/content/pages/${id}`) });
}

export function useVersions(id: string, language: string | undefined) {
  return useQuery({
    queryKey: ['content', 'versions', id, language],
    queryFn: () => api.get<ContentVersion[]>(`/content/pages/${id}/versions${query({ language })}`),
    enabled: Boolean(language),
  });
}

export function usePageDiff(
  id: string,
  language: string | undefined,
  from: number | undefined,
  to: number | undefined,
) {
  return useQuery({
    queryKey: ['content', 'diff', id, language, from, to],
    queryFn: () => api.get<PageDiff>(`/content/pages/${id}/diff${query({ language, from, to })}`),
    enabled: Boolean(language) && from !== undefined && to !== undefined && from !== to,
  });
}

function useRefresh() {
  const client = useQueryClient();
  return (page?: ContentPage) => {
    if (page) client.setQueryData(pageKey(page.id), page);
    return client.invalidateQueries({ queryKey: ['content'] });
  };
}

export function useCreatePage() {
  const refresh = useRefresh();
  // Pressing the button again after a lost answer is a retry: it cannot create the page twice.
  const [key] = useState(createActionKey);
  return useMutation({
    mutationFn: (input: CreatePageInput) =>
      api.post<ContentPage>('/content/pages', input, { idempotencyKey: key.for(input) }),
    onSuccess: (page) => {
      key.done();
      return refresh(page);
    },
  });
}

export function useSaveVersion(pageId: string, language: string) {
  const refresh = useRefresh();
  const [key] = useState(createActionKey);
  return useMutation({
    mutationFn: (input: SaveVersionInput) =>
      api.put<ContentPage>(`/content/pages/${pageId}/languages/${encodeURIComponent(language)}`, input, {
        idempotencyKey: key.for(input),
      }),
    onSuccess: (page) => {
      key.done();
      return refresh(page);
    },
  });
}

export function useUpdateMeta(pageId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: PageMetaInput) => api.patch<ContentPage | undefined>(`/content/pages/${pageId}`, input),
    onSuccess: (page) => refresh(page ?? undefined),
  });
}

export function useDeletePage(pageId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/content/pages/${pageId}`),
    onSuccess: () => {
      client.removeQueries({ queryKey: pageKey(pageId) });
      return client.invalidateQueries({ queryKey: ['content'] });
    },
    // Refused because of pages below it or links from elsewhere: what this browser shows may be behind.
    onError: () => client.invalidateQueries({ queryKey: ['content'] }),
  });
}

export function useRestoreVersion(pageId: string, language: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { number: number; minor?: boolean }) =>
      api.post<ContentPage | undefined>(
        `/content/pages/${pageId}/languages/${encodeURIComponent(language)}/restore`,
        input,
      ),
    onSuccess: (page) => refresh(page ?? undefined),
  });
}

/** Sends an XLIFF file to be checked against the pages as they are now; nothing is written until it is confirmed. */
export function useCheckXliff(target: string) {
  return useMutation({
    mutationFn: (file: File) =>
      api.post<XliffCheck>(
        `/content/xliff${query({ name: file.name.slice(0, 255) || undefined, target })}`,
        new Blob([file], { type: 'application/xliff+xml' }),
      ),
  });
}

export function useConfirmXliff() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (checkId: string) => api.post<XliffConfirmation>(`/content/xliff/${checkId}/confirm`),
    onSuccess: () => refresh(),
  });
}

/** The organisation's pages for one target language in one XLIFF file, saved by the browser; they count as sent out. */
export function useExportOrganisationXliff(organisationId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: OrganisationXliffInput) => postForFile(`/content/organisations/${organisationId}/xliff`, input),
    onSuccess: () => refresh(),
  });
}
