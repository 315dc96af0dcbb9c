import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ModerationQueue,
  MyPostsOfQuestion,
  PostKind,
  PostModerationState,
} from '../../../../shared/contracts/network-moderation.ts';
import { api, query } from '../../../api/client.ts';

// The moderation's server state. Every key starts with 'network-moderation', so an action refreshes the
// queue and the question page's "mine and reported" at once.

export const MODERATION_KEY = ['network-moderation'] as const;
export const queueKey = (community: string | undefined) => ['network-moderation', 'queue', community ?? ''] as const;
export const myPostsKey = (questionId: string) => ['network-moderation', 'mine', questionId] as const;

export function useModerationQueue(community: string | undefined) {
  return useQuery({
    queryKey: queueKey(community),
    queryFn: () => api.get<ModerationQueue>(`/network/moderation/queue${query({ community })}`),
    retry: false,
  });
}

/** Which of the question's posts are mine and which I reported: one request per question page. */
export function useMyPosts(questionId: string) {
  return useQuery({
    queryKey: myPostsKey(questionId),
    queryFn: () => api.get<MyPostsOfQuestion>(`/network/moderation/questions/${encodeURIComponent(questionId)}/mine`),
    staleTime: 30_000,
    retry: false,
  });
}

export type ModerationAction = 'approve' | 'refuse' | 'hide' | 'unhide' | 'dismiss-reports' | 'report';

export interface ModerationRequest {
  action: ModerationAction;
  postKind: PostKind;
  postId: string;
  reason?: string;
}

/** Any moderator's action on a post, or a report of it; refreshes everything moderation shows. */
export function useModerate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, postKind, postId, reason }: ModerationRequest) => {
      if (action === 'report') return api.post<unknown>('/network/moderation/reports', { postKind, postId, reason });
      const path = `/network/moderation/posts/${postKind}/${encodeURIComponent(postId)}/${action}`;
      return api.post<PostModerationState | { dismissed: number }>(path, action === 'approve' ? undefined : { reason });
    },
    onSettled: () => client.invalidateQueries({ queryKey: MODERATION_KEY }),
  });
}
