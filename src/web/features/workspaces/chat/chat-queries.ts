import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Attachment,
  ChannelDetail,
  ChannelSummary,
  ChatMessage,
  Reaction,
  SearchResults,
  Sidebar,
  Thread,
} from '../../../../shared/contracts/chat.ts';
import { api, query } from '../../../api/client.ts';

export const CHAT_KEY = ['chat'] as const;
export const SIDEBAR_KEY = ['chat', 'sidebar'] as const;
export const channelKey = (id: string) => ['chat', 'channel', id] as const;
export const threadKey = (id: string) => ['chat', 'thread', id] as const;

const channelPath = (id: string) => `/channels/${encodeURIComponent(id)}`;
const messagePath = (id: string) => `/messages/${encodeURIComponent(id)}`;

export interface ChannelMember {
  id: string;
  name: string;
  role: 'owner' | 'member' | 'guest' | null;
}

export function useSidebar() {
  return useQuery({ queryKey: SIDEBAR_KEY, queryFn: () => api.get<Sidebar>('/chat/sidebar') });
}

export function useChannel(id: string | null) {
  return useQuery({
    queryKey: channelKey(id ?? ''),
    queryFn: () => api.get<ChannelDetail>(channelPath(id ?? '')),
    enabled: Boolean(id),
    retry: (count, error) => count < 2 && !(error instanceof Error && 'status' in error && error.status === 404),
  });
}

/** Everyone who reads the channel (up to 100): the @-autocomplete filters this list as one types. */
export function useChannelMembers(id: string | null) {
  return useQuery({
    queryKey: ['chat', 'members', id ?? ''],
    queryFn: () => api.get<{ items: ChannelMember[] }>(`${channelPath(id ?? '')}/members${query({ limit: 100 })}`),
    enabled: Boolean(id),
    staleTime: 30_000,
  });
}

export function useThread(rootId: string | null) {
  return useQuery({
    queryKey: threadKey(rootId ?? ''),
    queryFn: () => api.get<Thread>(`${messagePath(rootId ?? '')}/thread`),
    enabled: Boolean(rootId),
  });
}

export function useMessageSearch(q: string) {
  return useQuery({
    queryKey: ['chat', 'search', q],
    queryFn: () => api.get<SearchResults>(`/search/messages${query({ q, limit: 30 })}`),
    enabled: q.trim() !== '',
  });
}

/** Posts a message; the key makes a repeat (a retry after a lost answer) return the first post. */
export function postMessage(
  channelId: string,
  input: { text: string; threadRootId?: string; alsoInChannel?: boolean; attachmentIds?: string[] },
  idempotencyKey?: string,
) {
  return api.post<ChatMessage>(`${channelPath(channelId)}/messages`, input, { idempotencyKey });
}

export function editMessage(id: string, text: string) {
  return api.patch<ChatMessage>(messagePath(id), { text });
}

export function deleteMessage(id: string) {
  return api.delete(messagePath(id));
}

export function react(messageId: string, emoji: string, on: boolean) {
  const url = `${messagePath(messageId)}/reactions/${encodeURIComponent(emoji)}`;
  return on
    ? api.put<{ messageId: string; reactions: Reaction[] }>(url)
    : api.delete<{ messageId: string; reactions: Reaction[] }>(url);
}

export function markRead(channelId: string, seq: number) {
  return api.post<{ lastReadSeq: number }>(`${channelPath(channelId)}/read`, { seq });
}

/** Uploads a file for the next message. */
export function uploadAttachment(channelId: string, file: File) {
  return api.upload<Attachment>(`${channelPath(channelId)}/attachments`, file);
}

export function useCreateChannel(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; closed: boolean; topic?: string }) =>
      api.post<ChannelSummary>(`/workspaces/${encodeURIComponent(workspaceId)}/channels`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: CHAT_KEY }),
  });
}

export function useUpdateChannel(channelId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name?: string; topic?: string; archived?: boolean }) =>
      api.patch<ChannelSummary>(channelPath(channelId), input),
    onSuccess: () => client.invalidateQueries({ queryKey: CHAT_KEY }),
  });
}

export function useAddChannelMember(channelId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => api.post(`${channelPath(channelId)}/members`, { personId }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['chat', 'members', channelId] }),
  });
}

export function useOpenConversation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (personIds: string[]) => api.post<ChannelSummary>('/conversations', { personIds }),
    onSuccess: () => client.invalidateQueries({ queryKey: SIDEBAR_KEY }),
  });
}
