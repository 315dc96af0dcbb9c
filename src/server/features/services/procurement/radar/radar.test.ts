import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { TestPerson } from '../../../../test/factories.ts';
import { unique } from '../../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../../test/test-app.ts';
import { notifications } from '../../../notifications/tables.ts';
import { allianceOfThree, openPurchase, orgWithPeople } from '../procurement-fixtures.ts';

const t = await buildTestApp();
const plans = '/api/services/procurement/plans';

async function plan(person: TestPerson, overrides: Record<string, unknown> = {}) {
  const res = await t.request({
    method: 'POST',
    url: plans,
    cookie: person.cookie,
    payload: {
      title: `Plan ${unique('p')}`,
      cpvCode: '30200000-1',
      periodStart: '2027-03-01',
      periodEnd: '2027-06-30',
      quantity: 40,
      unit: 'Stück',
      ...overrides,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; title: string };
}

async function radarOf(person: TestPerson) {
  const res = await t.request({ method: 'GET', url: '/api/services/procurement/radar', cookie: person.cookie });
  expect(res.statusCode).toBe(200);
  return res.json().proposals as {
    reason: string;
    cpvGroup: string;
    alliance: { id: string } | null;
    mine: { id: string };
    theirs: { id: string; organisation: { id: string } };
  }[];
}

async function radarNotices(person: TestPerson, title: string) {
  return t.deps.db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.personId, person.id),
        eq(notifications.kind, 'procurement-radar-match'),
        sql`${notifications.data}->>'title' = ${title}`,
      ),
    );
}

describe('the bundling radar', () => {
  it('proposes to bundle plans of one alliance in the same CPV group with overlapping periods, once', async () => {
    // Different Länder, so only the alliance brings them together.
    const { alliance, lead, second } = await allianceOfThree(t, '14');
    const mine = await plan(lead.admin, { cpvCode: '30200000-1' });
    const theirs = await plan(second.editor, {
      cpvCode: '30213100-6',
      periodStart: '2027-06-01',
      periodEnd: '2027-09-30',
    });
    const proposals = (await radarOf(lead.member)).filter((p) => p.theirs.id === theirs.id);
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({
      reason: 'alliance',
      cpvGroup: '302',
      alliance: { id: alliance.id },
      mine: { id: mine.id },
    });
    expect(await radarNotices(lead.admin, theirs.title)).toHaveLength(1);
    expect(await radarNotices(second.admin, mine.title)).toHaveLength(1);
    // Both sides see it; neither a later plan of another group nor a repeated look makes a second notice.
    expect((await radarOf(second.admin)).some((p) => p.theirs.id === mine.id)).toBe(true);
    await plan(second.editor, { cpvCode: '45000000-7' });
    expect(await radarNotices(lead.admin, theirs.title)).toHaveLength(1);
  });

  it('matches in the same Land; not across Länder without an alliance, nor without overlap', async () => {
    const land = '13';
    const a = await orgWithPeople(t, land);
    const b = await orgWithPeople(t, land);
    const far = await orgWithPeople(t, '08');
    const cpv = '90000000-7';
    const planA = await plan(a.admin, { cpvCode: cpv, periodStart: '2028-01-01', periodEnd: '2028-03-31' });
    const planB = await plan(b.admin, { cpvCode: cpv, periodStart: '2028-03-31', periodEnd: '2028-05-01' });
    const later = await plan(b.admin, { cpvCode: cpv, periodStart: '2028-04-01', periodEnd: '2028-05-01' });
    const farPlan = await plan(far.admin, { cpvCode: cpv, periodStart: '2028-01-01', periodEnd: '2028-03-31' });
    const seen = (await radarOf(a.admin)).map((p) => p.theirs.id);
    expect(seen).toContain(planB.id);
    expect(seen).not.toContain(later.id);
    expect(seen).not.toContain(farPlan.id);
    expect((await radarOf(a.admin)).find((p) => p.theirs.id === planB.id)?.reason).toBe('land');
    void planA;
  });

  it('pairs plans with open joint purchases, but never reveals a purchase the other side may not see', async () => {
    const land = '12';
    const owner = await orgWithPeople(t, land);
    const neighbour = await orgWithPeople(t, land);
    const open = await openPurchase(t, owner.admin, {
      cpvCodes: ['48000000-8'],
      periodStart: '2029-01-01',
      periodEnd: '2029-12-31',
    });
    const hidden = await openPurchase(t, owner.admin, {
      visibility: 'organisation',
      cpvCodes: ['48000000-8'],
      periodStart: '2029-01-01',
      periodEnd: '2029-12-31',
    });
    await plan(neighbour.admin, { cpvCode: '48000000-8', periodStart: '2029-02-01', periodEnd: '2029-02-28' });
    const seen = (await radarOf(neighbour.admin)).map((p) => p.theirs.id);
    expect(seen).toContain(open.id);
    expect(seen).not.toContain(hidden.id);
  });

  it('plans: admins and editors enter and remove them, members only read; walls and bad input', async () => {
    const { admin, member, editor } = await orgWithPeople(t);
    const entry = await plan(editor);
    problemOf(
      await t.request({
        method: 'POST',
        url: plans,
        cookie: member.cookie,
        payload: { title: 'x', cpvCode: '30200000-1', periodStart: '2027-01-01', periodEnd: '2027-02-01' },
      }),
      403,
    );
    problemOf(
      await t.request({
        method: 'POST',
        url: plans,
        payload: { title: 'x', cpvCode: '30200000-1', periodStart: '2027-01-01', periodEnd: '2027-02-01' },
      }),
      401,
    );
    for (const bad of [
      { cpvCode: '30200000' },
      { cpvCode: '99999999-9' },
      { periodStart: '2027-05-01', periodEnd: '2027-01-01' },
      { quantity: -3 },
      { quantity: 2.5 },
      { periodStart: 'soon' },
      { periodStart: '2027-02-30' },
      { periodEnd: '0000-12-31' },
      { title: ' ' },
    ]) {
      const res = await t.request({
        method: 'POST',
        url: plans,
        cookie: admin.cookie,
        payload: {
          title: 'Drucker',
          cpvCode: '30200000-1',
          periodStart: '2027-01-01',
          periodEnd: '2027-02-01',
          ...bad,
        },
      });
      problemOf(res, 400);
    }
    const listed = await t.request({ method: 'GET', url: plans, cookie: member.cookie });
    expect(listed.json().plans.map((p: { id: string }) => p.id)).toContain(entry.id);
    const other = await orgWithPeople(t);
    expect(
      (await t.request({ method: 'GET', url: plans, cookie: other.admin.cookie }))
        .json()
        .plans.map((p: { id: string }) => p.id),
    ).not.toContain(entry.id);
    problemOf(await t.request({ method: 'DELETE', url: `${plans}/${entry.id}`, cookie: other.admin.cookie }), 404);
    problemOf(await t.request({ method: 'DELETE', url: `${plans}/${entry.id}`, cookie: member.cookie }), 403);
    expect((await t.request({ method: 'DELETE', url: `${plans}/${entry.id}`, cookie: admin.cookie })).statusCode).toBe(
      204,
    );
    problemOf(await t.request({ method: 'DELETE', url: `${plans}/${entry.id}`, cookie: admin.cookie }), 404);
    problemOf(await t.request({ method: 'GET', url: '/api/services/procurement/radar' }), 401);
  });
});
