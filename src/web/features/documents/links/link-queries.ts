import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type { ChannelDocumentLinks } from '../../../../shared/contracts/document-links.ts';
import type { LinkedDocuments, LinkTargetKind } from '../../../../shared/contracts/documents.ts';
import type { UnifiedSearchResult } from '../../../../shared/contracts/search.ts';
import { api, query } from '../../../api/client.ts';

// Links between documents and messages, tasks and atlas records. Keys start with 'documents', so a
// change of a document (trash, rename) refreshes the lists that show it.

export type LinkedDocumentList = Static<typeof LinkedDocuments>;

const linkedKey = (kind: LinkTargetKind, id: string) => ['documents', 'linked', kind, id] as const;

export function useLinkedDocuments(kind: LinkTargetKind, id: string) {
  return useQuery({
    queryKey: linkedKey(kind, id),
    queryFn: () => api.get<LinkedDocumentList>(`/documents/linked${query({ targetKind: kind, targetId: id })}`),
  });
}

/** The documents under a channel's messages, in one request for the channel. */
export function useChannelDocumentLinks(channelId: string) {
  return useQuery({
    queryKey: ['documents', 'linked', 'channel', channelId] as const,
    queryFn: () => api.get<ChannelDocumentLinks>(`/documents/linked/messages${query({ channelId })}`),
    staleTime: 30_000,
    enabled: channelId !== '',
  });
}

/** The person's readable documents whose name or text matches, through the search over everything. */
export function useDocumentCandidates(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['documents', 'candidates', q] as const,
    queryFn: () => api.get<UnifiedSearchResult>(`/search${query({ q, group: 'documents', limit: 10 })}`),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
    select: (result) => result.groups.find((g) => g.kind === 'documents')?.hits ?? [],
  });
}

export function useLinkDocument(kind: LinkTargetKind, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (nodeId: string) =>
      api.post(`/documents/nodes/${encodeURIComponent(nodeId)}/links`, { targetKind: kind, targetId: id }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['documents'] }),
  });
}

export function useUnlinkDocument(kind: LinkTargetKind, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (nodeId: string) =>
      api.delete(`/documents/nodes/${encodeURIComponent(nodeId)}/links/${kind}/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['documents'] }),
  });
}
