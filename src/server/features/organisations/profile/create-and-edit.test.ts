import { describe, expect, it } from 'vitest';
import { newId } from '../../../platform/db/ids.ts';
import { createOrganisation, createPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { auditEntries, directoryOrganisation } from '../organisation-fixtures.ts';
import type { OrganisationDetailView } from '../schema.ts';

const t = await buildTestApp();

describe('POST /api/organisations', () => {
  const create = (payload: unknown, cookie?: string) =>
    t.request({ method: 'POST', url: '/api/organisations', cookie, payload: payload as Record<string, unknown> });

  it('lets a platform admin add an IT-Dienstleister under a Kreis, and records it', async () => {
    const admin = await createPerson(t, { platformAdmin: true });
    const harburg = await directoryOrganisation(t, '03353');
    const niedersachsen = await directoryOrganisation(t, '03');
    const name = `  Kommunale IT Nord ${unique()} `;
    const res = await create(
      {
        name,
        type: 'it-dienstleister',
        kreisId: harburg.id,
        website: 'https://it-nord.example',
        description: 'Rechenzentrum',
      },
      admin.cookie,
    );
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as OrganisationDetailView;
    expect(body).toMatchObject({
      name: name.trim(),
      type: 'it-dienstleister',
      source: 'manual',
      ags: null,
      landCode: '03',
      kreis: { id: harburg.id, name: 'Landkreis Harburg' },
      land: { id: niedersachsen.id, name: 'Niedersachsen' },
      website: 'https://it-nord.example',
      description: 'Rechenzentrum',
    });
    const [entry] = await auditEntries(t, 'organisation.created', body.id);
    expect(entry).toMatchObject({ actorId: admin.id, ip: '127.0.0.1' });
  });

  it('is for platform admins only', async () => {
    const organisation = await createOrganisation(t);
    const orgAdmin = await createPerson(t, { organisation, role: 'admin' });
    const payload = { name: `Verband ${unique()}`, type: 'verband' };
    expect(problemOf(await create(payload), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await create(payload, orgAdmin.cookie), 403).type).toBe('/problems/forbidden');
  });

  it('rejects bad input', async () => {
    const admin = await createPerson(t, { platformAdmin: true });
    const seevetal = await directoryOrganisation(t, '03353031');
    const bayernKreis = await directoryOrganisation(t, '09184');
    const cases: unknown[] = [
      {},
      { name: 'Verband' },
      { name: 'Gemeinde Neu', type: 'gemeinde' },
      { name: 'Verband', type: 'verband', extra: 1 },
      { name: 'x'.repeat(201), type: 'verband' },
      { name: 42, type: 'verband' },
      { name: '!!', type: 'verband' },
      { name: 'Verband', type: 'verband', landCode: '17' },
      { name: 'Verband', type: 'verband', website: 'javascript:alert(1)' },
      { name: 'Verband', type: 'verband', kreisId: 'nope' },
      { name: 'Verband', type: 'verband', kreisId: seevetal.id },
      { name: 'Verband', type: 'verband', kreisId: newId() },
      { name: 'Verband', type: 'verband', kreisId: bayernKreis.id, landCode: '03' },
    ];
    for (const payload of cases) {
      const problem = problemOf(await create(payload, admin.cookie), 400);
      expect(problem.type, JSON.stringify(payload)).toBe('/problems/validation');
    }
    const malformed = await t.request({
      method: 'POST',
      url: '/api/organisations',
      cookie: admin.cookie,
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(problemOf(malformed, 400).type).toBe('/problems/malformed-json');
  });
});

describe('PATCH /api/organisations/:id', () => {
  const patch = (id: string, payload: unknown, cookie?: string) =>
    t.request({
      method: 'PATCH',
      url: `/api/organisations/${id}`,
      cookie,
      payload: payload as Record<string, unknown>,
    });

  it('lets its admin edit website, description and (outside the directory) the name', async () => {
    const organisation = await createOrganisation(t);
    const admin = await createPerson(t, { organisation, role: 'admin' });
    const name = `Wasserverband ${unique()}`;
    const res = await patch(
      organisation.id,
      { name, website: 'https://wasser.example/', description: 'Trinkwasser für 12 Gemeinden' },
      admin.cookie,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      name,
      website: 'https://wasser.example/',
      description: 'Trinkwasser für 12 Gemeinden',
    });
    const found = await t.request({ method: 'GET', url: `/api/organisations?q=${encodeURIComponent(name)}` });
    expect(found.json().items[0]).toMatchObject({ id: organisation.id, name });
    const cleared = await patch(organisation.id, { website: null }, admin.cookie);
    expect(cleared.json()).toMatchObject({ website: null, description: 'Trinkwasser für 12 Gemeinden' });
    const [entry] = await auditEntries(t, 'organisation.updated', organisation.id);
    expect(entry).toMatchObject({ actorId: admin.id, details: { fields: ['website'] } });
  });

  it('keeps official directory names but lets a platform admin edit the rest', async () => {
    const platformAdmin = await createPerson(t, { platformAdmin: true });
    const kreis = await directoryOrganisation(t, '01051');
    const renamed = await patch(kreis.id, { name: 'Anders' }, platformAdmin.cookie);
    expect(problemOf(renamed, 400).errors).toEqual([{ field: 'body:/name', message: expect.any(String) }]);
    const same = await patch(
      kreis.id,
      { name: kreis.name, description: `Landkreis ${unique()}` },
      platformAdmin.cookie,
    );
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json().name).toBe('Kreis Dithmarschen');
  });

  it('is refused to members, other organisations’ admins and the signed out', async () => {
    const organisation = await createOrganisation(t);
    const member = await createPerson(t, { organisation });
    const pendingAdmin = await createPerson(t, { organisation, role: 'admin', pending: true });
    const otherAdmin = await createPerson(t, { organisation: await createOrganisation(t), role: 'admin' });
    const payload = { description: 'x' };
    expect(problemOf(await patch(organisation.id, payload), 401).type).toBe('/problems/unauthenticated');
    for (const person of [member, pendingAdmin, otherAdmin]) {
      expect(problemOf(await patch(organisation.id, payload, person.cookie), 403).type).toBe('/problems/forbidden');
    }
  });

  it('rejects bad input and unknown IDs', async () => {
    const organisation = await createOrganisation(t);
    const admin = await createPerson(t, { organisation, role: 'admin' });
    for (const payload of [
      { website: 'ftp://x.example' },
      { description: 'x'.repeat(5001) },
      { name: 'a' },
      { type: 'verband' },
      { description: 5 },
    ]) {
      expect(problemOf(await patch(organisation.id, payload, admin.cookie), 400).type, JSON.stringify(payload)).toBe(
        '/problems/validation',
      );
    }
    expect(problemOf(await patch(newId(), { description: 'x' }, admin.cookie), 404).type).toBe('/problems/not-found');
  });
});
