import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationCount, NotificationPage } from '../../../shared/contracts/notifications.ts';
import { api, query } from '../../api/client.ts';

/** Every cached answer about notifications starts with this key; realtime events invalidate it. */
export const NOTIFICATIONS_KEY = ['notifications'] as const;
const COUNT_KEY = [...NOTIFICATIONS_KEY, 'count'] as const;
const PAGE_SIZE = 30;

/** How many of my notifications are unread (for the bell). */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: COUNT_KEY,
    queryFn: () => api.get<NotificationCount>('/notifications/count'),
    enabled,
    // Realtime events keep it fresh; this only bounds how stale it gets if the socket is away.
    staleTime: 60_000,
  });
}

/** My notifications, newest first, page by page. */
export function useNotificationPages(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list', { unreadOnly }],
    queryFn: ({ pageParam }) =>
      api.get<NotificationPage>(
        `/notifications${query({ before: pageParam, limit: PAGE_SIZE, unread: unreadOnly ? 'true' : undefined })}`,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post(`/notifications/${encodeURIComponent(id)}/read`),
    onSettled: () => client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ marked: number }>('/notifications/read-all'),
    onSettled: () => client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
