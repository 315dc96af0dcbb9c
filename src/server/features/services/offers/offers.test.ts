import { beforeAll, describe, expect, it } from 'vitest';
import type { OfferDetail, OfferList } from '../../../../shared/contracts/services-offers.ts';
import { createPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { createdOffer, type OfferWorld, offerInput, offerWorld, send } from './offer-fixtures.ts';

let t: TestApp;
let w: OfferWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await offerWorld(t);
});

const fieldsOf = (body: { errors?: Array<{ field: string }> }) => JSON.stringify(body.errors ?? []);

describe('offering a service', () => {
  it('lets an admin of the organisation offer a service with experts, price, legal basis and checklist', async () => {
    const offer = await createdOffer(
      t,
      w.leipzigAdmin,
      offerInput(w.leipzig, {
        expertIds: [w.expert.id],
        leikaKey: '99001001000000',
        audience: 'alliance',
        allianceId: w.alliance.id,
        exemption: { commonGoals: true, publicInterestOnly: true, marketShareBelow20: false, note: 'Prüfung läuft' },
      }),
    );
    expect(offer).toMatchObject({
      title: 'Betrieb von E-Akte-Servern',
      organisation: { id: w.leipzig.id, name: w.leipzig.name, landCode: '14', landName: 'Sachsen' },
      experts: [{ id: w.expert.id, name: 'Erik Experte' }],
      priceModel: 'per-inhabitant',
      priceCents: 45,
      legalBasis: 'zweckvereinbarung',
      audience: 'alliance',
      alliance: { id: w.alliance.id },
      validFrom: '2026-01-01',
      exemptionMet: false,
      exemption: { note: 'Prüfung läuft' },
      viewer: { isProvider: true, canManage: true, canRequest: false },
    });
    const seen = (await send(t, w.magdeburgMember, 'GET', `/api/services/offers/${offer.id}`)).json() as OfferDetail;
    expect(seen.viewer).toEqual({ isProvider: false, canManage: false, canRequest: false });
    const byEditor = (await send(t, w.magdeburgEditor, 'GET', `/api/services/offers/${offer.id}`)).json();
    expect(byEditor.viewer.canRequest).toBe(true);
  });

  it('refuses editors, members and other organisations (403), signed-out people (401)', async () => {
    for (const person of [w.leipzigEditor, w.leipzigMember, w.dresdenAdmin, w.pending]) {
      problemOf(await send(t, person, 'POST', '/api/services/offers', offerInput(w.leipzig)), 403);
    }
    problemOf(await send(t, null, 'POST', '/api/services/offers', offerInput(w.leipzig)), 401);
  });

  it('answers bad input with 400 naming the field', async () => {
    const bad = async (changes: Record<string, unknown>, field: string) => {
      const res = await send(t, w.leipzigAdmin, 'POST', '/api/services/offers', {
        ...offerInput(w.leipzig),
        ...changes,
      });
      expect(fieldsOf(problemOf(res, 400))).toContain(field);
    };
    await bad({ title: '' }, 'title');
    await bad({ title: '   ' }, 'title');
    await bad({ title: 'x'.repeat(201) }, 'title');
    await bad({ leikaKey: '12345' }, 'leikaKey');
    await bad({ taskField: 'raumfahrt' }, 'taskField');
    await bad({ priceCents: -1 }, 'priceCents');
    await bad({ priceCents: 1.5 }, 'priceCents');
    await bad({ priceCents: 'NaN' }, 'priceCents');
    await bad({ priceModel: 'cost-recovery', priceCents: 100 }, 'priceCents');
    await bad({ priceModel: 'gratis' }, 'priceModel');
    await bad({ legalBasis: 'handschlag' }, 'legalBasis');
    await bad({ audience: 'alliance', allianceId: null }, 'allianceId');
    await bad({ audience: 'alliance', allianceId: crypto.randomUUID() }, 'allianceId');
    await bad({ audience: 'land', landCode: null }, 'landCode');
    await bad({ audience: 'land', landCode: '17' }, 'landCode');
    await bad({ validFrom: '2026-05-01', validUntil: '2026-04-30' }, 'validUntil');
    await bad({ validFrom: '0000-01-01' }, 'validFrom');
    await bad({ validFrom: '2026-02-30' }, 'validFrom');
    await bad({ expertIds: [w.dresdenAdmin.id] }, 'expertIds');
    await bad({ expertIds: ['kein-uuid'] }, 'expertIds');
    problemOf(
      await send(t, w.leipzigAdmin, 'POST', '/api/services/offers', { ...offerInput(w.leipzig), admin: 1 }),
      400,
    );
    problemOf(await send(t, w.leipzigAdmin, 'GET', '/api/services/offers/keine-id'), 400);
    problemOf(await send(t, w.leipzigAdmin, 'GET', `/api/services/offers/${crypto.randomUUID()}`), 404);
  });
});

describe('who sees an offer', () => {
  it('shows an alliance offer to the alliance’s organisations only', async () => {
    const offer = await createdOffer(
      t,
      w.leipzigAdmin,
      offerInput(w.leipzig, { audience: 'alliance', allianceId: w.alliance.id }),
    );
    const url = `/api/services/offers/${offer.id}`;
    for (const person of [w.dresdenAdmin, w.magdeburgMember, w.leipzigMember]) {
      expect((await send(t, person, 'GET', url)).statusCode).toBe(200);
    }
    problemOf(await send(t, w.hamburgAdmin, 'GET', url), 404);
    problemOf(await send(t, w.pending, 'GET', url), 404);
    problemOf(await send(t, null, 'GET', url), 401);
    const list = (await send(t, w.hamburgAdmin, 'GET', '/api/services/offers?limit=100')).json() as OfferList;
    expect(list.items.map((i) => i.id)).not.toContain(offer.id);
    problemOf(await send(t, w.hamburgAdmin, 'GET', `${url}/requests`), 404);
    problemOf(await send(t, w.hamburgAdmin, 'POST', `${url}/requests`, { message: 'Wir auch?' }), 404);
  });

  it('shows a Land offer to the organisations of that Land, a platform offer to everyone signed in', async () => {
    const saxony = await createdOffer(t, w.leipzigAdmin, offerInput(w.leipzig, { audience: 'land', landCode: '14' }));
    expect((await send(t, w.dresdenAdmin, 'GET', `/api/services/offers/${saxony.id}`)).statusCode).toBe(200);
    problemOf(await send(t, w.magdeburgAdmin, 'GET', `/api/services/offers/${saxony.id}`), 404);
    const everyone = await createdOffer(t, w.leipzigAdmin, offerInput(w.leipzig));
    expect((await send(t, w.pending, 'GET', `/api/services/offers/${everyone.id}`)).statusCode).toBe(200);
    expect((await send(t, w.hamburgAdmin, 'GET', `/api/services/offers/${everyone.id}`)).statusCode).toBe(200);
  });

  it('lets the admins edit and withdraw; a withdrawn offer is the provider’s alone', async () => {
    const offer = await createdOffer(t, w.leipzigAdmin, offerInput(w.leipzig));
    const url = `/api/services/offers/${offer.id}`;
    const changed = await send(
      t,
      w.leipzigAdmin,
      'PUT',
      url,
      offerInput(w.leipzig, { title: 'E-Akte-Betrieb', priceModel: 'cost-recovery', priceCents: null }),
    );
    expect(changed.json()).toMatchObject({ title: 'E-Akte-Betrieb', priceModel: 'cost-recovery', priceCents: null });
    problemOf(await send(t, w.leipzigEditor, 'PUT', url, offerInput(w.leipzig)), 403);
    problemOf(await send(t, w.dresdenAdmin, 'PUT', url, offerInput(w.leipzig)), 403);
    problemOf(await send(t, w.dresdenAdmin, 'POST', `${url}/withdraw`), 403);
    problemOf(await send(t, null, 'PUT', url, offerInput(w.leipzig)), 401);
    const moved = await send(t, w.leipzigAdmin, 'PUT', url, offerInput(w.dresden));
    expect(fieldsOf(problemOf(moved, 400))).toContain('organisationId');
    const withdrawn = await send(t, w.leipzigAdmin, 'POST', `${url}/withdraw`);
    expect(withdrawn.json().withdrawn).toBe(true);
    problemOf(await send(t, w.dresdenAdmin, 'GET', url), 404);
    expect((await send(t, w.leipzigMember, 'GET', url)).json().withdrawn).toBe(true);
    const mine = (
      await send(t, w.leipzigMember, 'GET', '/api/services/offers?mine=true&limit=100')
    ).json() as OfferList;
    expect(mine.items.map((i) => i.id)).toContain(offer.id);
    const all = (await send(t, w.leipzigMember, 'GET', '/api/services/offers?limit=100')).json() as OfferList;
    expect(all.items.map((i) => i.id)).not.toContain(offer.id);
  });
});

describe('finding offers', () => {
  it('searches in German, filters by task field, LeiKa key, Land and distance, and pages', async () => {
    const word = unique('w').replace(/[^a-z]/g, '');
    const servers = await createdOffer(
      t,
      w.leipzigAdmin,
      offerInput(w.leipzig, { title: `Betrieb von E-Akte-Servern ${word}`, leikaKey: '99123456000000' }),
    );
    const water = await createdOffer(
      t,
      w.magdeburgAdmin,
      offerInput(w.magdeburg, {
        title: `Wasserrechtliche Genehmigungen ${word}`,
        description: 'Wir prüfen Anträge auf Entnahme von Grundwasser.',
        taskField: 'wasserversorgung',
      }),
    );
    const ids = async (query: string, person = w.dresdenAdmin) =>
      ((await send(t, person, 'GET', `/api/services/offers?q=${word}&${query}`)).json() as OfferList).items.map(
        (i) => i.id,
      );
    expect(await ids('')).toEqual(expect.arrayContaining([servers.id, water.id]));
    const stem = (
      await send(t, w.dresdenAdmin, 'GET', `/api/services/offers?q=${encodeURIComponent(`Server ${word}`)}`)
    ).json() as OfferList;
    expect(stem.items.map((i) => i.id)).toEqual([servers.id]);
    expect(await ids('taskField=wasserversorgung')).toEqual([water.id]);
    expect(await ids('leika=991234')).toEqual([servers.id]);
    expect(await ids('land=15')).toEqual([water.id]);
    // Dresden–Leipzig is about 100 km, Dresden–Magdeburg about 200 km.
    expect(await ids('near=150')).toEqual([servers.id]);
    expect(await ids('sort=distance')).toEqual([servers.id, water.id]);
    const near = (
      await send(t, w.dresdenAdmin, 'GET', `/api/services/offers?q=${word}&sort=distance`)
    ).json() as OfferList;
    expect(near.items[0]?.distanceKm).toBeGreaterThan(80);
    expect(near.items[0]?.distanceKm).toBeLessThan(120);
    const first = (await send(t, w.dresdenAdmin, 'GET', `/api/services/offers?q=${word}&limit=1`)).json() as OfferList;
    expect(first).toMatchObject({ total: 2, hasMore: true });
    const second = (
      await send(t, w.dresdenAdmin, 'GET', `/api/services/offers?q=${word}&limit=1&offset=1`)
    ).json() as OfferList;
    expect(second).toMatchObject({ total: 2, hasMore: false });
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    const beyond = (
      await send(t, w.dresdenAdmin, 'GET', `/api/services/offers?q=${word}&offset=5`)
    ).json() as OfferList;
    expect(beyond).toMatchObject({ items: [], total: 2, hasMore: false });
    const none = await createPerson(t);
    expect(await ids('near=500', none)).toEqual([]);
    for (const bad of [
      'near=0',
      'near=abc',
      'land=99',
      'leika=x',
      'limit=0',
      'offset=-1',
      'sort=best',
      `q=${'a'.repeat(201)}`,
      'taskField=A',
    ]) {
      problemOf(await send(t, w.dresdenAdmin, 'GET', `/api/services/offers?${bad}`), 400);
    }
    problemOf(await send(t, null, 'GET', '/api/services/offers'), 401);
  });
});
