import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

/** One VEVENT: an event or a session. */
export interface IcsEntry {
  /** `event-<id>` or `event-session-<id>`; the host of the platform is added, so the UID is unique worldwide. */
  uid: string;
  /** Counted up with every change, so calendar programs replace what they hold. */
  sequence: number;
  /** When this version was made (DTSTAMP). */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  placeName: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  onlineUrl: string | null;
  url: string;
  cancelled: boolean;
}

/**
 * An iCalendar file (RFC 5545) of the entries, times in UTC. Calendar programs match entries by UID
 * and keep the one with the highest SEQUENCE.
 */
export function icsOf(publicUrl: string, name: string, entries: IcsEntry[]): string {
  const host = new URL(publicUrl).hostname;
  const calendar = ical({
    name,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'Allmende', product: 'Veranstaltungen', language: 'DE' },
  });
  for (const entry of entries) {
    const place = [entry.placeName, entry.address].filter(Boolean).join(', ');
    const where = place || entry.onlineUrl || '';
    calendar.createEvent({
      id: `${entry.uid}@${host}`,
      sequence: entry.sequence,
      stamp: entry.stamp,
      start: entry.start,
      end: entry.end,
      summary: entry.summary,
      description: [entry.description, entry.onlineUrl && place ? entry.onlineUrl : ''].filter(Boolean).join('\n\n'),
      location:
        where && entry.latitude !== null && entry.longitude !== null
          ? { title: where, geo: { lat: entry.latitude, lon: entry.longitude } }
          : where || null,
      url: entry.url,
      status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
