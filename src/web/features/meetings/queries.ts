import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConnectionAnswer, JoinAnswer, Meeting, MeetingList } from '../../../shared/contracts/meetings.ts';
import { api, query } from '../../api/client.ts';
import { useRealtimeEvents } from '../realtime/use-realtime.tsx';

export const MEETINGS_KEY = ['meetings'] as const;
export const meetingKey = (id: string) => [...MEETINGS_KEY, 'detail', id] as const;
const path = (id: string) => `/meetings/${encodeURIComponent(id)}`;

export function useMeeting(id: string | null) {
  useMeetingEvents();
  return useQuery({
    queryKey: meetingKey(id ?? ''),
    queryFn: () => api.get<Meeting>(path(id ?? '')),
    enabled: id !== null,
  });
}

export function useChannelMeetings(channelId: string) {
  useMeetingEvents();
  return useQuery({
    queryKey: [...MEETINGS_KEY, 'channel', channelId],
    queryFn: () => api.get<MeetingList>(`/channels/${encodeURIComponent(channelId)}/meetings`),
  });
}

/** Keeps every meeting on screen current: meeting.changed carries the whole meeting. */
export function useMeetingEvents() {
  const client = useQueryClient();
  useRealtimeEvents((message) => {
    if (message.type !== 'meeting.changed' || !message.meeting) return;
    const meeting = message.meeting as Meeting;
    client.setQueryData(meetingKey(meeting.id), meeting);
    void client.invalidateQueries({ queryKey: [...MEETINGS_KEY, 'channel', meeting.channelId] });
  });
}

export const meetingApi = {
  start: (body: { channelId: string; title?: string; scheduledFor?: string; agenda?: string }) =>
    api.post<Meeting>('/meetings', body),
  connection: (id: string, video: boolean) => api.get<ConnectionAnswer>(`${path(id)}/connection${query({ video })}`),
  join: (id: string, connectionId: string, video: boolean) =>
    api.post<JoinAnswer>(`${path(id)}/join`, { connectionId, video }),
  leave: (id: string, connectionId: string) => api.post(`${path(id)}/leave`, { connectionId }),
  hand: (id: string, connectionId: string, raised: boolean) =>
    api.put<Meeting>(`${path(id)}/hand`, { connectionId, raised }),
  media: (id: string, connectionId: string, video: boolean) =>
    api.put<Meeting>(`${path(id)}/media`, { connectionId, video }),
  end: (id: string) => api.post<Meeting>(`${path(id)}/end`),
  notes: (id: string, notes: string) => api.put<Meeting>(`${path(id)}/notes`, { notes }),
  invitationUrl: (id: string) => `/api${path(id)}/invitation.ics`,
};

/** The meeting a chat message is the card of: its link in the text (the card checks it points back). */
export function meetingIdOfText(text: string): string | null {
  const match = /\/meetings\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/i.exec(text);
  return match?.[1]?.toLowerCase() ?? null;
}
