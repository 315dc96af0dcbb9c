import { sql } from 'drizzle-orm';
import { type DataPart, ROWS_PER_LIST, rows } from './part.ts';

/** Atlas records the person created, the saves they made, where they are a contact, and their interests. */
export const atlasPart: DataPart = {
  name: 'atlas',
  async collect(tx, personId) {
    const recordsCreated = await rows(
      tx,
      sql`select id, slug, title, summary, state, created_at as "createdAt", updated_at as "updatedAt",
            published_at as "publishedAt"
          from cooperations where created_by = ${personId} order by created_at limit ${ROWS_PER_LIST}`,
    );
    const revisions = await rows(
      tx,
      sql`select r.id, r.cooperation_id as "cooperationId", c.title as "recordTitle", r.number, r.action,
            r.snapshot, r.created_at as "createdAt"
          from cooperation_revisions r join cooperations c on c.id = r.cooperation_id
          where r.author_id = ${personId} order by r.created_at limit ${ROWS_PER_LIST}`,
    );
    const contactFor = await rows(
      tx,
      sql`select k.cooperation_id as "cooperationId", c.title as "recordTitle", k.role
          from cooperation_contacts k join cooperations c on c.id = k.cooperation_id
          where k.person_id = ${personId}`,
    );
    const interests = await rows(
      tx,
      sql`select i.id, i.cooperation_id as "cooperationId", c.title as "recordTitle", i.kind, i.message,
            i.created_at as "createdAt"
          from cooperation_interests i join cooperations c on c.id = i.cooperation_id
          where i.person_id = ${personId} order by i.created_at`,
    );
    return { json: { recordsCreated, revisions, contactFor, interests } };
  },
};
