import type { Tx } from '../../platform/db/client.ts';
import { notFound, Problem } from '../../platform/errors/problem.ts';
import { type LoadedAccess, requireReadable } from '../chat/access.ts';
import { type MeetingRow, meetingRow } from './queries.ts';

export interface MeetingAccess {
  meeting: MeetingRow;
  channel: LoadedAccess;
}

/**
 * The meeting if the person may read its channel; otherwise 404, as if it did not exist. Workspace
 * guests see only the channels they were added to, so a meeting link works for them only there.
 */
export async function requireMeeting(
  tx: Tx,
  meetingId: string,
  personId: string,
  options: { lock?: boolean } = {},
): Promise<MeetingAccess> {
  const meeting = await meetingRow(tx, meetingId, options);
  if (!meeting) throw notFound('Meeting');
  try {
    return { meeting, channel: await requireReadable(tx, meeting.channelId, personId) };
  } catch (err) {
    throw err instanceof Problem && err.status === 404 ? notFound('Meeting') : err;
  }
}
