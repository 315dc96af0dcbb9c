import { inArray } from 'drizzle-orm';
import { EVENT_TIME_ZONE } from '../../../shared/contracts/events.ts';
import type { Deps } from '../../deps.ts';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Mail } from '../../platform/mail/mailer.ts';

// The mails of the events area, in the person's language; times in Europe/Berlin.

export type NoticeKind = 'moved-up' | 'event-cancelled' | 'reminder';

export interface Recipient {
  email: string;
  name: string;
  locale: string;
}

export interface NoticeEvent {
  id: string;
  title: string;
  startsAt: Date;
  placeName: string;
  onlineUrl: string | null;
  cancelReason?: string;
}

export function whenText(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: EVENT_TIME_ZONE,
  }).format(date);
}

/** One mail of the given kind to one person. */
export function eventMail(kind: NoticeKind, to: Recipient, event: NoticeEvent, publicUrl: string): Mail {
  const en = to.locale === 'en';
  const link = `${publicUrl}/events/${event.id}`;
  const when = whenText(event.startsAt, to.locale);
  const where = [event.placeName, event.onlineUrl].filter(Boolean).join(' · ');
  const subject = {
    'moved-up': en ? `You have a place: “${event.title}”` : `Sie haben einen Platz: „${event.title}“`,
    'event-cancelled': en ? `Cancelled: “${event.title}”` : `Abgesagt: „${event.title}“`,
    reminder: en ? `Tomorrow: “${event.title}”` : `Morgen: „${event.title}“`,
  }[kind];
  const lead = {
    'moved-up': en
      ? 'A place became free and you have moved up from the waitlist. You are now registered.'
      : 'Ein Platz ist frei geworden, Sie sind von der Warteliste nachgerückt und nun angemeldet.',
    'event-cancelled': en
      ? 'The organisers have cancelled this event.'
      : 'Die Veranstalter haben diese Veranstaltung abgesagt.',
    reminder: en
      ? 'A reminder of the event you registered for:'
      : 'Eine Erinnerung an die Veranstaltung, für die Sie angemeldet sind:',
  }[kind];
  const lines = [
    en ? `Hello ${to.name},` : `Guten Tag ${to.name},`,
    '',
    lead,
    '',
    `${event.title}`,
    `${when}${en ? '' : ' Uhr'} (${EVENT_TIME_ZONE})`,
    ...(where ? [where] : []),
    ...(kind === 'event-cancelled' && event.cancelReason ? ['', event.cancelReason] : []),
    '',
    link,
  ];
  return { to: to.email, subject, text: lines.join('\n') };
}

export async function recipientsOf(tx: Tx, personIds: string[]): Promise<Map<string, Recipient>> {
  if (personIds.length === 0) return new Map();
  const rows = await tx
    .select({
      id: persons.id,
      email: persons.email,
      name: persons.name,
      locale: persons.locale,
      deletedAt: persons.deletedAt,
    })
    .from(persons)
    .where(inArray(persons.id, personIds));
  return new Map(rows.filter((r) => r.deletedAt === null).map((r) => [r.id, r]));
}

/** Sends after the commit; a failed mail is logged and does not undo what happened. */
export async function sendAll(
  deps: Pick<Deps, 'mailer'>,
  mails: Mail[],
  log?: { warn(obj: object, msg: string): void },
) {
  for (const mail of mails) {
    try {
      await deps.mailer.send(mail);
    } catch (err) {
      log?.warn({ err, to: mail.to }, 'event mail failed');
    }
  }
}
