import type { Meeting } from '../../../shared/contracts/meetings.ts';
import type { Tx } from '../../platform/db/client.ts';
import { emit } from '../../platform/events/outbox.ts';
import type { MeetingRow } from './queries.ts';
import { meetingView } from './views.ts';

/**
 * Tells the channel's readers how the meeting stands now (`meeting.changed`), in the transaction of the
 * change: the live card, the meeting screen's participant list and its announcements follow it.
 */
export async function announceMeeting(tx: Tx, row: MeetingRow, workspaceId: string | null): Promise<Meeting> {
  const meeting = await meetingView(tx, row, workspaceId);
  await emit(tx, {
    type: 'meeting.changed',
    payload: { channelId: row.channelId, meeting },
    audience: { kind: 'channel', channelId: row.channelId },
  });
  return meeting;
}
