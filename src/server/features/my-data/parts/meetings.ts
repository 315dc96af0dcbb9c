import { sql } from 'drizzle-orm';
import { type DataPart, ROWS_PER_LIST, rows } from './part.ts';

/**
 * Meetings: when the person was in which meeting (each stay with its camera choice), the meetings they
 * started or scheduled, and the notes they last wrote. Media were never stored (browser to browser).
 */
export const meetingsPart: DataPart = {
  name: 'meetings',
  async collect(tx, personId) {
    const stays = await rows(
      tx,
      sql`select p.meeting_id as "meetingId", m.title as "meetingTitle", p.joined_at as "joinedAt",
            p.left_at as "leftAt", p.video
          from meeting_participants p join meetings m on m.id = p.meeting_id
          where p.person_id = ${personId} order by p.joined_at limit ${ROWS_PER_LIST}`,
    );
    const started = await rows(
      tx,
      sql`select id, title, agenda, status, scheduled_for as "scheduledFor", started_at as "startedAt",
            ended_at as "endedAt", created_at as "createdAt"
          from meetings where created_by = ${personId} order by created_at limit ${ROWS_PER_LIST}`,
    );
    const notes = await rows(
      tx,
      sql`select id as "meetingId", title, notes, notes_updated_at as "notesUpdatedAt"
          from meetings where notes_updated_by = ${personId} order by notes_updated_at limit ${ROWS_PER_LIST}`,
    );
    return { json: { stays, meetingsStarted: started, notesLastWrittenByYou: notes } };
  },
};
