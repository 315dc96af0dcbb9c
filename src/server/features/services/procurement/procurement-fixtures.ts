import { expect } from 'vitest';
import { createOrganisation, createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { answer, createAllianceAs, invite } from '../../alliances/alliance-fixtures.ts';

// Helpers for the procurement tests: each test builds its own organisations, people and alliance.

export async function orgWithPeople(t: TestApp, landCode = '03') {
  const organisation = await createOrganisation(t, { landCode });
  const admin = await createPerson(t, { organisation, role: 'admin' });
  const editor = await createPerson(t, { organisation, role: 'editor' });
  const member = await createPerson(t, { organisation, role: 'member' });
  return { organisation, admin, editor, member };
}

/** An alliance of a lead and two further organisations, all full members. */
export async function allianceOfThree(t: TestApp, landCode = '03') {
  const lead = await orgWithPeople(t, landCode);
  const second = await orgWithPeople(t, landCode);
  const third = await orgWithPeople(t, landCode);
  const alliance = await createAllianceAs(t, lead.admin, `Einkaufsverbund ${unique('v')}`);
  for (const other of [second, third]) {
    expect((await invite(t, lead.admin, alliance.id, other.organisation.id)).statusCode).toBe(201);
    expect((await answer(t, other.admin, alliance.id, other.organisation.id, 'accept')).statusCode).toBe(204);
  }
  return { alliance, lead, second, third };
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export function purchaseInput(overrides: Record<string, unknown> = {}) {
  return {
    subject: `Laptops ${unique('l')}`,
    description: 'Gemeinsame Beschaffung von Notebooks',
    cpvCodes: ['30000000-9'],
    lots: [
      { title: 'Notebooks Standard', unit: 'Stück' },
      { title: 'Notebooks Entwicklung', unit: 'Stück' },
    ],
    estimatedValueCents: 25_000_000,
    contractKind: 'supplies',
    needsDeadline: inDays(14),
    periodStart: '2027-01-01',
    periodEnd: '2027-12-31',
    visibility: 'platform',
    ...overrides,
  };
}

export async function openPurchase(t: TestApp, admin: TestPerson, overrides: Record<string, unknown> = {}) {
  const res = await t.request({
    method: 'POST',
    url: '/api/services/procurement/purchases',
    cookie: admin.cookie,
    payload: purchaseInput(overrides),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; subject: string; lotList: { id: string; title: string }[] };
}

export function needInput(quantity: number, budgetCents: number) {
  return { quantity, budgetCents, contactName: 'Erika Muster', contactEmail: 'Erika@Beschaffung.example' };
}

export async function declare(t: TestApp, person: TestPerson | null, id: string, lotId: string, body: unknown) {
  return t.request({
    method: 'PUT',
    url: `/api/services/procurement/purchases/${id}/lots/${lotId}/need`,
    cookie: person?.cookie,
    payload: body as Record<string, unknown>,
  });
}
