import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionView } from '../../../../shared/contracts/events.ts';
import { createPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import {
  createdEvent,
  day,
  type EventWorld,
  eventInput,
  eventWorld,
  registered,
  send,
  sessionInput,
} from '../event-fixtures.ts';

let t: TestApp;
let w: EventWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await eventWorld(t);
});

/** The VEVENTs of an iCalendar text, parsed back by ical.js. */
function parsed(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      sequence: event.sequence,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      utc: event.startDate.zone?.tzid === 'UTC',
      stamp: vevent.getFirstPropertyValue('dtstamp'),
      status: vevent.getFirstPropertyValue('status'),
      location: event.location,
    };
  });
}

const feedPath = (url: string) => new URL(url).pathname;

describe('iCalendar', () => {
  it('gives each event and session as .ics that parses back, times in UTC', async () => {
    const event = await createdEvent(t, w.organiser, { title: 'Dialogforum Kalender' });
    const res = await send(t, null, 'GET', `/api/events/${event.id}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const [entry] = parsed(res.body);
    expect(entry).toMatchObject({
      uid: `event-${event.id}@localhost`,
      summary: 'Dialogforum Kalender',
      sequence: 0,
      start: event.startsAt,
      end: event.endsAt,
      utc: true,
      status: 'CONFIRMED',
    });
    expect(entry?.stamp).toBeTruthy();
    expect(entry?.location).toContain('Markt 1, 01067 Dresden');
    expect(res.body).toMatch(/DTSTART:\d{8}T\d{6}Z/);

    const added = await send(
      t,
      w.organiser,
      'POST',
      `/api/events/${event.id}/sessions`,
      sessionInput({ title: 'Eröffnung' }),
    );
    const session = added.json() as SessionView;
    const one = await send(t, null, 'GET', `/api/events/${event.id}/sessions/${session.id}/calendar.ics`);
    expect(parsed(one.body)[0]).toMatchObject({
      uid: `event-session-${session.id}@localhost`,
      summary: 'Eröffnung – Dialogforum Kalender',
    });
    problemOf(
      await send(t, null, 'GET', `/api/events/${event.id}/sessions/01900000-0000-7000-8000-000000000000/calendar.ics`),
      404,
    );
  });

  it('counts up SEQUENCE when an event or session changes and marks a cancelled event', async () => {
    const event = await createdEvent(t, w.organiser);
    const session = (
      await send(t, w.organiser, 'POST', `/api/events/${event.id}/sessions`, sessionInput())
    ).json() as SessionView;
    await send(t, w.organiser, 'PUT', `/api/events/${event.id}`, eventInput({ title: 'Neuer Titel' }));
    await send(t, w.organiser, 'PUT', `/api/events/${event.id}/sessions/${session.id}`, sessionInput({ title: 'Neu' }));
    const ics = (await send(t, null, 'GET', `/api/events/${event.id}/calendar.ics`)).body;
    expect(parsed(ics)[0]).toMatchObject({ sequence: 1, summary: 'Neuer Titel' });
    const sessionIcs = (await send(t, null, 'GET', `/api/events/${event.id}/sessions/${session.id}/calendar.ics`)).body;
    expect(parsed(sessionIcs)[0]?.sequence).toBe(2);
    await send(t, w.organiser, 'POST', `/api/events/${event.id}/cancel`, { reason: '' });
    const cancelled = parsed((await send(t, null, 'GET', `/api/events/${event.id}/calendar.ics`)).body)[0];
    expect(cancelled).toMatchObject({ sequence: 2, status: 'CANCELLED' });
  });

  it('keeps .ics behind the event’s walls', async () => {
    const own = await createdEvent(t, w.organiser, { visibility: 'organisation' });
    const session = (
      await send(t, w.organiser, 'POST', `/api/events/${own.id}/sessions`, sessionInput())
    ).json() as SessionView;
    for (const who of [null, w.outsider, w.loner]) {
      problemOf(await send(t, who, 'GET', `/api/events/${own.id}/calendar.ics`), 404);
      problemOf(await send(t, who, 'GET', `/api/events/${own.id}/sessions/${session.id}/calendar.ics`), 404);
    }
    expect((await send(t, w.colleague, 'GET', `/api/events/${own.id}/calendar.ics`)).statusCode).toBe(200);
    const platform = await createdEvent(t, w.organiser, { visibility: 'platform' });
    problemOf(await send(t, null, 'GET', `/api/events/${platform.id}/calendar.ics`), 404);
  });

  it('gives a person a secret feed of the events they registered for, renewable and revocable', async () => {
    const person = await createPerson(t, { organisation: w.other });
    const mine = await createdEvent(t, w.organiser, { title: 'Mein Forum', visibility: 'platform' });
    const other = await createdEvent(t, w.organiser, { title: 'Nicht meins', visibility: 'platform' });
    const later = await createdEvent(t, w.organiser, {
      title: 'Wird abgesagt',
      startsAt: day(40, 8),
      endsAt: day(40, 9),
    });
    await registered(t, person, mine.id);
    await registered(t, person, later.id);
    await registered(t, w.loner, other.id);

    problemOf(await send(t, null, 'POST', '/api/me/event-feed'), 401);
    problemOf(await send(t, null, 'GET', '/api/me/event-feed'), 401);
    const made = await send(t, person, 'POST', '/api/me/event-feed');
    expect(made.statusCode).toBe(201);
    const url = made.json().url as string;
    expect(url).toMatch(/\/api\/event-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await send(t, person, 'GET', '/api/me/event-feed')).json()).toMatchObject({ url: null });

    await send(t, w.organiser, 'POST', `/api/events/${later.id}/cancel`, { reason: '' });
    const feed = await send(t, null, 'GET', feedPath(url));
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['cache-control']).toBe('private, no-store');
    const entries = parsed(feed.body);
    expect(entries.map((e) => e.summary).sort()).toEqual(['Mein Forum', 'Wird abgesagt']);
    expect(entries.find((e) => e.summary === 'Wird abgesagt')?.status).toBe('CANCELLED');

    // A registration cancelled leaves the feed; the walls are checked at each read.
    await send(t, person, 'DELETE', `/api/events/${mine.id}/registration`);
    expect(parsed((await send(t, null, 'GET', feedPath(url))).body).map((e) => e.summary)).toEqual(['Wird abgesagt']);

    const renewed = (await send(t, person, 'POST', '/api/me/event-feed')).json().url as string;
    problemOf(await send(t, null, 'GET', feedPath(url)), 404);
    expect((await send(t, null, 'GET', feedPath(renewed))).statusCode).toBe(200);
    expect((await send(t, person, 'DELETE', '/api/me/event-feed')).statusCode).toBe(204);
    problemOf(await send(t, null, 'GET', feedPath(renewed)), 404);
    problemOf(await send(t, null, 'GET', '/api/event-feeds/short.ics'), 400);
  });

  it('drops an event from the feed when its walls no longer let the person in', async () => {
    const person = await createPerson(t, { organisation: w.other });
    const event = await createdEvent(t, w.organiser, { title: 'Bald intern', visibility: 'platform' });
    await registered(t, person, event.id);
    const url = (await send(t, person, 'POST', '/api/me/event-feed')).json().url as string;
    expect(parsed((await send(t, null, 'GET', feedPath(url))).body)).toHaveLength(1);
    await send(
      t,
      w.organiser,
      'PUT',
      `/api/events/${event.id}`,
      eventInput({ title: 'Bald intern', visibility: 'organisation' }),
    );
    expect(parsed((await send(t, null, 'GET', feedPath(url))).body)).toHaveLength(0);
    problemOf(await send(t, person, 'GET', `/api/events/${event.id}`), 404);
  });
});
