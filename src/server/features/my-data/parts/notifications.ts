import { sql } from 'drizzle-orm';
import { type DataPart, ROWS_PER_LIST, rows } from './part.ts';

/** The person's notifications (the bell), newest first. */
export const notificationsPart: DataPart = {
  name: 'notifications',
  async collect(tx, personId) {
    const notifications = await rows(
      tx,
      sql`select id, kind, data, link, created_at as "createdAt", read_at as "readAt", mailed_at as "mailedAt"
          from notifications where person_id = ${personId} order by created_at desc limit ${ROWS_PER_LIST}`,
    );
    return { json: { notifications } };
  },
};
