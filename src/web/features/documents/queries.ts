import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../../api/client.ts';
import type {
  DocumentApproval,
  DocumentDetail,
  DocumentItem,
  DocumentPreview,
  DocumentSpace,
  DocumentSpaceList,
  FolderListing,
  RetentionRule,
  SpaceKind,
  TrashListing,
} from './document-types.ts';

// The documents' server state. Every key starts with 'documents', so a change refreshes every
// listing and page that shows it (a move changes two folders, a new version the file and its folder).

export const DOCUMENTS_KEY = ['documents'] as const;
const enc = encodeURIComponent;
const spacePath = (kind: SpaceKind, id: string) => `/documents/spaces/${enc(kind)}/${enc(id)}`;

export const spacesKey = ['documents', 'spaces'] as const;
export const folderKey = (kind: SpaceKind, id: string, folder: string | undefined) =>
  ['documents', 'folder', kind, id, folder ?? null] as const;
export const trashKey = (kind: SpaceKind, id: string) => ['documents', 'trash', kind, id] as const;
export const nodeKey = (id: string) => ['documents', 'node', id] as const;

export function useSpaces() {
  return useQuery({
    queryKey: spacesKey,
    queryFn: async () => (await api.get<DocumentSpaceList>('/documents/spaces')).spaces,
  });
}

/** How often an open folder or file asks again: others' locks, versions and approvals show without a reload. */
const REFRESH_MS = 30_000;

export function useFolder(kind: SpaceKind, id: string, folder: string | undefined) {
  return useQuery({
    queryKey: folderKey(kind, id, folder),
    queryFn: () => api.get<FolderListing>(`${spacePath(kind, id)}/items${query({ folder })}`),
    refetchInterval: REFRESH_MS,
  });
}

export function useTrash(kind: SpaceKind, id: string) {
  return useQuery({
    queryKey: trashKey(kind, id),
    queryFn: () => api.get<TrashListing>(`${spacePath(kind, id)}/trash`),
  });
}

export function useNode(id: string) {
  return useQuery({
    queryKey: nodeKey(id),
    queryFn: () => api.get<DocumentDetail>(`/documents/nodes/${enc(id)}`),
    refetchInterval: REFRESH_MS,
  });
}

export function usePreview(id: string, version: number | null, enabled: boolean) {
  return useQuery({
    queryKey: [...nodeKey(id), 'preview', version] as const,
    queryFn: () => api.get<DocumentPreview>(`/documents/nodes/${enc(id)}/preview`),
    enabled,
  });
}

/** The address of a file's bytes: saved, or shown by the browser itself (`inline`). */
export function contentUrl(id: string, options: { version?: string | undefined; inline?: boolean } = {}) {
  return `/api/documents/nodes/${enc(id)}/content${query({ version: options.version, inline: options.inline })}`;
}

/**
 * A write on documents; afterwards every documents query is refreshed. The refresh is not awaited: a
 * form the new state removes (an answered approval) still hears its own success.
 */
export function useDocumentsWrite<TInput, TResult>(write: (input: TInput) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: DOCUMENTS_KEY });
    },
  });
}

export const documentsApi = {
  createFolder: (kind: SpaceKind, id: string, input: { name: string; parentId: string | null }) =>
    api.post<DocumentItem>(`${spacePath(kind, id)}/folders`, input),
  update: (id: string, input: { name?: string; parentId?: string | null; description?: string; tags?: string[] }) =>
    api.patch<DocumentItem>(`/documents/nodes/${enc(id)}`, input),
  copy: (id: string, input: { parentId: string | null; name?: string }) =>
    api.post<DocumentItem>(`/documents/nodes/${enc(id)}/copy`, input),
  trash: (id: string) => api.delete(`/documents/nodes/${enc(id)}`),
  restore: (id: string) => api.post<DocumentItem>(`/documents/nodes/${enc(id)}/restore`),
  purge: (id: string) => api.delete(`/documents/nodes/${enc(id)}/purge`),
  restoreVersion: (id: string, versionId: string) =>
    api.post<DocumentItem>(`/documents/nodes/${enc(id)}/versions/${enc(versionId)}/restore`),
  lock: (id: string, minutes?: number) =>
    api.post<DocumentItem>(`/documents/nodes/${enc(id)}/lock`, minutes ? { minutes } : {}),
  unlock: (id: string) => api.delete<DocumentItem>(`/documents/nodes/${enc(id)}/lock`),
  requestApproval: (id: string, input: { reviewerIds: string[]; message?: string }) =>
    api.post<DocumentApproval>(`/documents/nodes/${enc(id)}/approvals`, input),
  decide: (approvalId: string, input: { decision: 'approved' | 'rejected'; comment?: string }) =>
    api.post<DocumentApproval>(`/documents/approvals/${enc(approvalId)}/decision`, input),
  withdraw: (approvalId: string) => api.delete(`/documents/approvals/${enc(approvalId)}`),
  retention: () => api.get<RetentionRule>('/admin/documents/retention'),
  saveRetention: (rule: RetentionRule) => api.put<RetentionRule>('/admin/documents/retention', rule),
  setQuota: (kind: SpaceKind, id: string, bytes: number | null) =>
    api.put<DocumentSpace>(`${spacePath(kind, id)}/quota`, { bytes }),
};
