import { and, eq } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../../platform/audit/tables.ts';
import { csvRows } from '../../../../test/csv-rows.ts';
import { createPerson } from '../../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../../test/test-app.ts';
import { notifications } from '../../../notifications/tables.ts';
import {
  allianceOfThree,
  declare,
  needInput,
  openPurchase,
  orgWithPeople,
  purchaseInput,
} from '../procurement-fixtures.ts';
import { procurementPurchases } from '../tables.ts';

const t = await buildTestApp();
const url = '/api/services/procurement/purchases';

describe('opening a joint purchase', () => {
  it('opens with lots, checks the EU threshold of the year, audits and tells the alliance’s other admins', async () => {
    const { alliance, lead, second } = await allianceOfThree(t);
    const res = await t.request({
      method: 'POST',
      url,
      cookie: lead.admin.cookie,
      payload: purchaseInput({ visibility: 'alliance', allianceId: alliance.id, estimatedValueCents: 21_600_000 }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const purchase = res.json();
    expect(purchase).toMatchObject({
      stage: 'needs-survey',
      visibility: 'alliance',
      alliance: { id: alliance.id },
      owner: { id: lead.organisation.id },
      authorityKind: 'sub-central',
      threshold: { thresholdCents: 21_600_000, above: true, validFrom: '2026-01-01', validTo: '2027-12-31' },
      viewer: { isLead: true, canDeclare: true, deadlinePassed: false },
    });
    expect(purchase.lotList.map((l: { position: number }) => l.position)).toEqual([1, 2]);
    expect(purchase.lotList[0].totals).toEqual({ organisations: 0, quantity: 0, budgetCents: 0 });
    const entries = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'procurement.purchase_opened'), eq(auditLog.subjectId, purchase.id)));
    expect(entries).toHaveLength(1);
    const told = await t.deps.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.personId, second.admin.id), eq(notifications.kind, 'procurement-purchase-opened')));
    expect(told.map((n) => n.link)).toEqual([`/services/procurement/${purchase.id}`]);
  });

  it('states the central and works thresholds', async () => {
    const { admin } = await orgWithPeople(t);
    const central = await openPurchase(t, admin, { authorityKind: 'central', estimatedValueCents: 13_999_999 });
    expect(central).toMatchObject({ threshold: { thresholdCents: 14_000_000, above: false } });
    const works = await openPurchase(t, admin, { contractKind: 'works', cpvCodes: ['45000000-7'] });
    expect(works).toMatchObject({ threshold: { thresholdCents: 540_400_000, above: false } });
  });

  it('refuses bad input with problem+json naming the field', async () => {
    const { admin } = await orgWithPeople(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ estimatedValueCents: -1 }, '/estimatedValueCents'],
      [{ estimatedValueCents: 12.5 }, '/estimatedValueCents'],
      [{ estimatedValueCents: 'NaN' }, '/estimatedValueCents'],
      [{ cpvCodes: ['30000000-1'] }, '/cpvCodes/0'],
      [{ cpvCodes: ['99000000-0'] }, '/cpvCodes/0'],
      [{ cpvCodes: ['3000000-9'] }, '/cpvCodes/0'],
      [{ subject: '   ' }, '/subject'],
      [{ periodStart: '2027-05-01', periodEnd: '2027-01-01' }, '/periodEnd'],
      [{ visibility: 'alliance' }, '/allianceId'],
      [{ periodStart: '0000-01-01' }, '/periodStart'],
      [{ periodStart: '2027-02-30' }, '/periodStart'],
      [{ needsDeadline: '0000-01-01T00:00:00Z' }, '/needsDeadline'],
      [{ lots: [] }, '/lots'],
      [{ extra: 1 }, ''],
    ];
    for (const [change, field] of cases) {
      const res = await t.request({ method: 'POST', url, cookie: admin.cookie, payload: purchaseInput(change) });
      const problem = problemOf(res, 400);
      if (field) expect(JSON.stringify(problem.errors ?? problem), JSON.stringify(change)).toContain(field);
    }
    const malformed = await t.request({
      method: 'POST',
      url,
      cookie: admin.cookie,
      headers: { 'content-type': 'application/json' },
      payload: '{"subject":',
    });
    problemOf(malformed, 400);
  });

  it('accepts a deeper CPV code within a known division, marked unverified by the partial list', async () => {
    const { admin } = await orgWithPeople(t);
    const purchase = await openPurchase(t, admin, { cpvCodes: ['30213100-6'] });
    expect(purchase).toMatchObject({ cpvCodes: ['30213100-6'] });
    const list = await t.request({
      method: 'GET',
      url: '/api/services/procurement/cpv?q=computing',
      cookie: admin.cookie,
    });
    expect(list.json()).toMatchObject({ partial: true, codes: [{ code: '30000000-9' }] });
  });

  it('is refused to people who are not admins, to the signed-out and for another organisation’s alliance', async () => {
    const { editor, admin } = await orgWithPeople(t);
    problemOf(await t.request({ method: 'POST', url, cookie: editor.cookie, payload: purchaseInput() }), 403);
    problemOf(await t.request({ method: 'POST', url, payload: purchaseInput() }), 401);
    const loner = await createPerson(t);
    problemOf(await t.request({ method: 'POST', url, cookie: loner.cookie, payload: purchaseInput() }), 403);
    const { alliance } = await allianceOfThree(t);
    const res = await t.request({
      method: 'POST',
      url,
      cookie: admin.cookie,
      payload: purchaseInput({ visibility: 'alliance', allianceId: alliance.id }),
    });
    expect(problemOf(res, 400).errors?.[0]?.field).toBe('/allianceId');
  });
});

describe('who sees a purchase', () => {
  it('alliance: the alliance’s members see it, others get 404 and do not find it listed', async () => {
    const { alliance, lead, second } = await allianceOfThree(t);
    const purchase = await openPurchase(t, lead.admin, { visibility: 'alliance', allianceId: alliance.id });
    const outsider = await orgWithPeople(t);
    const get = (cookie?: string) => t.request({ method: 'GET', url: `${url}/${purchase.id}`, cookie });
    expect((await get(second.member.cookie)).statusCode).toBe(200);
    problemOf(await get(outsider.admin.cookie), 404);
    problemOf(await get(), 401);
    const listed = await t.request({ method: 'GET', url, cookie: outsider.admin.cookie });
    expect(listed.json().purchases.map((p: { id: string }) => p.id)).not.toContain(purchase.id);
    const secondList = await t.request({ method: 'GET', url, cookie: second.member.cookie });
    expect(secondList.json().purchases.map((p: { id: string }) => p.id)).toContain(purchase.id);
  });

  it('organisation: only the owner’s people; platform: everyone signed in', async () => {
    const owner = await orgWithPeople(t);
    const other = await orgWithPeople(t);
    const own = await openPurchase(t, owner.admin, { visibility: 'organisation' });
    const open = await openPurchase(t, owner.admin, { visibility: 'platform' });
    expect((await t.request({ method: 'GET', url: `${url}/${own.id}`, cookie: owner.member.cookie })).statusCode).toBe(
      200,
    );
    problemOf(await t.request({ method: 'GET', url: `${url}/${own.id}`, cookie: other.admin.cookie }), 404);
    const loner = await createPerson(t);
    expect((await t.request({ method: 'GET', url: `${url}/${open.id}`, cookie: loner.cookie })).statusCode).toBe(200);
    problemOf(await t.request({ method: 'GET', url: `${url}/not-an-id`, cookie: loner.cookie }), 400);
    problemOf(await t.request({ method: 'GET', url: `${url}/${crypto.randomUUID()}`, cookie: loner.cookie }), 404);
  });
});

describe('needs per lot', () => {
  it('three members declare; each sees only its own; the lead sees the sums and exports them', async () => {
    const { alliance, lead, second, third } = await allianceOfThree(t);
    const purchase = await openPurchase(t, lead.admin, { visibility: 'alliance', allianceId: alliance.id });
    const lot1 = purchase.lotList[0] as { id: string };
    const lot2 = purchase.lotList[1] as { id: string };
    expect((await declare(t, lead.editor, purchase.id, lot1.id, needInput(10, 1_000_000))).statusCode).toBe(200);
    expect((await declare(t, second.admin, purchase.id, lot1.id, needInput(25, 2_500_050))).statusCode).toBe(200);
    expect((await declare(t, third.editor, purchase.id, lot2.id, needInput(4, 800_000))).statusCode).toBe(200);
    // A second declaration replaces the first.
    const changed = await declare(t, second.admin, purchase.id, lot1.id, needInput(30, 3_000_000));
    expect(changed.json()).toMatchObject({ quantity: 30, contactEmail: 'erika@beschaffung.example' });

    const seenBySecond = (
      await t.request({ method: 'GET', url: `${url}/${purchase.id}`, cookie: second.member.cookie })
    ).json();
    expect(seenBySecond.myNeeds.map((n: { organisation: { id: string } }) => n.organisation.id)).toEqual([
      second.organisation.id,
    ]);
    expect(seenBySecond.lotList[0].totals).toBeNull();
    problemOf(await t.request({ method: 'GET', url: `${url}/${purchase.id}/needs`, cookie: second.admin.cookie }), 403);
    problemOf(await t.request({ method: 'GET', url: `${url}/${purchase.id}/needs`, cookie: lead.editor.cookie }), 403);
    problemOf(
      await t.request({ method: 'GET', url: `${url}/${purchase.id}/needs.csv`, cookie: third.admin.cookie }),
      403,
    );
    const outsider = await orgWithPeople(t);
    problemOf(
      await t.request({ method: 'GET', url: `${url}/${purchase.id}/needs.csv`, cookie: outsider.admin.cookie }),
      404,
    );
    problemOf(await t.request({ method: 'GET', url: `${url}/${purchase.id}/needs.csv` }), 401);
    // The workbook has the same walls.
    const xlsxAs = (cookie?: string) =>
      t.request({ method: 'GET', url: `${url}/${purchase.id}/needs.xlsx`, ...(cookie ? { cookie } : {}) });
    problemOf(await xlsxAs(third.admin.cookie), 403);
    problemOf(await xlsxAs(outsider.admin.cookie), 404);
    problemOf(await xlsxAs(), 401);

    const seenByLead = (
      await t.request({ method: 'GET', url: `${url}/${purchase.id}`, cookie: lead.admin.cookie })
    ).json();
    expect(seenByLead.lotList.map((l: { totals: unknown }) => l.totals)).toEqual([
      { organisations: 2, quantity: 40, budgetCents: 4_000_000 },
      { organisations: 1, quantity: 4, budgetCents: 800_000 },
    ]);
    const all = await t.request({ method: 'GET', url: `${url}/${purchase.id}/needs`, cookie: lead.admin.cookie });
    expect(all.json().needs).toHaveLength(3);

    const csv = await t.request({ method: 'GET', url: `${url}/${purchase.id}/needs.csv`, cookie: lead.admin.cookie });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    const rows = csvRows(csv.body.slice(1));
    expect(rows[0]?.[0]).toBe('Los');
    const sums = rows.filter((r) => r[1]?.startsWith('Summe'));
    expect(sums.map((r) => [r[0], r[3], r[5]])).toEqual([
      ['1', '40', '40000,00'],
      ['2', '4', '8000,00'],
    ]);
    // The workbook: the same lines, quantities and euros as numbers (not text), the sums bold.
    const xlsx = await t.request({ method: 'GET', url: `${url}/${purchase.id}/needs.xlsx`, cookie: lead.admin.cookie });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers['content-disposition']).toMatch(/filename="bedarf-.*\.xlsx"/);
    const workbook = unzipSync(new Uint8Array(xlsx.rawPayload));
    const sheet = Buffer.from(workbook['xl/worksheets/sheet1.xml'] as Uint8Array).toString('utf8');
    const shared = Buffer.from(workbook['xl/sharedStrings.xml'] as Uint8Array).toString('utf8');
    expect(shared).toContain('Los');
    expect(shared).toContain('Summe');
    // Numbers are <v> values of cells without t="s": the sums 40 and 40000, 4 and 8000.
    const numbers = [...sheet.matchAll(/<c [^>]*?(?<!t="s")>\s*<v>([^<]+)<\/v>/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(expect.arrayContaining([40, 40000, 4, 8000]));
    // A need taken back leaves the sums; a second withdrawal finds nothing.
    const withdrawUrl = `${url}/${purchase.id}/lots/${lot2.id}/need`;
    expect((await t.request({ method: 'DELETE', url: withdrawUrl, cookie: third.editor.cookie })).statusCode).toBe(204);
    problemOf(await t.request({ method: 'DELETE', url: withdrawUrl, cookie: third.editor.cookie }), 404);
    const after = (await t.request({ method: 'GET', url: `${url}/${purchase.id}`, cookie: lead.admin.cookie })).json();
    expect(after.lotList[1].totals).toEqual({ organisations: 0, quantity: 0, budgetCents: 0 });
    const english = await t.request({
      method: 'GET',
      url: `${url}/${purchase.id}/needs.csv?lang=en`,
      cookie: lead.admin.cookie,
    });
    expect(csvRows(english.body.slice(1))[0]?.[0]).toBe('Lot');
  });

  it('refuses bad quantities and money, plain members, outsiders and a lot of another purchase', async () => {
    const { alliance, lead, second } = await allianceOfThree(t);
    const purchase = await openPurchase(t, lead.admin, { visibility: 'alliance', allianceId: alliance.id });
    const other = await openPurchase(t, lead.admin);
    const lot = purchase.lotList[0]?.id as string;
    for (const bad of [
      needInput(-1, 100),
      needInput(0, 100),
      needInput(1.5, 100),
      needInput(1, -5),
      needInput(1, 0.5),
      { ...needInput(1, 1), quantity: 'NaN' },
      { ...needInput(1, 1), contactEmail: 'no-address' },
      { ...needInput(1, 1), contactName: '  ' },
      { ...needInput(1, 1), extra: true },
    ]) {
      problemOf(await declare(t, second.admin, purchase.id, lot, bad), 400);
    }
    problemOf(await declare(t, second.member, purchase.id, lot, needInput(1, 1)), 403);
    problemOf(await declare(t, null, purchase.id, lot, needInput(1, 1)), 401);
    const outsider = await orgWithPeople(t);
    problemOf(await declare(t, outsider.admin, purchase.id, lot, needInput(1, 1)), 404);
    problemOf(await declare(t, second.admin, other.id, lot, needInput(1, 1)), 404);
    problemOf(
      await t.request({ method: 'DELETE', url: `${url}/${purchase.id}/lots/${lot}/need`, cookie: second.admin.cookie }),
      404,
    );
  });

  it('closes at the deadline (409) and when the survey stage is over', async () => {
    const { admin, editor } = await orgWithPeople(t);
    const purchase = await openPurchase(t, admin);
    const lot = purchase.lotList[0]?.id as string;
    expect((await declare(t, editor, purchase.id, lot, needInput(1, 1))).statusCode).toBe(200);
    await t.deps.db
      .update(procurementPurchases)
      .set({ needsDeadline: new Date(Date.now() - 1000) })
      .where(eq(procurementPurchases.id, purchase.id));
    expect(problemOf(await declare(t, editor, purchase.id, lot, needInput(2, 2)), 409).type).toBe(
      '/problems/needs-closed',
    );
    const withdraw = await t.request({
      method: 'DELETE',
      url: `${url}/${purchase.id}/lots/${lot}/need`,
      cookie: editor.cookie,
    });
    problemOf(withdraw, 409);
  });
});

describe('the timeline, tender and award', () => {
  it('moves forward, records the eForms notice ID and the award (audited); refuses going back', async () => {
    const { admin, editor } = await orgWithPeople(t);
    const purchase = await openPurchase(t, admin);
    const patch = (payload: Record<string, unknown>, cookie = admin.cookie) =>
      t.request({ method: 'PATCH', url: `${url}/${purchase.id}`, cookie, payload });
    problemOf(await patch({ stage: 'tender' }, editor.cookie), 403);
    expect((await patch({ stage: 'tender', tenderReference: '00123456-2027' })).json()).toMatchObject({
      stage: 'tender',
      tenderReference: '00123456-2027',
    });
    problemOf(await patch({ tenderReference: 'TED-123' }), 400);
    problemOf(await patch({ awardedTo: 'Bürotechnik GmbH' }), 400);
    problemOf(await patch({ stage: 'needs-survey' }), 400);
    problemOf(await patch({ awardedValueCents: -1 }), 400);
    const awarded = await patch({ stage: 'award', awardedTo: 'Bürotechnik GmbH', awardedValueCents: 19_999_900 });
    expect(awarded.json()).toMatchObject({
      stage: 'award',
      awardedTo: 'Bürotechnik GmbH',
      awardedAt: expect.any(String),
    });
    const entries = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'procurement.purchase_awarded'), eq(auditLog.subjectId, purchase.id)));
    expect(entries).toHaveLength(1);
    const outsider = await orgWithPeople(t);
    expect((await patch({ stage: 'call-offs' }, outsider.admin.cookie)).statusCode).toBe(403);
    const hidden = await openPurchase(t, admin, { visibility: 'organisation' });
    problemOf(
      await t.request({
        method: 'PATCH',
        url: `${url}/${hidden.id}`,
        cookie: outsider.admin.cookie,
        payload: { stage: 'tender' },
      }),
      404,
    );
  });
});
