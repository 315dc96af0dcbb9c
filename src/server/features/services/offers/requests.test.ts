import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OfferRequest, OfferRequestList } from '../../../../shared/contracts/services-offers.ts';
import { auditLog } from '../../../platform/audit/tables.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { notificationsOf } from '../../workspaces/workspace-fixtures.ts';
import { OFFER_NOTIFICATIONS } from './ask-for-offer.ts';
import { createdOffer, type OfferWorld, offerInput, offerWorld, send } from './offer-fixtures.ts';

let t: TestApp;
let w: OfferWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await offerWorld(t);
});

async function allianceOffer() {
  return createdOffer(t, w.leipzigAdmin, offerInput(w.leipzig, { audience: 'alliance', allianceId: w.alliance.id }));
}

async function asked(offerId: string, person = w.magdeburgAdmin): Promise<OfferRequest> {
  const res = await send(t, person, 'POST', `/api/services/offers/${offerId}/requests`, {
    message: 'Wir möchten unsere E-Akte ab Frühjahr bei Ihnen betreiben lassen.',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as OfferRequest;
}

async function auditOf(action: string, subjectId: string) {
  return t.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.subjectId, subjectId)));
}

describe('asking for an offer', () => {
  it('lets an admin or editor of another organisation ask; the provider’s admins are told', async () => {
    const offer = await allianceOffer();
    const request = await asked(offer.id);
    expect(request).toMatchObject({
      offerId: offer.id,
      state: 'open',
      provider: { id: w.leipzig.id },
      requester: { id: w.magdeburg.id },
      requestedBy: { id: w.magdeburgAdmin.id, name: 'Mara Magdeburg' },
      agreement: null,
      viewer: { canAnswer: false },
    });
    const told = await notificationsOf(t, w.leipzigAdmin, OFFER_NOTIFICATIONS.request);
    expect(told.some((n) => n.link === `/services/offers/${offer.id}`)).toBe(true);
    expect(told.at(-1)?.data).toMatchObject({ organisationName: w.magdeburg.name, title: offer.title });
    const again = await send(t, w.magdeburgEditor, 'POST', `/api/services/offers/${offer.id}/requests`, {
      message: 'Noch einmal',
    });
    expect(problemOf(again, 409).type).toContain('request-open');
    await asked(offer.id, w.dresdenAdmin);
  });

  it('refuses the provider itself and plain members (403), outsiders (404), bad input (400)', async () => {
    const offer = await allianceOffer();
    const url = `/api/services/offers/${offer.id}/requests`;
    problemOf(await send(t, w.leipzigAdmin, 'POST', url, { message: 'Selbst' }), 403);
    problemOf(await send(t, w.magdeburgMember, 'POST', url, { message: 'Ich' }), 403);
    problemOf(await send(t, w.hamburgAdmin, 'POST', url, { message: 'Wir' }), 404);
    problemOf(await send(t, null, 'POST', url, { message: 'Wir' }), 401);
    problemOf(await send(t, w.magdeburgAdmin, 'POST', url, { message: '' }), 400);
    problemOf(await send(t, w.magdeburgAdmin, 'POST', url, { message: '   ' }), 400);
    problemOf(await send(t, w.magdeburgAdmin, 'POST', url, { message: 'x'.repeat(4001) }), 400);
    problemOf(await send(t, w.magdeburgAdmin, 'POST', url, { message: 'Hallo', extra: true }), 400);
    await send(t, w.leipzigAdmin, 'POST', `/api/services/offers/${offer.id}/withdraw`);
    problemOf(await send(t, w.magdeburgAdmin, 'POST', url, { message: 'Zu spät' }), 404);
  });

  it('takes no request for an offer whose term has ended (409)', async () => {
    const ended = await createdOffer(
      t,
      w.leipzigAdmin,
      offerInput(w.leipzig, { validFrom: '2020-01-01', validUntil: '2020-12-31' }),
    );
    const res = await send(t, w.magdeburgAdmin, 'POST', `/api/services/offers/${ended.id}/requests`, {
      message: 'Hallo',
    });
    expect(problemOf(res, 409).type).toContain('offer-closed');
  });

  it('shows a request to the two organisations only', async () => {
    const offer = await allianceOffer();
    const request = await asked(offer.id);
    const url = `/api/services/offer-requests/${request.id}`;
    expect((await send(t, w.leipzigMember, 'GET', url)).statusCode).toBe(200);
    expect((await send(t, w.magdeburgMember, 'GET', url)).statusCode).toBe(200);
    problemOf(await send(t, w.dresdenAdmin, 'GET', url), 404);
    problemOf(await send(t, w.hamburgAdmin, 'GET', url), 404);
    problemOf(await send(t, null, 'GET', url), 401);
    const provider = (await send(t, w.leipzigMember, 'GET', `/api/services/offers/${offer.id}/requests`)).json();
    expect((provider as OfferRequestList).items.map((i) => i.id)).toContain(request.id);
    const ally = (await send(t, w.dresdenAdmin, 'GET', `/api/services/offers/${offer.id}/requests`)).json();
    expect((ally as OfferRequestList).items).toEqual([]);
    const own = (await send(t, w.magdeburgMember, 'GET', `/api/services/offers/${offer.id}/requests`)).json();
    expect((own as OfferRequestList).items.map((i) => i.id)).toEqual([request.id]);
  });
});

describe('answering, the agreement and the atlas', () => {
  it('lets the provider’s admins accept, record the agreement and take it into the atlas', async () => {
    const offer = await allianceOffer();
    const request = await asked(offer.id);
    const base = `/api/services/offer-requests/${request.id}`;
    problemOf(
      await send(t, w.leipzigAdmin, 'PUT', `${base}/agreement`, { startDate: '2027-01-01', documentUrl: null }),
      409,
    );
    problemOf(await send(t, w.leipzigEditor, 'POST', `${base}/accept`, {}), 403);
    problemOf(await send(t, w.magdeburgAdmin, 'POST', `${base}/accept`, {}), 403);
    problemOf(await send(t, w.dresdenAdmin, 'POST', `${base}/accept`, {}), 404);
    problemOf(await send(t, null, 'POST', `${base}/accept`, {}), 401);
    problemOf(await send(t, w.leipzigAdmin, 'POST', `${base}/accept`, { note: 'x'.repeat(2001) }), 400);
    const accepted = await send(t, w.leipzigAdmin, 'POST', `${base}/accept`, { note: 'Gern, wir melden uns.' });
    expect(accepted.json()).toMatchObject({ state: 'accepted', answerNote: 'Gern, wir melden uns.' });
    expect(problemOf(await send(t, w.leipzigAdmin, 'POST', `${base}/decline`, {}), 409).type).toContain('answered');
    expect(await auditOf('service.request_accepted', offer.id)).toHaveLength(1);
    const told = await notificationsOf(t, w.magdeburgAdmin, OFFER_NOTIFICATIONS.answered);
    expect(told.at(-1)?.data).toMatchObject({ accepted: true, title: offer.title, organisationName: w.leipzig.name });

    problemOf(await send(t, w.leipzigAdmin, 'POST', `${base}/atlas`), 409);
    for (const body of [
      { startDate: '2027-13-01', documentUrl: null },
      { startDate: '2027-01-01', documentUrl: 'javascript:alert(1)' },
      { startDate: '2027-01-01', documentUrl: 'ftp://example.org/a.pdf' },
      { startDate: '2027-01-01' },
    ]) {
      problemOf(await send(t, w.leipzigAdmin, 'PUT', `${base}/agreement`, body), 400);
    }
    const agreement = { startDate: '2026-03-01', documentUrl: 'https://leipzig.example/vereinbarung.pdf' };
    problemOf(await send(t, w.magdeburgAdmin, 'PUT', `${base}/agreement`, agreement), 403);
    const recorded = await send(t, w.leipzigAdmin, 'PUT', `${base}/agreement`, agreement);
    expect(recorded.json().agreement).toMatchObject({ ...agreement, cooperationId: null });

    problemOf(await send(t, w.magdeburgAdmin, 'POST', `${base}/atlas`), 403);
    problemOf(await send(t, w.dresdenAdmin, 'POST', `${base}/atlas`), 404);
    const made = await send(t, w.leipzigAdmin, 'POST', `${base}/atlas`);
    expect(made.statusCode, made.body).toBe(201);
    const { cooperationId } = made.json();
    expect(problemOf(await send(t, w.leipzigAdmin, 'POST', `${base}/atlas`), 409).type).toContain('already-in-atlas');
    const record = await send(t, w.magdeburgMember, 'GET', `/api/atlas/cooperations/${cooperationId}`);
    expect(record.statusCode, record.body).toBe(200);
    expect(record.json()).toMatchObject({
      state: 'draft',
      startYear: 2026,
      legalForm: 'zweckvereinbarung',
      fields: ['edv'],
      status: 'laufend',
    });
    expect(
      record
        .json()
        .partners.map((p: { id: string }) => p.id)
        .sort(),
    ).toEqual([w.leipzig.id, w.magdeburg.id].sort());
    problemOf(await send(t, w.hamburgAdmin, 'GET', `/api/atlas/cooperations/${cooperationId}`), 404);
    const after = (await send(t, w.magdeburgMember, 'GET', base)).json() as OfferRequest;
    expect(after.agreement?.cooperationId).toBe(cooperationId);
    expect(await auditOf('service.cooperation_created', cooperationId)).toHaveLength(1);
  });

  it('lets the provider’s admins decline; the other side is told and the answer audited', async () => {
    const offer = await allianceOffer();
    const request = await asked(offer.id, w.dresdenAdmin);
    const declined = await send(t, w.leipzigAdmin, 'POST', `/api/services/offer-requests/${request.id}/decline`, {});
    expect(declined.json()).toMatchObject({ state: 'declined' });
    expect(await auditOf('service.request_declined', offer.id)).toHaveLength(1);
    const told = await notificationsOf(t, w.dresdenAdmin, OFFER_NOTIFICATIONS.answered);
    expect(told.at(-1)?.data).toMatchObject({ accepted: false });
    problemOf(
      await send(t, w.leipzigAdmin, 'PUT', `/api/services/offer-requests/${request.id}/agreement`, {
        startDate: '2027-01-01',
        documentUrl: null,
      }),
      409,
    );
    // After a decline the organisation may ask again.
    await asked(offer.id, w.dresdenAdmin);
  });
});
