import { beforeAll, describe, expect, it } from 'vitest';
import type { EventDetail, SessionView } from '../../../shared/contracts/events.ts';
import { buildTestApp, problemOf, type TestApp } from '../../test/test-app.ts';
import { createdEvent, day, type EventWorld, eventWorld, send, sessionInput } from './event-fixtures.ts';

let t: TestApp;
let w: EventWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await eventWorld(t);
});

describe('sessions', () => {
  it('lets organisers build the agenda with speakers, rooms and slides', async () => {
    const event = await createdEvent(t, w.organiser);
    const url = `/api/events/${event.id}/sessions`;
    const body = sessionInput({
      title: 'Digitale Verwaltung',
      speakers: [
        { personId: w.colleague.id, name: w.colleague.name },
        { personId: null, name: 'Gast aus Leipzig' },
      ],
      materials: [{ title: 'Folien', url: '/documents/abc' }],
    });
    problemOf(await send(t, null, 'POST', url, body), 401);
    problemOf(await send(t, w.outsider, 'POST', url, body), 403);
    problemOf(await send(t, w.colleague, 'POST', url, body), 403);
    const res = await send(t, w.organiser, 'POST', url, body);
    expect(res.statusCode, res.body).toBe(201);
    const session = res.json() as SessionView;
    expect(session.speakers.map((s) => s.name)).toEqual([w.colleague.name, 'Gast aus Leipzig']);
    const detail = (await send(t, null, 'GET', `/api/events/${event.id}`)).json() as EventDetail;
    expect(detail.sessions.map((s) => s.title)).toEqual(['Digitale Verwaltung']);

    const second = await send(t, w.organiser, 'POST', url, sessionInput({ startsAt: day(30, 8), endsAt: day(30, 9) }));
    const ordered = (await send(t, null, 'GET', `/api/events/${event.id}`)).json() as EventDetail;
    expect(ordered.sessions[0]?.id).toBe((second.json() as SessionView).id);

    problemOf(await send(t, w.outsider, 'PUT', `${url}/${session.id}`, body), 403);
    problemOf(await send(t, null, 'PUT', `${url}/${session.id}`, body), 401);
    problemOf(await send(t, w.colleague, 'DELETE', `${url}/${session.id}`), 403);
    const renamed = await send(t, w.organiser, 'PUT', `${url}/${session.id}`, {
      ...body,
      title: 'Digitale Verwaltung II',
    });
    expect((renamed.json() as SessionView).title).toBe('Digitale Verwaltung II');
    const own = await createdEvent(t, w.organiser, { visibility: 'organisation' });
    problemOf(await send(t, w.outsider, 'POST', `/api/events/${own.id}/sessions`, body), 404);
    expect((await send(t, w.organiser, 'DELETE', `${url}/${session.id}`)).statusCode).toBe(204);
    problemOf(await send(t, w.organiser, 'DELETE', `${url}/${session.id}`), 404);
  });

  it('refuses sessions outside the event, bad speakers and bad links', async () => {
    const event = await createdEvent(t, w.organiser);
    const url = `/api/events/${event.id}/sessions`;
    for (const body of [
      sessionInput({ startsAt: day(29, 9), endsAt: day(29, 10) }),
      sessionInput({ startsAt: day(30, 10), endsAt: day(30, 9) }),
      sessionInput({ speakers: [{ personId: '01900000-0000-7000-8000-000000000000', name: 'Niemand' }] }),
      sessionInput({ materials: [{ title: 'x', url: 'javascript:alert(1)' }] }),
      { ...sessionInput(), speakers: 'alle' },
    ]) {
      problemOf(await send(t, w.organiser, 'POST', url, body), 400);
    }
    const other = await createdEvent(t, w.organiser);
    const session = (
      await send(t, w.organiser, 'POST', `/api/events/${other.id}/sessions`, sessionInput())
    ).json() as SessionView;
    problemOf(await send(t, w.organiser, 'PUT', `${url}/${session.id}`, sessionInput()), 404);
  });

  it('lets a session continue as a community of the network, once', async () => {
    const event = await createdEvent(t, w.organiser, { title: 'Dialogforum Fachgruppe' });
    const session = (
      await send(t, w.organiser, 'POST', `/api/events/${event.id}/sessions`, sessionInput({ title: 'E-Akte' }))
    ).json() as SessionView;
    const url = `/api/events/${event.id}/sessions/${session.id}/community`;
    problemOf(await send(t, w.outsider, 'POST', url), 403);
    problemOf(await send(t, null, 'POST', url), 401);
    const res = await send(t, w.organiser, 'POST', url);
    expect(res.statusCode, res.body).toBe(200);
    const continued = res.json() as SessionView;
    expect(continued.community?.name).toBe('E-Akte (Dialogforum Fachgruppe)');
    const community = await send(t, w.outsider, 'GET', `/api/network/communities/${continued.community?.slug}`);
    expect(community.statusCode).toBe(200);
    problemOf(await send(t, w.organiser, 'POST', url), 409);
  });
});
