import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventDetail, EventList } from '../../../shared/contracts/events.ts';
import { auditLog } from '../../platform/audit/tables.ts';
import { createPerson } from '../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../test/test-app.ts';
import { allianceWithTwoMembers } from '../alliances/alliance-fixtures.ts';
import { createdEvent, day, type EventWorld, eventInput, eventWorld, send } from './event-fixtures.ts';

let t: TestApp;
let w: EventWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await eventWorld(t);
});

const listed = async (who: Parameters<typeof send>[1], query = '') => {
  const res = await send(t, who, 'GET', `/api/events${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as EventList).items.map((i) => i.id);
};

describe('events', () => {
  it('creates an event organised by the creator’s organisation and the ones named, audited', async () => {
    const event = await createdEvent(t, w.organiser, { organiserIds: [w.other.id] });
    expect(event.organisers.map((o) => o.id).sort()).toEqual([w.home.id, w.other.id].sort());
    expect(event.viewer.canManage).toBe(true);
    expect(event.sequence).toBe(0);
    const entries = await t.deps.db.select().from(auditLog).where(eq(auditLog.subjectId, event.id));
    expect(entries.map((e) => e.action)).toEqual(['event.created']);
  });

  it('refuses bad input with 400 naming the fields, never a 500', async () => {
    const bad = [
      eventInput({ endsAt: day(29) }),
      eventInput({ startsAt: 'gestern' }),
      eventInput({ capacity: 0 }),
      eventInput({ capacity: -3 }),
      eventInput({ visibility: 'alliance' }),
      eventInput({ organiserIds: ['01900000-0000-7000-8000-000000000000'] }),
      eventInput({ questions: [{ id: 'a', label: 'Essen', kind: 'choice', required: true, options: ['nur eine'] }] }),
      eventInput({ onlineUrl: 'javascript:alert(1)' }),
      eventInput({ latitude: 200 }),
      { ...eventInput(), extra: true },
      { ...eventInput(), title: 'x'.repeat(201) },
    ];
    for (const body of bad) {
      const res = await send(t, w.organiser, 'POST', '/api/events', body);
      expect(problemOf(res, 400).type, JSON.stringify(body).slice(0, 80)).toMatch(/validation/);
    }
    const malformed = await t.request({
      method: 'POST',
      url: '/api/events',
      cookie: w.organiser.cookie,
      headers: { 'content-type': 'application/json' },
      payload: '{"title":',
    });
    expect(malformed.statusCode).toBe(400);
  });

  it('needs a signed-in person with a confirmed home organisation to create', async () => {
    problemOf(await send(t, null, 'POST', '/api/events', eventInput()), 401);
    problemOf(await send(t, w.loner, 'POST', '/api/events', eventInput()), 403);
  });

  it('shows each visibility only inside its walls, in lists and details', async () => {
    const open = await createdEvent(t, w.organiser, { visibility: 'public' });
    const platform = await createdEvent(t, w.organiser, { visibility: 'platform' });
    const own = await createdEvent(t, w.organiser, { visibility: 'organisation' });
    const signedOut = await listed(null);
    expect(signedOut).toContain(open.id);
    expect(signedOut).not.toContain(platform.id);
    expect(signedOut).not.toContain(own.id);
    const outsider = await listed(w.outsider);
    expect(outsider).toEqual(expect.arrayContaining([open.id, platform.id]));
    expect(outsider).not.toContain(own.id);
    expect(await listed(w.colleague)).toEqual(expect.arrayContaining([open.id, platform.id, own.id]));

    expect((await send(t, null, 'GET', `/api/events/${open.id}`)).statusCode).toBe(200);
    problemOf(await send(t, null, 'GET', `/api/events/${platform.id}`), 404);
    problemOf(await send(t, w.outsider, 'GET', `/api/events/${own.id}`), 404);
    problemOf(await send(t, w.loner, 'GET', `/api/events/${own.id}`), 404);
    const colleague = (await send(t, w.colleague, 'GET', `/api/events/${own.id}`)).json() as EventDetail;
    expect(colleague.viewer.canManage).toBe(false);
    problemOf(await send(t, null, 'GET', '/api/events/not-an-id'), 400);
    problemOf(await send(t, null, 'GET', '/api/events/01900000-0000-7000-8000-000000000000'), 404);
  });

  it('keeps alliance events to the alliance’s organisations', async () => {
    const { alliance, founder, joined } = await allianceWithTwoMembers(t);
    const memberOfJoined = await createPerson(t, { organisation: joined.organisation });
    const event = await createdEvent(t, founder.admin, { visibility: 'alliance', allianceId: alliance.id });
    expect(event.alliance?.id).toBe(alliance.id);
    expect((await send(t, memberOfJoined, 'GET', `/api/events/${event.id}`)).statusCode).toBe(200);
    expect(await listed(memberOfJoined)).toContain(event.id);
    problemOf(await send(t, w.outsider, 'GET', `/api/events/${event.id}`), 404);
    expect(await listed(w.outsider)).not.toContain(event.id);
    // An alliance one's organisation is not in cannot be chosen.
    problemOf(
      await send(
        t,
        w.organiser,
        'POST',
        '/api/events',
        eventInput({ visibility: 'alliance', allianceId: alliance.id }),
      ),
      400,
    );
  });

  it('lets organisers change an event, counting up its sequence; others get 403 or 404', async () => {
    const event = await createdEvent(t, w.organiser, { visibility: 'platform' });
    const changed = eventInput({
      title: 'Dialogforum verschoben',
      visibility: 'platform',
      startsAt: day(31, 8),
      endsAt: day(31, 15),
    });
    problemOf(await send(t, null, 'PUT', `/api/events/${event.id}`, changed), 401);
    problemOf(await send(t, w.outsider, 'PUT', `/api/events/${event.id}`, changed), 403);
    problemOf(await send(t, w.colleague, 'PUT', `/api/events/${event.id}`, changed), 403);
    const own = await createdEvent(t, w.organiser, { visibility: 'organisation' });
    problemOf(await send(t, w.outsider, 'PUT', `/api/events/${own.id}`, changed), 404);
    const res = await send(t, w.organiser, 'PUT', `/api/events/${event.id}`, changed);
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json() as EventDetail;
    expect(detail.title).toBe('Dialogforum verschoben');
    expect(detail.sequence).toBe(1);
    expect(detail.organisers.map((o) => o.id)).toEqual([w.home.id]);
  });

  it('lists upcoming and past events apart', async () => {
    const past = await createdEvent(t, w.organiser, { startsAt: day(-3, 8), endsAt: day(-3, 12) });
    const upcoming = await createdEvent(t, w.organiser);
    expect(await listed(w.organiser, '?when=past')).toContain(past.id);
    expect(await listed(w.organiser, '?when=past')).not.toContain(upcoming.id);
    expect(await listed(w.organiser)).not.toContain(past.id);
    problemOf(await send(t, null, 'GET', '/api/events?when=soon'), 400);
    problemOf(await send(t, null, 'GET', '/api/events?limit=0'), 400);
  });
});
