import { and, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../../deps.ts';
import { every } from '../../platform/jobs/every.ts';
import { leaveWithConnection } from './commands/leave-meeting.ts';
import { personName } from './queries.ts';
import { meetingParticipants } from './tables.ts';

// A seat is a socket (meeting_participants.connection_id). A socket that closes gives its seat up
// (the gateway's `closed` hook), but a server process that is killed or loses its machine closes
// nothing: its seats would stay taken, the card would show people who are gone, and the mesh's
// limit would count them. So every process says, every SEAT_REFRESH_MS, which of the open seats it
// still holds a socket for, and any process gives up a seat nobody has said so of for SEAT_TIMEOUT_MS
// (the leave of that person: the card follows, the last one out ends the meeting). A seat named with
// a connection ID no socket has is given up the same way.

export const SEAT_REFRESH_MS = 20_000;
export const SEAT_TIMEOUT_MS = 60_000;

/** Marks the open seats of these sockets as seen now. */
export async function refreshSeats(deps: Pick<Deps, 'db'>, connectionIds: string[], now = new Date()) {
  if (connectionIds.length === 0) return 0;
  const seen = await deps.db
    .update(meetingParticipants)
    .set({ seenAt: now })
    .where(and(isNull(meetingParticipants.leftAt), inArray(meetingParticipants.connectionId, connectionIds)))
    .returning({ id: meetingParticipants.id });
  return seen.length;
}

/** Gives up every open seat not seen since `before`; returns how many. */
export async function sweepStaleSeats(deps: Deps, before: Date): Promise<number> {
  const stale = await deps.db
    .select({ personId: meetingParticipants.personId, connectionId: meetingParticipants.connectionId })
    .from(meetingParticipants)
    .where(
      and(
        isNull(meetingParticipants.leftAt),
        lt(meetingParticipants.seenAt, sql`${before.toISOString()}::timestamptz`),
      ),
    )
    .limit(500);
  for (const seat of stale) {
    const name = await personName(deps.db, seat.personId);
    await leaveWithConnection(deps, { personId: seat.personId, name, ip: '' }, seat.connectionId);
  }
  return stale.length;
}

/** Refreshes this process's seats and sweeps the stale ones, every SEAT_REFRESH_MS until stopped. */
export function startSeatWatch(
  deps: Deps,
  sockets: { connectionIds(): string[] },
  options: { intervalMs?: number; timeoutMs?: number; log?: FastifyBaseLogger } = {},
): { stop(): Promise<void> } {
  const timeoutMs = options.timeoutMs ?? SEAT_TIMEOUT_MS;
  return every(
    options.intervalMs ?? SEAT_REFRESH_MS,
    async () => {
      await refreshSeats(deps, sockets.connectionIds());
      const given = await sweepStaleSeats(deps, new Date(Date.now() - timeoutMs));
      if (given > 0) options.log?.info({ seats: given }, 'meeting seats of vanished sockets given up');
    },
    { onError: (err) => options.log?.error({ err }, 'meeting seat watch failed') },
  );
}
