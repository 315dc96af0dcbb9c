import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { fillFreePlaces } from '../../events/commands/waitlist.ts';

/**
 * Erases the person's event registrations; a place they held at an event still to come goes to the
 * first on its waitlist, as a cancellation would (told in the app). The events' rows are locked first,
 * in one order, as registering does, so a deletion and a registration at once take turns.
 */
export async function eraseEventRegistrations(tx: Tx, personId: string): Promise<void> {
  const held = rowsOf<{ eventId: string; capacity: number | null }>(
    await tx.execute(
      sql`select e.id as "eventId", e.capacity from events e
          where e.id in (select event_id from event_registrations where person_id = ${personId} and state = 'registered')
            and e.cancelled_at is null and e.starts_at > now()
          order by e.id for update of e`,
    ),
  );
  await tx.execute(sql`delete from event_registrations where person_id = ${personId}`);
  for (const event of held) await fillFreePlaces(tx, event.eventId, event.capacity);
}
