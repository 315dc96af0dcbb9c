import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../../deps.ts';
import { rowsOf } from '../../platform/db/sql-rows.ts';
import { every } from '../../platform/jobs/every.ts';
import { eventMail, recipientsOf, sendAll } from './notices.ts';

/** How long before the start a reminder goes out. */
export const REMINDER_BEFORE_MS = 24 * 60 * 60_000;
const BATCH = 200;

interface Due {
  registration_id: string;
  person_id: string;
  event_id: string;
  title: string;
  starts_at: string | Date;
  place_name: string;
  online_url: string | null;
}

/**
 * Mails a reminder to everyone registered for an event that starts within the next day, once: the
 * rows are stamped `reminded_at` and committed before any mail leaves (skipping rows another process
 * is stamping), so two processes never remind a person twice. A failed mail is not sent again.
 */
export async function sendDueReminders(
  deps: Pick<Deps, 'db' | 'mailer' | 'config'>,
  now = new Date(),
  log?: FastifyBaseLogger,
) {
  const until = new Date(now.getTime() + REMINDER_BEFORE_MS);
  const result = await deps.db.execute(sql`
    update event_registrations r set reminded_at = ${now.toISOString()}::timestamptz
    from events e
    where r.id in (
      select r2.id from event_registrations r2 join events e2 on e2.id = r2.event_id
      where r2.state = 'registered' and r2.reminded_at is null and e2.cancelled_at is null
        and e2.starts_at > ${now.toISOString()}::timestamptz and e2.starts_at <= ${until.toISOString()}::timestamptz
      order by e2.starts_at limit ${BATCH}
      for update of r2 skip locked
    ) and e.id = r.event_id
    returning r.id as registration_id, r.person_id, e.id as event_id, e.title, e.starts_at, e.place_name, e.online_url`);
  const due = rowsOf<Due>(result);
  if (due.length === 0) return 0;
  const recipients = await recipientsOf(
    deps.db,
    due.map((d) => d.person_id),
  );
  const mails = due.flatMap((d) => {
    const to = recipients.get(d.person_id);
    if (!to) return [];
    const event = {
      id: d.event_id,
      title: d.title,
      startsAt: new Date(d.starts_at),
      placeName: d.place_name,
      onlineUrl: d.online_url,
    };
    return [eventMail('reminder', to, event, deps.config.publicUrl)];
  });
  await sendAll(deps, mails, log);
  return mails.length;
}

/** Looks for due reminders every ten minutes in every process that serves the API. */
export function startEventReminders(deps: Pick<Deps, 'db' | 'mailer' | 'config'>, log?: FastifyBaseLogger) {
  return every(
    10 * 60_000,
    async () => {
      const sent = await sendDueReminders(deps, new Date(), log);
      if (sent > 0) log?.info({ sent }, 'event reminders sent');
    },
    { firstAfterMs: 5 * 60_000, onError: (err) => log?.error({ err }, 'event reminders failed') },
  );
}
