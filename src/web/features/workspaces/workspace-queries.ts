import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  WorkspaceDetail,
  WorkspaceInvitation,
  WorkspaceJoinRequest,
  WorkspaceList,
  WorkspaceRole,
} from '../../../shared/contracts/workspaces.ts';
import { api, query } from '../../api/client.ts';
import { SIDEBAR_KEY } from './chat/chat-queries.ts';

export const WORKSPACES_KEY = ['workspaces'] as const;
export const workspaceKey = (id: string) => ['workspaces', 'detail', id] as const;

const path = (id: string) => `/workspaces/${encodeURIComponent(id)}`;

export function useWorkspaceList(q: string) {
  return useQuery({
    queryKey: ['workspaces', 'list', q],
    queryFn: () => api.get<WorkspaceList>(`/workspaces${query({ discover: 'true', q, limit: 100 })}`),
  });
}

export function useWorkspace(id: string | null) {
  return useQuery({
    queryKey: workspaceKey(id ?? ''),
    queryFn: () => api.get<WorkspaceDetail>(path(id ?? '')),
    enabled: Boolean(id),
  });
}

export function useJoinRequests(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['workspaces', 'join-requests', id],
    queryFn: () => api.get<WorkspaceJoinRequest[]>(`${path(id)}/join-requests`),
    enabled,
  });
}

export function useInvitations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['workspaces', 'invitations', id],
    queryFn: () => api.get<WorkspaceInvitation[]>(`${path(id)}/invitations`),
    enabled,
  });
}

/** A change to a workspace's people; afterwards everything about workspaces (and the chat's list of them) is fetched again. */
function useWorkspaceMutation<T>(fn: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: WORKSPACES_KEY }),
        client.invalidateQueries({ queryKey: SIDEBAR_KEY }),
      ]),
  });
}

export function useJoin(id: string) {
  return useWorkspaceMutation(() => api.post(`${path(id)}/join`));
}

export function useRequestToJoin(id: string) {
  return useWorkspaceMutation((message: string) => api.post(`${path(id)}/join-requests`, message ? { message } : {}));
}

export function useAnswerJoinRequest(id: string) {
  return useWorkspaceMutation(({ requestId, accept }: { requestId: string; accept: boolean }) =>
    api.post(`${path(id)}/join-requests/${encodeURIComponent(requestId)}`, { accept }),
  );
}

export function useInvite(id: string) {
  return useWorkspaceMutation((input: { email: string; role: WorkspaceRole }) =>
    api.post<WorkspaceInvitation>(`${path(id)}/invitations`, input),
  );
}

export function useRevokeInvitation(id: string) {
  return useWorkspaceMutation((invitationId: string) =>
    api.delete(`${path(id)}/invitations/${encodeURIComponent(invitationId)}`),
  );
}

export function useAddMember(id: string) {
  return useWorkspaceMutation((input: { personId: string; role: WorkspaceRole }) =>
    api.post(`${path(id)}/members`, input),
  );
}

export function useChangeRole(id: string) {
  return useWorkspaceMutation(({ personId, role }: { personId: string; role: WorkspaceRole }) =>
    api.patch(`${path(id)}/members/${encodeURIComponent(personId)}`, { role }),
  );
}

export function useRemoveMember(id: string) {
  return useWorkspaceMutation((personId: string) => api.delete(`${path(id)}/members/${encodeURIComponent(personId)}`));
}

export function useUpdateWorkspace(id: string) {
  return useWorkspaceMutation(
    (input: { name?: string; description?: string; visibility?: 'members' | 'owner' | 'platform' }) =>
      api.patch(path(id), input),
  );
}
