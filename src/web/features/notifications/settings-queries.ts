import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationSettings, NotificationSettingsInput } from '../../../shared/contracts/notifications.ts';
import { api } from '../../api/client.ts';
import { NOTIFICATIONS_KEY } from './queries.ts';

const SETTINGS_KEY = ['notification-settings'] as const;

/** My notification settings: per kind in the app and by mail, and the digest frequency. */
export function useNotificationSettings() {
  return useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: () => api.get<NotificationSettings>('/me/notification-settings'),
  });
}

export function useSaveNotificationSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NotificationSettingsInput) => api.put<NotificationSettings>('/me/notification-settings', input),
    onSuccess: (settings) => {
      client.setQueryData(SETTINGS_KEY, settings);
      // The bell's list and count follow the choices made in the app.
      void client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    },
  });
}
