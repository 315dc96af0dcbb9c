import { expect } from 'vitest';
import type { EventDetail, EventInput, SessionInput } from '../../../shared/contracts/events.ts';
import {
  createOrganisation,
  createPerson,
  type TestOrganisation,
  type TestPerson,
  unique,
} from '../../test/factories.ts';
import type { TestApp } from '../../test/test-app.ts';

// Helpers for the events' tests: each test file builds its own organisations, people and events.

export interface EventWorld {
  home: TestOrganisation;
  /** An editor of the organising organisation. */
  organiser: TestPerson;
  /** A plain member of the organising organisation. */
  colleague: TestPerson;
  other: TestOrganisation;
  /** A member of another organisation. */
  outsider: TestPerson;
  /** Signed in, without any organisation. */
  loner: TestPerson;
}

export async function eventWorld(t: TestApp): Promise<EventWorld> {
  const home = await createOrganisation(t);
  const other = await createOrganisation(t);
  return {
    home,
    organiser: await createPerson(t, { organisation: home, role: 'editor' }),
    colleague: await createPerson(t, { organisation: home, role: 'member' }),
    other,
    outsider: await createPerson(t, { organisation: other, role: 'admin' }),
    loner: await createPerson(t),
  };
}

export const day = (days: number, hour = 9) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

export function eventInput(over: Partial<EventInput> = {}): EventInput {
  return {
    title: `Dialogforum ${unique('ev')}`,
    description: 'Austausch über Erfolge und Hindernisse.',
    startsAt: day(30, 8),
    endsAt: day(30, 16),
    placeName: 'Rathaus',
    address: 'Markt 1, 01067 Dresden',
    latitude: 51.05,
    longitude: 13.74,
    onlineUrl: null,
    visibility: 'public',
    allianceId: null,
    organiserIds: [],
    capacity: null,
    registrationOpen: true,
    questions: [],
    ...over,
  };
}

export function sessionInput(over: Partial<SessionInput> = {}): SessionInput {
  return {
    title: `Programmpunkt ${unique('s')}`,
    description: '',
    startsAt: day(30, 9),
    endsAt: day(30, 10),
    room: 'Saal 1',
    speakers: [{ personId: null, name: 'Erika Muster' }],
    materials: [],
    ...over,
  };
}

export async function send(t: TestApp, who: TestPerson | null, method: string, url: string, payload?: unknown) {
  return t.request({
    method: method as 'GET',
    url,
    cookie: who?.cookie,
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

export async function createdEvent(t: TestApp, who: TestPerson, over: Partial<EventInput> = {}): Promise<EventDetail> {
  const res = await send(t, who, 'POST', '/api/events', eventInput(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as EventDetail;
}

export async function registered(t: TestApp, who: TestPerson, eventId: string, body: object = {}) {
  const res = await send(t, who, 'PUT', `/api/events/${eventId}/registration`, {
    answers: {},
    showInList: false,
    ...body,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { state: string; waitlistPosition: number | null };
}
