import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationItem } from '../../../shared/contracts/notifications.ts';
import { useNotices, useRealtimeEvents } from '../realtime/use-realtime.tsx';
import { isViewingChannel } from '../realtime/viewing-channel.ts';
import { describeNotification } from './describe-notification.ts';
import { NOTIFICATIONS_KEY } from './queries.ts';

/** New notifications arriving within this time are announced together, so a burst is one message. */
const GATHER_MS = 2_000;

/**
 * Keeps the bell and the notifications page current from the realtime socket (`notification.created`,
 * `notification.read`, also from the person's other tabs), and announces new notifications politely:
 * one notice for one, a count for a burst; none for a message in the channel on screen.
 */
export function useNotificationEvents() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { announce } = useNotices();
  const gathered = useRef<NotificationItem[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  useRealtimeEvents((message) => {
    if (message.type === 'notification.read') {
      void client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
      return;
    }
    if (message.type !== 'notification.created') return;
    void client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    const notification = message.notification as NotificationItem | undefined;
    if (!notification || typeof notification.kind !== 'string') return;
    // A message in the channel one is reading is on screen already: the bell counts it, no notice.
    if (isViewingChannel(notification.data?.channelId)) return;
    gathered.current.push({ ...notification, data: notification.data ?? {} });
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      const batch = gathered.current.splice(0);
      const [only] = batch;
      if (batch.length === 1 && only) {
        announce(t('notifications.announceOne', { sentence: describeNotification(t, only).sentence }));
      } else if (batch.length > 1) {
        announce(t('notifications.announceMany', { count: batch.length }));
      }
    }, GATHER_MS);
  });
}
