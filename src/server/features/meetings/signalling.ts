import type { Deps } from '../../deps.ts';
import { newId } from '../../platform/db/ids.ts';
import type { SocketHooks } from '../../platform/events/gateway.ts';
import { loadAccess } from '../chat/access.ts';
import { canRead } from '../chat/policy.ts';
import { leaveWithConnection } from './commands/leave-meeting.ts';
import { meetingRow, presentStay } from './queries.ts';

/**
 * The meetings' part of the realtime socket. A signalling frame is passed on only when its socket is
 * in the meeting (as its owner), its owner may read the meeting's channel now and the addressed
 * connection is in the meeting too; it goes over the bus (so the addressee may sit on another process)
 * as an event for that one socket, which the gateway delivers only if the addressee may still read
 * the channel. Anything else is dropped without an answer: a browser has no business guessing.
 * A socket that closes leaves the meetings it was in.
 */
export function meetingSocketHooks(deps: Deps): SocketHooks {
  return {
    async signal(owner, frame) {
      const personId = owner.principal.personId;
      if (frame.to === owner.connectionId) return;
      const from = await presentStay(deps.db, frame.meetingId, owner.connectionId);
      if (!from || from.personId !== personId) return;
      const to = await presentStay(deps.db, frame.meetingId, frame.to);
      if (!to) return;
      const meeting = await meetingRow(deps.db, frame.meetingId);
      if (meeting?.status !== 'live') return;
      const access = await loadAccess(deps.db, meeting.channelId, personId);
      if (!access || !canRead(access)) return;
      await deps.bus.publish({
        id: newId(),
        position: -1,
        type: 'signal',
        payload: { meetingId: frame.meetingId, from: owner.connectionId, fromPersonId: personId, signal: frame.signal },
        audience: { kind: 'channel', channelId: meeting.channelId },
        createdAt: new Date().toISOString(),
        to: { connectionId: to.connectionId, personId: to.personId },
      });
    },
    async closed(owner) {
      const { personId, name } = owner.principal;
      await leaveWithConnection(deps, { personId, name, ip: '' }, owner.connectionId);
    },
  };
}
