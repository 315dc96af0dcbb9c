import { useQuery } from '@tanstack/react-query';
import type {
  AttendeeList,
  EventDetail,
  EventFeed,
  EventList,
  RegistrationList,
} from '../../../shared/contracts/events.ts';
import { api, query } from '../../api/client.ts';

export const EVENTS_KEY = ['events'] as const;
export const eventKey = (id: string) => [...EVENTS_KEY, 'detail', id] as const;

export function useEvents(when: 'upcoming' | 'past', mine = false) {
  return useQuery({
    queryKey: [...EVENTS_KEY, 'list', when, mine],
    queryFn: () => api.get<EventList>(`/events${query({ when, mine: mine ? 'true' : undefined, limit: 100 })}`),
  });
}

export function useEvent(id: string) {
  return useQuery({ queryKey: eventKey(id), queryFn: () => api.get<EventDetail>(`/events/${encodeURIComponent(id)}`) });
}

export function useAttendees(id: string) {
  return useQuery({
    queryKey: [...eventKey(id), 'attendees'],
    queryFn: () => api.get<AttendeeList>(`/events/${encodeURIComponent(id)}/attendees`),
  });
}

export function useRegistrations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...eventKey(id), 'registrations'],
    queryFn: () => api.get<RegistrationList>(`/events/${encodeURIComponent(id)}/registrations`),
    enabled,
  });
}

export const FEED_KEY = ['me', 'event-feed'] as const;
export function useEventFeed(enabled: boolean) {
  return useQuery({ queryKey: FEED_KEY, queryFn: () => api.get<EventFeed>('/me/event-feed'), enabled });
}

/** The API path of an event's (or a session's) iCalendar file, as a link the browser downloads. */
export const icsHref = (eventId: string, sessionId?: string) =>
  sessionId ? `/api/events/${eventId}/sessions/${sessionId}/calendar.ics` : `/api/events/${eventId}/calendar.ics`;
