import { beforeAll, describe, expect, it } from 'vitest';
import type { AttendeeList, EventDetail, RegistrationList } from '../../../shared/contracts/events.ts';
import { createPerson } from '../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../test/test-app.ts';
import { mailBody } from '../alliances/alliance-fixtures.ts';
import { createdEvent, day, type EventWorld, eventWorld, registered, send } from './event-fixtures.ts';

let t: TestApp;
let w: EventWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await eventWorld(t);
});

const questions = [
  { id: 'food', label: 'Verpflegung', kind: 'choice' as const, required: true, options: ['vegetarisch', 'vegan'] },
  { id: 'photo', label: 'Fotos erlaubt?', kind: 'yesno' as const, required: false },
];

describe('registration', () => {
  it('validates answers against the organiser’s questions and keeps them for organisers and the person', async () => {
    const event = await createdEvent(t, w.organiser, { visibility: 'platform', questions });
    const url = `/api/events/${event.id}/registration`;
    problemOf(await send(t, null, 'PUT', url, { answers: { food: 'vegan' }, showInList: true }), 401);
    const missing = problemOf(await send(t, w.outsider, 'PUT', url, { answers: {}, showInList: true }), 400);
    expect(missing.errors?.map((e) => e.field)).toEqual(['/answers/food']);
    problemOf(await send(t, w.outsider, 'PUT', url, { answers: { food: 'Fisch' }, showInList: true }), 400);
    problemOf(await send(t, w.outsider, 'PUT', url, { answers: { food: 'vegan' } }), 400);
    problemOf(
      await send(t, w.outsider, 'PUT', url, { answers: { food: 'vegan', photo: 'ja' }, showInList: true }),
      400,
    );
    const mine = await registered(t, w.outsider, event.id, {
      answers: { food: 'vegan', photo: true },
      showInList: true,
    });
    expect(mine.state).toBe('registered');

    const own = (await send(t, w.outsider, 'GET', `/api/events/${event.id}`)).json() as EventDetail;
    expect(own.myRegistration?.answers).toEqual({ food: 'vegan', photo: true });
    const someoneElse = (await send(t, w.loner, 'GET', `/api/events/${event.id}`)).json() as EventDetail;
    expect(someoneElse.myRegistration).toBeNull();
    expect(JSON.stringify(someoneElse)).not.toContain('"answers"');

    const list = await send(t, w.organiser, 'GET', `/api/events/${event.id}/registrations`);
    expect(list.statusCode).toBe(200);
    expect((list.json() as RegistrationList).items[0]?.answers).toEqual({ food: 'vegan', photo: true });
    problemOf(await send(t, w.outsider, 'GET', `/api/events/${event.id}/registrations`), 403);
    problemOf(await send(t, w.colleague, 'GET', `/api/events/${event.id}/registrations`), 403);
    problemOf(await send(t, null, 'GET', `/api/events/${event.id}/registrations`), 401);
  });

  it('lists only attendees who agreed, and only for those who see the event', async () => {
    const event = await createdEvent(t, w.organiser, { visibility: 'organisation' });
    const shy = await createPerson(t, { organisation: w.home, name: 'Scheue Person' });
    await registered(t, w.colleague, event.id, { showInList: true });
    await registered(t, shy, event.id, { showInList: false });
    const res = await send(t, w.organiser, 'GET', `/api/events/${event.id}/attendees`);
    const list = res.json() as AttendeeList;
    expect(list.items.map((a) => a.name)).toEqual([w.colleague.name]);
    expect(list.items[0]?.organisation).toBe(w.home.name);
    problemOf(await send(t, w.outsider, 'GET', `/api/events/${event.id}/attendees`), 404);
    problemOf(await send(t, null, 'GET', `/api/events/${event.id}/attendees`), 404);
    // Consent can be withdrawn.
    await registered(t, w.colleague, event.id, { showInList: false });
    const after = (await send(t, w.organiser, 'GET', `/api/events/${event.id}/attendees`)).json() as AttendeeList;
    expect(after.items).toEqual([]);
  });

  it('puts people on the waitlist when full and moves the first up on a cancellation, with a mail', async () => {
    const event = await createdEvent(t, w.organiser, { visibility: 'platform', capacity: 1 });
    const first = await createPerson(t, { organisation: w.other });
    const second = await createPerson(t, { organisation: w.other });
    const third = await createPerson(t);
    expect((await registered(t, first, event.id)).state).toBe('registered');
    expect(await registered(t, second, event.id)).toMatchObject({ state: 'waitlisted', waitlistPosition: 1 });
    expect(await registered(t, third, event.id)).toMatchObject({ state: 'waitlisted', waitlistPosition: 2 });

    problemOf(await send(t, null, 'DELETE', `/api/events/${event.id}/registration`), 401);
    problemOf(await send(t, w.loner, 'DELETE', `/api/events/${event.id}/registration`), 404);
    expect((await send(t, first, 'DELETE', `/api/events/${event.id}/registration`)).statusCode).toBe(204);
    const moved = (await send(t, second, 'GET', `/api/events/${event.id}`)).json() as EventDetail;
    expect(moved.myRegistration?.state).toBe('registered');
    expect(moved.counts).toEqual({ registered: 1, waitlisted: 1 });
    const mails = t.mailsTo(second.email);
    expect(mails).toHaveLength(1);
    expect(mailBody(mails[0] as string)).toContain('Warteliste nachgerückt');
    expect(
      ((await send(t, third, 'GET', `/api/events/${event.id}`)).json() as EventDetail).myRegistration?.waitlistPosition,
    ).toBe(1);

    // More places move the waitlist up too.
    const body = { ...(await import('./event-fixtures.ts')).eventInput({ visibility: 'platform', capacity: 5 }) };
    expect((await send(t, w.organiser, 'PUT', `/api/events/${event.id}`, body)).statusCode).toBe(200);
    expect(((await send(t, third, 'GET', `/api/events/${event.id}`)).json() as EventDetail).myRegistration?.state).toBe(
      'registered',
    );
    expect(t.mailsTo(third.email)).toHaveLength(1);
  });

  it('refuses registration for closed, past and invisible events', async () => {
    const closed = await createdEvent(t, w.organiser, { registrationOpen: false });
    expect(problemOf(await registeredRaw(closed.id, w.outsider), 409).type).toMatch(/registration-closed/);
    const past = await createdEvent(t, w.organiser, { startsAt: day(-2, 8), endsAt: day(-2, 10) });
    expect(problemOf(await registeredRaw(past.id, w.outsider), 409).type).toMatch(/event-over/);
    const own = await createdEvent(t, w.organiser, { visibility: 'organisation' });
    problemOf(await registeredRaw(own.id, w.outsider), 404);
    problemOf(await registeredRaw('01900000-0000-7000-8000-000000000000', w.outsider), 404);
  });

  it('lets organisers cancel the whole event, telling everyone registered or waiting', async () => {
    const event = await createdEvent(t, w.organiser, { visibility: 'platform', capacity: 1 });
    const attendee = await createPerson(t);
    const waiting = await createPerson(t);
    await registered(t, attendee, event.id);
    await registered(t, waiting, event.id);
    const url = `/api/events/${event.id}/cancel`;
    problemOf(await send(t, null, 'POST', url, { reason: 'x' }), 401);
    problemOf(await send(t, attendee, 'POST', url, { reason: 'x' }), 403);
    problemOf(await send(t, w.organiser, 'POST', url, { reason: 'x'.repeat(1001) }), 400);
    const res = await send(t, w.organiser, 'POST', url, { reason: 'Der Saal ist nicht verfügbar.' });
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json() as EventDetail;
    expect(detail.cancelledAt).not.toBeNull();
    expect(detail.sequence).toBe(1);
    for (const person of [attendee, waiting]) {
      const mails = t.mailsTo(person.email);
      expect(mails).toHaveLength(1);
      expect(mailBody(mails[0] as string)).toContain('Der Saal ist nicht verfügbar.');
    }
    problemOf(await send(t, w.organiser, 'POST', url, { reason: '' }), 409);
    expect(problemOf(await registeredRaw(event.id, w.loner), 409).type).toMatch(/event-cancelled/);
    // Cancelling one's registration for a cancelled event moves nobody up.
    expect((await send(t, attendee, 'DELETE', `/api/events/${event.id}/registration`)).statusCode).toBe(204);
    expect(t.mailsTo(waiting.email)).toHaveLength(1);
  });
});

function registeredRaw(eventId: string, who: Parameters<typeof send>[1]) {
  return send(t, who, 'PUT', `/api/events/${eventId}/registration`, { answers: {}, showInList: false });
}
