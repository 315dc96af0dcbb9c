import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OfferRequest, OfferRequestList } from '../../../../shared/contracts/services-offers.ts';
import { auditLog } from '../../../platform/audit/tables.ts';
import { createPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { notificationsOf } from '../../workspaces/workspace-fixtures.ts';
import { OFFER_NOTIFICATIONS } from './ask-for-offer.ts';
import { createdOffer, type OfferWorld, offerInput, offerWorld, send } from './offer-fixtures.ts';

// "Anfrage zurückziehen": the requesting side takes back its open request before the provider answers.

let t: TestApp;
let w: OfferWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await offerWorld(t);
});

async function openRequest(person = w.magdeburgEditor) {
  const offer = await createdOffer(
    t,
    w.leipzigAdmin,
    offerInput(w.leipzig, { audience: 'alliance', allianceId: w.alliance.id }),
  );
  const res = await send(t, person, 'POST', `/api/services/offers/${offer.id}/requests`, {
    message: 'Wir möchten unsere E-Akte bei Ihnen betreiben lassen.',
  });
  expect(res.statusCode, res.body).toBe(201);
  return { offer, request: res.json() as OfferRequest };
}

const withdraw = (person: Parameters<typeof send>[1], id: string) =>
  send(t, person, 'POST', `/api/services/offer-requests/${id}/withdraw`);

describe('POST /api/services/offer-requests/:id/withdraw', () => {
  it('lets the requesting organisation withdraw an open request; the provider’s admins are told, it is audited', async () => {
    const { offer, request } = await openRequest();
    expect(request.viewer).toEqual({ canAnswer: false, canWithdraw: true });
    const res = await withdraw(w.magdeburgAdmin, request.id);
    expect(res.statusCode, res.body).toBe(200);
    const withdrawn = res.json() as OfferRequest;
    expect(withdrawn).toMatchObject({ state: 'withdrawn', answeredAt: null, viewer: { canWithdraw: false } });
    expect(Date.parse(withdrawn.withdrawnAt ?? '')).toBeGreaterThan(Date.now() - 60_000);

    // The provider sees it withdrawn and can no longer answer it.
    const list = (await send(t, w.leipzigAdmin, 'GET', `/api/services/offers/${offer.id}/requests`)).json();
    expect((list as OfferRequestList).items.find((i) => i.id === request.id)?.state).toBe('withdrawn');
    const answer = await send(t, w.leipzigAdmin, 'POST', `/api/services/offer-requests/${request.id}/accept`, {});
    expect(problemOf(answer, 409).type).toContain('request-answered');

    const told = await notificationsOf(t, w.leipzigAdmin, OFFER_NOTIFICATIONS.request);
    expect(told.at(-1)).toMatchObject({
      link: `/services/offers/${offer.id}`,
      data: { withdrawn: true, title: offer.title, organisationName: w.magdeburg.name },
    });
    const entries = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'service.request_withdrawn'), eq(auditLog.subjectId, offer.id)));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: w.magdeburgAdmin.id, organisationId: w.magdeburg.id });
    expect(entries[0]?.details).toMatchObject({ requestId: request.id });

    // Twice is a conflict; afterwards the organisation may ask again.
    expect(problemOf(await withdraw(w.magdeburgAdmin, request.id), 409).type).toContain('request-answered');
    const again = await send(t, w.magdeburgAdmin, 'POST', `/api/services/offers/${offer.id}/requests`, {
      message: 'Doch noch einmal.',
    });
    expect(again.statusCode, again.body).toBe(201);
  });

  it('refuses once the provider has answered (409)', async () => {
    const { request } = await openRequest();
    await send(t, w.leipzigAdmin, 'POST', `/api/services/offer-requests/${request.id}/decline`, {});
    const res = await withdraw(w.magdeburgEditor, request.id);
    expect(problemOf(res, 409).type).toContain('request-answered');
    const still = (await send(t, w.magdeburgEditor, 'GET', `/api/services/offer-requests/${request.id}`)).json();
    expect(still).toMatchObject({ state: 'declined', withdrawnAt: null });
  });

  it('lets whoever asked withdraw, but not a plain member of the organisation (403)', async () => {
    const { request } = await openRequest();
    expect(problemOf(await withdraw(w.magdeburgMember, request.id), 403).status).toBe(403);
    const asker = await openRequest(w.magdeburgAdmin);
    expect((await withdraw(w.magdeburgEditor, asker.request.id)).statusCode).toBe(200);
  });

  it('is 403 for the provider’s side, 404 for anyone who may not see the request, 401 signed out, 400 for a bad ID', async () => {
    const { request } = await openRequest();
    problemOf(await withdraw(w.leipzigAdmin, request.id), 403);
    problemOf(await withdraw(w.leipzigMember, request.id), 403);
    problemOf(await withdraw(w.dresdenAdmin, request.id), 404);
    problemOf(await withdraw(w.hamburgAdmin, request.id), 404);
    problemOf(await withdraw(w.pending, request.id), 404);
    problemOf(await withdraw(await createPerson(t), request.id), 404);
    problemOf(await withdraw(null, request.id), 401);
    problemOf(await withdraw(w.magdeburgAdmin, 'not-a-uuid'), 400);
    problemOf(await withdraw(w.magdeburgAdmin, '01890000-0000-7000-8000-000000000000'), 404);
    const unchanged = (await send(t, w.magdeburgMember, 'GET', `/api/services/offer-requests/${request.id}`)).json();
    expect(unchanged).toMatchObject({ state: 'open', withdrawnAt: null });
  });
});
