import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/contracts/meetings.ts';
import { buildTestAppOnOwnDatabase } from '../../test/own-database.ts';
import { chatWorkspace, ok } from '../chat/chat-fixtures.ts';
import { join, startMeeting } from './meeting-fixtures.ts';
import { refreshSeats, startSeatWatch, sweepStaleSeats } from './seats.ts';
import { meetingParticipants } from './tables.ts';

// The sweep reaches every seat of the database: these tests have a database of their own.
const t = await buildTestAppOnOwnDatabase();

const inAMinute = () => new Date(Date.now() + 60_000);

describe('meeting seats of sockets that vanished', () => {
  it('gives up the seats no process holds a socket for, keeps the others, and tells the card', async () => {
    const w = await chatWorkspace(t);
    const meeting = await startMeeting(t, w.owner, w.defaultChannelId);
    const owner = await join(t, w.owner, meeting.id);
    const member = await join(t, w.member, meeting.id);
    // Only the owner's socket is still held somewhere (the member's process was killed).
    expect(await refreshSeats(t.deps, [owner.connectionId, '00000000-0000-4000-8000-000000000000'], inAMinute())).toBe(
      1,
    );
    expect(await sweepStaleSeats(t.deps, new Date(Date.now() + 30_000))).toBe(1);
    const after = await ok<Meeting>(t, w.owner, 'GET', `/api/meetings/${meeting.id}`);
    expect(after.status).toBe('live');
    expect(after.participants.map((p) => p.personId)).toEqual([w.owner.id]);
    // The member may join again, with a new socket; the old one is not given back.
    const again = await join(t, w.member, meeting.id);
    expect(again.meeting.participants.map((p) => p.connectionId)).toEqual([owner.connectionId, again.connectionId]);
    expect(again.meeting.participants.map((p) => p.connectionId)).not.toContain(member.connectionId);
  });

  it('ends the meeting with its summary when the last seat is given up', async () => {
    const w = await chatWorkspace(t);
    const meeting = await startMeeting(t, w.owner, w.defaultChannelId, { title: 'Verwaiste Runde' });
    await join(t, w.owner, meeting.id);
    expect(await sweepStaleSeats(t.deps, inAMinute())).toBeGreaterThanOrEqual(1);
    const ended = await ok<Meeting>(t, w.owner, 'GET', `/api/meetings/${meeting.id}`);
    expect(ended.status).toBe('ended');
    expect(ended.participants).toEqual([]);
    const thread = await ok<{ replies: { text: string }[] }>(
      t,
      w.owner,
      'GET',
      `/api/messages/${meeting.messageId}/thread`,
    );
    expect(thread.replies.map((r) => r.text).join('\n')).toContain('Besprechung beendet');
  });

  it('runs by itself: a held socket keeps its seat, a vanished one loses it', async () => {
    const w = await chatWorkspace(t);
    const meeting = await startMeeting(t, w.owner, w.defaultChannelId);
    const owner = await join(t, w.owner, meeting.id);
    await join(t, w.member, meeting.id);
    // Both seats were last seen two minutes ago; the owner's socket is held by this process.
    await t.deps.db
      .update(meetingParticipants)
      .set({ seenAt: sql`now() - interval '2 minutes'` })
      .where(eq(meetingParticipants.meetingId, meeting.id));
    const watch = startSeatWatch(t.deps, { connectionIds: () => [owner.connectionId] }, { intervalMs: 50 });
    try {
      await expect
        .poll(async () => (await ok<Meeting>(t, w.owner, 'GET', `/api/meetings/${meeting.id}`)).participants.length, {
          timeout: 10_000,
        })
        .toBe(1);
    } finally {
      await watch.stop();
    }
    const left = await ok<Meeting>(t, w.owner, 'GET', `/api/meetings/${meeting.id}`);
    expect(left.participants.map((p) => p.connectionId)).toEqual([owner.connectionId]);
    expect(left.attendees.map((a) => a.personId).sort()).toEqual([w.owner.id, w.member.id].sort());
  });
});
