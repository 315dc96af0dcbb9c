import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChatMessage, Thread } from '../../../shared/contracts/chat.ts';
import type { Meeting, MeetingList } from '../../../shared/contracts/meetings.ts';
import { createOrganisation, createPerson } from '../../test/factories.ts';
import { buildTestApp } from '../../test/test-app.ts';
import { addToChannel, call, chatWorkspace, createChannel, ok } from '../chat/chat-fixtures.ts';
import { join, startMeeting } from './meeting-fixtures.ts';

const t = await buildTestApp();

describe('meetings: start, join, leave, summary', () => {
  it('posts a live card in the channel, tracks who is in and turns into a summary when the last one leaves', async () => {
    const w = await chatWorkspace(t);
    const meeting = await startMeeting(t, w.owner, w.defaultChannelId, { title: 'Abstimmung Haushalt' });
    expect(meeting).toMatchObject({
      status: 'live',
      title: 'Abstimmung Haushalt',
      channelId: w.defaultChannelId,
      workspaceId: w.workspaceId,
      participants: [],
      limits: { video: 4, audioOnly: 6 },
    });
    const page = await ok<{ messages: ChatMessage[] }>(
      t,
      w.member,
      'GET',
      `/api/channels/${w.defaultChannelId}/messages`,
    );
    const card = page.messages.find((m) => m.id === meeting.messageId);
    expect(card?.text).toContain(`/meetings/${meeting.id}`);

    const owner = await join(t, w.owner, meeting.id);
    expect(owner.connection).toEqual({ mode: 'mesh', iceServers: [] });
    const member = await join(t, w.member, meeting.id, false);
    expect(member.meeting.participants.map((p) => [p.personId, p.video])).toEqual([
      [w.owner.id, true],
      [w.member.id, false],
    ]);
    const raised = await ok<Meeting>(t, w.member, 'PUT', `/api/meetings/${meeting.id}/hand`, {
      connectionId: member.connectionId,
      raised: true,
    });
    expect(raised.participants.find((p) => p.personId === w.member.id)?.handRaised).toBe(true);
    // Someone else's connection is not theirs to change.
    expect(
      (
        await call(t, w.owner, 'PUT', `/api/meetings/${meeting.id}/hand`, {
          connectionId: member.connectionId,
          raised: false,
        })
      ).statusCode,
    ).toBe(409);

    await ok(t, w.owner, 'POST', `/api/meetings/${meeting.id}/leave`, { connectionId: owner.connectionId }, 204);
    const half = await ok<Meeting>(t, w.member, 'GET', `/api/meetings/${meeting.id}`);
    expect(half.status).toBe('live');
    expect(half.participants.map((p) => p.personId)).toEqual([w.member.id]);
    await ok(t, w.member, 'POST', `/api/meetings/${meeting.id}/leave`, { connectionId: member.connectionId }, 204);
    const ended = await ok<Meeting>(t, w.member, 'GET', `/api/meetings/${meeting.id}`);
    expect(ended).toMatchObject({ status: 'ended', participants: [], durationSeconds: expect.any(Number) });
    expect(ended.attendees.map((a) => a.personId)).toEqual([w.owner.id, w.member.id]);

    const thread = await ok<Thread>(t, w.member, 'GET', `/api/messages/${meeting.messageId}/thread`);
    expect(thread.replies.map((r) => r.text).join()).toMatch(/Besprechung beendet.*Teilnehmende: /);
    // Leaving again changes nothing; joining an ended meeting is refused.
    await ok(t, w.member, 'POST', `/api/meetings/${meeting.id}/leave`, { connectionId: member.connectionId }, 204);
    const again = await call(t, w.member, 'POST', `/api/meetings/${meeting.id}/join`, {
      connectionId: randomUUID(),
      video: true,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().type).toBe('/problems/meeting-ended');
  });

  it('takes notes from those who took part only', async () => {
    const w = await chatWorkspace(t);
    const meeting = await startMeeting(t, w.owner, w.defaultChannelId);
    await join(t, w.owner, meeting.id);
    const saved = await ok<Meeting>(t, w.owner, 'PUT', `/api/meetings/${meeting.id}/notes`, { notes: 'Beschluss: ja' });
    expect(saved.notes).toBe('Beschluss: ja');
    const refused = await call(t, w.member, 'PUT', `/api/meetings/${meeting.id}/notes`, { notes: 'x' });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
  });

  it('ends for everyone when its starter ends it; others in the channel may not', async () => {
    const w = await chatWorkspace(t);
    const meeting = await startMeeting(t, w.owner, w.defaultChannelId);
    await join(t, w.owner, meeting.id);
    expect((await call(t, w.member, 'POST', `/api/meetings/${meeting.id}/end`)).statusCode).toBe(403);
    const ended = await ok<Meeting>(t, w.owner, 'POST', `/api/meetings/${meeting.id}/end`);
    expect(ended).toMatchObject({ status: 'ended', participants: [] });
    const list = await ok<MeetingList>(t, w.member, 'GET', `/api/channels/${w.defaultChannelId}/meetings`);
    expect(list.items.map((m) => m.id)).toContain(meeting.id);
  });
});

describe('meetings: the channel list', () => {
  it('shows each meeting with its own people, live first', async () => {
    const w = await chatWorkspace(t);
    const earlier = await startMeeting(t, w.owner, w.defaultChannelId, { title: 'Erste Runde' });
    await join(t, w.owner, earlier.id);
    await ok(t, w.owner, 'POST', `/api/meetings/${earlier.id}/end`);
    const live = await startMeeting(t, w.member, w.defaultChannelId, { title: 'Zweite Runde' });
    await join(t, w.member, live.id);
    const list = await ok<MeetingList>(t, w.owner, 'GET', `/api/channels/${w.defaultChannelId}/meetings`);
    expect(list.items.map((m) => [m.title, m.status])).toEqual([
      ['Zweite Runde', 'live'],
      ['Erste Runde', 'ended'],
    ]);
    expect(list.items.map((m) => m.participants.map((p) => p.personId))).toEqual([[w.member.id], []]);
    expect(list.items.map((m) => m.attendees.map((a) => a.personId))).toEqual([[w.member.id], [w.owner.id]]);
    expect(list.items.map((m) => m.createdBy.id)).toEqual([w.member.id, w.owner.id]);
  });
});

describe('meetings: limits', () => {
  it('lets 4 in with video and 6 in all; the 5th video joiner gets 409 meeting-full naming the limit', async () => {
    const w = await chatWorkspace(t);
    const organisation = await createOrganisation(t);
    const meeting = await startMeeting(t, w.owner, w.defaultChannelId);
    const people = [w.owner, w.member];
    for (let i = 0; i < 5; i += 1) {
      const person = await createPerson(t, { organisation });
      await ok(
        t,
        w.owner,
        'POST',
        `/api/workspaces/${w.workspaceId}/members`,
        { personId: person.id, role: 'member' },
        201,
      );
      people.push(person);
    }
    for (const person of people.slice(0, 4)) await join(t, person, meeting.id, true);
    const fifth = await call(t, people[4] ?? null, 'POST', `/api/meetings/${meeting.id}/join`, {
      connectionId: randomUUID(),
      video: true,
    });
    expect(fifth.statusCode).toBe(409);
    expect(fifth.headers['content-type']).toContain('application/problem+json');
    expect(fifth.json()).toMatchObject({ type: '/problems/meeting-full', limitVideo: 4, limitAudioOnly: 6 });
    expect(fifth.json().detail).toContain('4');
    const audio = await join(t, people[4] ?? w.owner, meeting.id, false);
    // Turning the camera on counts against the video limit too.
    const camera = await call(t, people[4] ?? null, 'PUT', `/api/meetings/${meeting.id}/media`, {
      connectionId: audio.connectionId,
      video: true,
    });
    expect(camera.statusCode).toBe(409);
    await join(t, people[5] ?? w.owner, meeting.id, false);
    const seventh = await call(t, people[6] ?? null, 'POST', `/api/meetings/${meeting.id}/join`, {
      connectionId: randomUUID(),
      video: false,
    });
    expect(seventh.statusCode).toBe(409);
    expect(seventh.json().type).toBe('/problems/meeting-full');
  });
});

describe('meetings: scheduled, with an invitation', () => {
  it('waits as scheduled, answers an iCalendar invitation and goes live with the first joiner', async () => {
    const w = await chatWorkspace(t);
    const when = new Date(Date.now() + 3 * 86_400_000);
    when.setUTCSeconds(0, 0);
    const meeting = await startMeeting(t, w.owner, w.defaultChannelId, {
      title: 'Lenkungskreis',
      scheduledFor: when.toISOString(),
      agenda: '1. Bericht\n2. Haushalt',
    });
    expect(meeting).toMatchObject({ status: 'scheduled', startedAt: null, scheduledFor: when.toISOString() });
    const ics = await call(t, w.member, 'GET', `/api/meetings/${meeting.id}/invitation.ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain(`UID:meeting-${meeting.id}@`);
    expect(ics.body).toContain('SUMMARY:Lenkungskreis');
    expect(ics.body).toContain(`DTSTART:${when.toISOString().replace(/[-:]/g, '').replace('.000', '')}`);
    const live = await join(t, w.member, meeting.id);
    expect(live.meeting.status).toBe('live');
    // A meeting started now has no date to put into a calendar.
    const now = await startMeeting(t, w.owner, w.defaultChannelId);
    expect((await call(t, w.owner, 'GET', `/api/meetings/${now.id}/invitation.ics`)).statusCode).toBe(404);
  });
});

describe('meetings: from a direct conversation', () => {
  it('starts in a DM and is seen by its two people only', async () => {
    const organisation = await createOrganisation(t);
    const a = await createPerson(t, { organisation });
    const b = await createPerson(t, { organisation });
    const c = await createPerson(t, { organisation });
    const dm = await ok<{ id: string }>(t, a, 'POST', '/api/conversations', { personIds: [b.id] }, 201);
    const meeting = await startMeeting(t, a, dm.id);
    expect(meeting.workspaceId).toBeNull();
    await join(t, b, meeting.id);
    expect((await call(t, c, 'GET', `/api/meetings/${meeting.id}`)).statusCode).toBe(404);
  });
});

describe('meetings: from a project', () => {
  it('starts in the project’s own channel, seen by whoever may see the project through it', async () => {
    const w = await chatWorkspace(t);
    const channel = await createChannel(t, w.owner, w.workspaceId, true);
    await addToChannel(t, w.owner, channel.id, w.guest);
    const project = await ok<{ id: string; channelId: string }>(
      t,
      w.owner,
      'POST',
      `/api/workspaces/${w.workspaceId}/projects`,
      { name: 'Breitband', status: 'running', channelId: channel.id },
      201,
    );
    const meeting = await startMeeting(t, w.owner, project.channelId, { title: 'Projektrunde' });
    expect(meeting.channelId).toBe(channel.id);
    await join(t, w.guest, meeting.id);
    expect((await call(t, w.member, 'GET', `/api/meetings/${meeting.id}`)).statusCode).toBe(404);
  });
});

describe('meetings: walls', () => {
  it('answers every route 401 signed out, 404 to another organisation, a non-member of the channel and a guest not added', async () => {
    const w = await chatWorkspace(t);
    const closed = await createChannel(t, w.owner, w.workspaceId, true);
    await addToChannel(t, w.owner, closed.id, w.guest);
    const inClosed = await startMeeting(t, w.owner, closed.id);
    const inDefault = await startMeeting(t, w.owner, w.defaultChannelId);
    const connectionId = randomUUID();
    const routes = (id: string) =>
      [
        ['GET', `/api/meetings/${id}`, undefined],
        ['GET', `/api/meetings/${id}/connection`, undefined],
        ['GET', `/api/meetings/${id}/invitation.ics`, undefined],
        ['POST', `/api/meetings/${id}/join`, { connectionId, video: true }],
        ['POST', `/api/meetings/${id}/leave`, { connectionId }],
        ['PUT', `/api/meetings/${id}/hand`, { connectionId, raised: true }],
        ['PUT', `/api/meetings/${id}/media`, { connectionId, video: false }],
        ['PUT', `/api/meetings/${id}/notes`, { notes: 'x' }],
        ['POST', `/api/meetings/${id}/end`, undefined],
      ] as const;
    for (const [method, url, body] of routes(inClosed.id)) {
      const signedOut = await call(t, null, method, url, body);
      expect(signedOut.statusCode, `${method} ${url} signed out`).toBe(401);
      for (const [who, person] of [
        ['another organisation', w.outsider],
        ['a member not in the closed channel', w.member],
      ] as const) {
        const res = await call(t, person, method, url, body);
        expect(res.statusCode, `${method} ${url} as ${who}`).toBe(404);
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
    }
    // The guest was added to the closed channel: its meeting link works for them; the default channel's does not.
    await join(t, w.guest, inClosed.id);
    for (const [method, url, body] of routes(inDefault.id)) {
      expect((await call(t, w.guest, method, url, body)).statusCode, `${method} ${url} as guest`).toBe(404);
    }
    // Starting and listing are walled by the channel too.
    for (const person of [w.outsider, w.guest]) {
      expect((await call(t, person, 'POST', '/api/meetings', { channelId: w.defaultChannelId })).statusCode).toBe(404);
      expect((await call(t, person, 'GET', `/api/channels/${w.defaultChannelId}/meetings`)).statusCode).toBe(404);
    }
    expect((await call(t, null, 'POST', '/api/meetings', { channelId: w.defaultChannelId })).statusCode).toBe(401);
    expect((await call(t, null, 'GET', `/api/channels/${w.defaultChannelId}/meetings`)).statusCode).toBe(401);
  });

  it('refuses bad input with problem+json', async () => {
    const w = await chatWorkspace(t);
    const meeting = await startMeeting(t, w.owner, w.defaultChannelId);
    for (const [method, url, body] of [
      ['POST', '/api/meetings', { channelId: 'nope' }],
      ['POST', '/api/meetings', { channelId: w.defaultChannelId, extra: 1 }],
      ['POST', '/api/meetings', { channelId: w.defaultChannelId, title: 'x'.repeat(201) }],
      ['POST', '/api/meetings', { channelId: w.defaultChannelId, scheduledFor: 'tomorrow' }],
      ['POST', `/api/meetings/${meeting.id}/join`, { connectionId: randomUUID() }],
      ['POST', `/api/meetings/${meeting.id}/join`, { connectionId: 'x', video: true }],
      ['PUT', `/api/meetings/${meeting.id}/notes`, { notes: 'x'.repeat(10_001) }],
      ['GET', '/api/meetings/not-a-uuid', undefined],
    ] as const) {
      const res = await call(t, w.owner, method, url, body);
      expect(res.statusCode, `${method} ${url} ${JSON.stringify(body)}`).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await call(t, w.owner, 'GET', `/api/meetings/${randomUUID()}`)).statusCode).toBe(404);
    expect((await call(t, w.owner, 'POST', '/api/meetings', { channelId: randomUUID() })).statusCode).toBe(404);
  });
});
