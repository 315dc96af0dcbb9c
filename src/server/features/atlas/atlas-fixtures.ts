import { and, desc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Cooperation, CooperationInput } from '../../../shared/contracts/atlas.ts';
import { auditLog } from '../../platform/audit/tables.ts';
import {
  createOrganisation,
  createPerson,
  type TestOrganisation,
  type TestPerson,
  unique,
} from '../../test/factories.ts';
import type { TestApp } from '../../test/test-app.ts';
import { notifications } from '../notifications/tables.ts';

// Helpers for the atlas record tests: each test builds its own organisations, people and records.

/** A complete, valid record naming the given partners; `overrides` replace fields. */
export function recordInput(partnerIds: string[], overrides: Partial<CooperationInput> = {}): CooperationInput {
  return {
    title: `Gemeinsamer Bauhof ${unique('t')}`,
    summary: 'Drei Gemeinden teilen sich Maschinen und Personal.',
    sector: '06',
    sectorGroup: '06.2',
    fields: ['bauhof', 'beschaffung'],
    keywords: ['Winterdienst'],
    partnerIds,
    externalPartners: ['Maschinenring Nord'],
    contacts: [{ name: 'Erika Muster', role: 'Leitung Bauhof', email: 'erika@bauhof.example', phone: '0123 456' }],
    website: 'https://bauhof.example',
    startYear: 2015,
    endYear: null,
    status: 'laufend',
    legalForm: 'zweckvereinbarung',
    awards: [{ name: 'Kommunalpreis', year: 2018 }],
    funding: [{ programme: 'Förderprogramm Interkommunal', amount: 50_000 }],
    investment: 250_000,
    yearlySavings: 40_000,
    populationServed: 30_000,
    description: '<p>Der Bauhof arbeitet für alle drei Gemeinden.</p>',
    currentStatus: '<p>Läuft.</p>',
    lessonsLearned: '<ul><li>Früh die Räte einbinden</li></ul>',
    furtherInformation: '',
    transferable: true,
    transferRequirements: 'Eine Zweckvereinbarung und ein gemeinsamer Maschinenpark.',
    ...overrides,
  };
}

export interface Partner {
  organisation: TestOrganisation;
  member: TestPerson;
}

/** A fresh organisation with a confirmed member. */
export async function partner(t: TestApp, input: { landCode?: string } = {}): Promise<Partner> {
  const organisation = await createOrganisation(t, input);
  const member = await createPerson(t, { organisation });
  return { organisation, member };
}

export async function createRecord(t: TestApp, person: TestPerson, input: CooperationInput): Promise<Cooperation> {
  const res = await t.request({
    method: 'POST',
    url: '/api/atlas/cooperations',
    cookie: person.cookie,
    payload: input,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Cooperation;
}

export async function changeState(t: TestApp, person: TestPerson | null, id: string, state: string, note?: string) {
  return t.request({
    method: 'POST',
    url: `/api/atlas/cooperations/${id}/state`,
    cookie: person?.cookie,
    payload: note === undefined ? { state } : { state, note },
  });
}

/** A record of the partner's organisation, published by a platform admin. */
export async function publishedRecord(
  t: TestApp,
  owner: Partner,
  overrides: Partial<CooperationInput> = {},
): Promise<Cooperation> {
  const record = await createRecord(t, owner.member, recordInput([owner.organisation.id], overrides));
  const admin = await createPerson(t, { platformAdmin: true });
  const res = await changeState(t, admin, record.id, 'published');
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Cooperation;
}

export async function getRecord(t: TestApp, person: TestPerson | null, slug: string) {
  return t.request({ method: 'GET', url: `/api/atlas/cooperations/${slug}`, cookie: person?.cookie });
}

export async function replaceRecord(
  t: TestApp,
  person: TestPerson | null,
  record: { id: string; revision: number },
  input: CooperationInput,
) {
  return t.request({
    method: 'PUT',
    url: `/api/atlas/cooperations/${record.id}?baseRevision=${record.revision}`,
    cookie: person?.cookie,
    payload: input,
  });
}

/** The in-app notifications a person got, newest first. */
export async function notificationsOf(t: TestApp, personId: string) {
  return t.deps.db
    .select()
    .from(notifications)
    .where(eq(notifications.personId, personId))
    .orderBy(desc(notifications.createdAt));
}

export async function auditEntries(t: TestApp, action: string, subjectId: string) {
  return t.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.subjectId, subjectId)));
}
