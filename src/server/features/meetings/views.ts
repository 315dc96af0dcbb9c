import { MEETING_LIMITS, type Meeting, type MeetingStatus } from '../../../shared/contracts/meetings.ts';
import type { Tx } from '../../platform/db/client.ts';
import { inTurn } from '../../platform/db/in-turn.ts';
import { attendeesOf, type MeetingRow, personNames, presentParticipantsOf } from './queries.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A meeting as the API and the realtime event show it: who is in now, who took part, how long it ran. */
export async function meetingView(tx: Tx, row: MeetingRow, workspaceId: string | null): Promise<Meeting> {
  const [meeting] = await meetingViews(tx, [row], workspaceId);
  if (!meeting) throw new Error(`no view of meeting ${row.id}`);
  return meeting;
}

/** Several meetings of one channel as the API shows them, in three queries whatever their number. */
export async function meetingViews(tx: Tx, rows: MeetingRow[], workspaceId: string | null): Promise<Meeting[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [present, attendees, names] = await inTurn([
    () => presentParticipantsOf(tx, ids),
    () => attendeesOf(tx, ids),
    () => personNames(tx, [...new Set(rows.map((row) => row.createdBy))]),
  ] as const);
  return rows.map((row) =>
    viewOf(
      row,
      workspaceId,
      present.filter((p) => p.meetingId === row.id),
      attendees.filter((a) => a.meetingId === row.id).map(({ personId, name }) => ({ personId, name })),
      names.get(row.createdBy) ?? '',
    ),
  );
}

function viewOf(
  row: MeetingRow,
  workspaceId: string | null,
  present: Awaited<ReturnType<typeof presentParticipantsOf>>,
  attendees: Meeting['attendees'],
  creator: string,
): Meeting {
  const durationSeconds =
    row.startedAt && row.endedAt
      ? Math.max(0, Math.round((row.endedAt.getTime() - row.startedAt.getTime()) / 1000))
      : null;
  return {
    id: row.id,
    channelId: row.channelId,
    workspaceId,
    messageId: row.messageId,
    title: row.title,
    agenda: row.agenda,
    status: row.status as MeetingStatus,
    mediaMode: row.mediaMode as Meeting['mediaMode'],
    scheduledFor: iso(row.scheduledFor),
    startedAt: iso(row.startedAt),
    endedAt: iso(row.endedAt),
    durationSeconds,
    createdBy: { id: row.createdBy, name: creator },
    participants: present.map((p) => ({
      personId: p.personId,
      name: p.name,
      connectionId: p.connectionId,
      joinedAt: p.joinedAt.toISOString(),
      video: p.video,
      handRaised: p.handRaised,
    })),
    attendees,
    notes: row.notes,
    notesUpdatedAt: iso(row.notesUpdatedAt),
    limits: { video: MEETING_LIMITS.video, audioOnly: MEETING_LIMITS.audioOnly },
  };
}
