import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/contracts/meetings.ts';
import { SIGNALS_PER_SECOND } from '../../platform/events/gateway.ts';
import { openSocket, type TestSocket, type WireMessage } from '../../platform/events/ws-test-client.ts';
import type { TestPerson } from '../../test/factories.ts';
import { buildTestApp, TEST_ORIGIN } from '../../test/test-app.ts';
import { addToChannel, chatWorkspace, createChannel, ok } from '../chat/chat-fixtures.ts';
import { join, startMeeting } from './meeting-fixtures.ts';

const t = await buildTestApp();
await t.app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;

const open: TestSocket[] = [];
async function connect(person: TestPerson) {
  const socket = await openSocket(base, { cookie: person.cookie, origin: TEST_ORIGIN });
  open.push(socket);
  const hello = socket.messages.find((m) => m.type === 'hello');
  return { socket, connectionId: String(hello?.connectionId) };
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const signals = (socket: TestSocket) => socket.messages.filter((m) => m.type === 'signal');
const offer = (sdp: string) => ({ description: { type: 'offer', sdp } });
const isSignal = (sdp: string) => (m: WireMessage) =>
  m.type === 'signal' && (m.signal as { description?: { sdp?: string } }).description?.sdp === sdp;

async function meetingWithTwo() {
  const w = await chatWorkspace(t);
  const closed = await createChannel(t, w.owner, w.workspaceId, true);
  await addToChannel(t, w.owner, closed.id, w.member);
  const meeting = await startMeeting(t, w.owner, closed.id);
  const owner = await connect(w.owner);
  const member = await connect(w.member);
  await join(t, w.owner, meeting.id, true, owner.connectionId);
  await join(t, w.member, meeting.id, true, member.connectionId);
  return { w, closed, meeting, owner, member };
}

describe('meeting signalling over /api/realtime', () => {
  it('delivers a signal to the addressed participant’s socket alone', async () => {
    const { w, meeting, owner, member } = await meetingWithTwo();
    const memberElsewhere = await connect(w.member);
    const guest = await connect(w.guest);
    const outsider = await connect(w.outsider);
    owner.socket.send({ type: 'signal', meetingId: meeting.id, to: member.connectionId, signal: offer('v=0 hallo') });
    const received = await member.socket.next(isSignal('v=0 hallo'));
    expect(received).toEqual({
      type: 'signal',
      meetingId: meeting.id,
      from: owner.connectionId,
      fromPersonId: w.owner.id,
      signal: offer('v=0 hallo'),
      at: expect.any(String),
    });
    owner.socket.send({
      type: 'signal',
      meetingId: meeting.id,
      to: member.connectionId,
      signal: { candidate: { candidate: 'candidate:1 1 udp 1 10.0.0.1 5000 typ host', sdpMid: '0', sdpMLineIndex: 0 } },
    });
    await member.socket.next((m) => m.type === 'signal' && 'candidate' in (m.signal as object));
    await sleep(200);
    for (const other of [memberElsewhere, guest, outsider, owner]) expect(signals(other.socket)).toEqual([]);
  });

  it('gives people who cannot read the channel no signalling and lets them send none', async () => {
    const { w, meeting, owner, member } = await meetingWithTwo();
    const guest = await connect(w.guest);
    const outsider = await connect(w.outsider);
    const colleague = await connect(w.member);
    // Frames from sockets that are not in the meeting, whoever owns them, are dropped without a word.
    for (const [socket, sdp] of [
      [outsider.socket, 'from outsider'],
      [guest.socket, 'from guest'],
      [colleague.socket, 'from a socket not in the meeting'],
    ] as const) {
      socket.send({ type: 'signal', meetingId: meeting.id, to: member.connectionId, signal: offer(sdp) });
    }
    // A socket that claims another's connection ID is still not that socket.
    outsider.socket.send({ type: 'signal', meetingId: meeting.id, to: owner.connectionId, signal: offer('forged') });
    await sleep(400);
    owner.socket.send({ type: 'signal', meetingId: meeting.id, to: member.connectionId, signal: offer('marker') });
    await member.socket.next(isSignal('marker'));
    expect(signals(member.socket).map((m) => (m.signal as { description: { sdp: string } }).description.sdp)).toEqual([
      'marker',
    ]);
    expect(signals(owner.socket)).toEqual([]);
    for (const s of [guest, outsider])
      expect(s.socket.messages.filter((m) => m.type !== 'hello' && m.type !== 'presence')).toEqual([]);

    // Removed from the channel: the member neither receives nor sends any more.
    await ok(t, w.owner, 'DELETE', `/api/channels/${meeting.channelId}/members/${w.member.id}`, undefined, 204);
    owner.socket.send({
      type: 'signal',
      meetingId: meeting.id,
      to: member.connectionId,
      signal: offer('after removal'),
    });
    member.socket.send({
      type: 'signal',
      meetingId: meeting.id,
      to: owner.connectionId,
      signal: offer('from removed'),
    });
    await sleep(500);
    expect(signals(member.socket)).toHaveLength(1);
    expect(signals(owner.socket)).toEqual([]);
  });

  it('answers a malformed signal with an error, and a socket that closes leaves the meeting', async () => {
    const { w, meeting, owner, member } = await meetingWithTwo();
    owner.socket.send({ type: 'signal', meetingId: meeting.id, to: member.connectionId, signal: { sdp: 'x' } });
    const error = await owner.socket.next((m) => m.type === 'error');
    expect(String(error.title)).toContain('signal');
    await member.socket.close();
    const changed = await owner.socket.next(
      (m) => m.type === 'meeting.changed' && (m.meeting as Meeting).participants.length === 1,
    );
    expect((changed.meeting as Meeting).participants[0]?.connectionId).toBe(owner.connectionId);
    await owner.socket.close();
    // The last socket gone ends the meeting, as the last one leaving does.
    for (let i = 0; i < 20; i += 1) {
      if ((await ok<Meeting>(t, w.owner, 'GET', `/api/meetings/${meeting.id}`)).status === 'ended') break;
      await sleep(100);
    }
    expect((await ok<Meeting>(t, w.owner, 'GET', `/api/meetings/${meeting.id}`)).status).toBe('ended');
  });

  it('drops a flood of signalling frames past SIGNALS_PER_SECOND per socket, then lets frames through again', async () => {
    const { meeting, owner, member } = await meetingWithTwo();
    const flood = 300;
    for (let i = 0; i < flood; i += 1) {
      owner.socket.send({
        type: 'signal',
        meetingId: meeting.id,
        to: member.connectionId,
        signal: offer(`flood ${i}`),
      });
    }
    await sleep(2_000);
    const received = signals(member.socket).length;
    expect(received).toBeGreaterThanOrEqual(SIGNALS_PER_SECOND - 5);
    expect(received).toBeLessThan(SIGNALS_PER_SECOND + 40);
    owner.socket.send({
      type: 'signal',
      meetingId: meeting.id,
      to: member.connectionId,
      signal: offer('after the flood'),
    });
    await member.socket.next(isSignal('after the flood'));
  });
});
