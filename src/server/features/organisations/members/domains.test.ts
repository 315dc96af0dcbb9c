import { describe, expect, it } from 'vitest';
import { newId } from '../../../platform/db/ids.ts';
import { createOrganisation, createPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { requestHomeOrganisation } from '../membership.ts';
import { auditEntries } from '../organisation-fixtures.ts';

const t = await buildTestApp();

const url = (organisationId: string, domain?: string) =>
  `/api/organisations/${organisationId}/domains${domain ? `/${encodeURIComponent(domain)}` : ''}`;

async function organisationWithAdmin() {
  const organisation = await createOrganisation(t, { withDomain: false });
  const admin = await createPerson(t, { organisation, role: 'admin' });
  return { organisation, admin };
}

describe('/api/organisations/:id/domains', () => {
  it('lets an admin register, list and remove domains, each recorded', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    const domain = `${unique('amt')}.example`;
    const added = await t.request({
      method: 'POST',
      url: url(organisation.id),
      cookie: admin.cookie,
      payload: { domain: domain.toUpperCase() },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toEqual({ domain, createdAt: expect.any(String) });

    const list = await t.request({ method: 'GET', url: url(organisation.id), cookie: admin.cookie });
    expect(list.json()).toEqual([{ domain, createdAt: expect.any(String) }]);
    const profile = await t.request({
      method: 'GET',
      url: `/api/organisations/${organisation.id}`,
      cookie: admin.cookie,
    });
    expect(profile.json().domains).toEqual([domain]);

    const removed = await t.request({ method: 'DELETE', url: url(organisation.id, domain), cookie: admin.cookie });
    expect(removed.statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: url(organisation.id), cookie: admin.cookie })).json()).toEqual([]);

    expect(await auditEntries(t, 'organisation.domain_added', organisation.id)).toMatchObject([
      { actorId: admin.id, ip: '127.0.0.1', details: { domain } },
    ]);
    expect(await auditEntries(t, 'organisation.domain_removed', organisation.id)).toHaveLength(1);
  });

  it('makes people with a verified address at the domain members without an admin’s confirmation', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    const domain = `${unique('stadt')}.example`;
    await t.request({ method: 'POST', url: url(organisation.id), cookie: admin.cookie, payload: { domain } });
    const person = await createPerson(t);
    const request = (email: string) =>
      requestHomeOrganisation(t.deps.db, {
        personId: person.id,
        organisationId: organisation.id,
        email,
        emailVerified: true,
      });
    expect((await request(`someone@${unique('elsewhere')}.example`)).status).toBe('pending');
    expect((await request(`someone@${domain}`)).status).toBe('confirmed');
  });

  it('keeps a domain with one organisation and refuses public mail providers', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    const other = await createOrganisation(t);
    const post = (domain: string) =>
      t.request({ method: 'POST', url: url(organisation.id), cookie: admin.cookie, payload: { domain } });
    const domain = `${unique('d')}.example`;
    expect((await post(domain)).statusCode).toBe(201);
    expect(problemOf(await post(domain), 409).type).toBe('/problems/domain-exists');
    expect(problemOf(await post(other.domain), 409).type).toBe('/problems/domain-taken');
    expect(problemOf(await post('gmail.com'), 400).errors).toEqual([
      { field: 'body:/domain', message: expect.any(String) },
    ]);
  });

  it('rejects malformed domains and bodies', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    for (const payload of [
      {},
      { domain: 'localhost' },
      { domain: 'not a domain.de' },
      { domain: '@seevetal.de' },
      { domain: `${'a'.repeat(250)}.de` },
      { domain: 'x.de', extra: 1 },
      { domain: 7 },
    ]) {
      const res = await t.request({
        method: 'POST',
        url: url(organisation.id),
        cookie: admin.cookie,
        payload: payload as Record<string, unknown>,
      });
      expect(problemOf(res, 400).type, JSON.stringify(payload)).toBe('/problems/validation');
    }
  });

  it('is for the organisation’s admins and platform admins only', async () => {
    const { organisation } = await organisationWithAdmin();
    const member = await createPerson(t, { organisation });
    const otherAdmin = await createPerson(t, { organisation: await createOrganisation(t), role: 'admin' });
    const platformAdmin = await createPerson(t, { platformAdmin: true });
    const domain = `${unique('pa')}.example`;

    expect(problemOf(await t.request({ method: 'GET', url: url(organisation.id) }), 401).type).toBe(
      '/problems/unauthenticated',
    );
    for (const person of [member, otherAdmin]) {
      expect(
        problemOf(await t.request({ method: 'GET', url: url(organisation.id), cookie: person.cookie }), 403).type,
      ).toBe('/problems/forbidden');
      const post = await t.request({
        method: 'POST',
        url: url(organisation.id),
        cookie: person.cookie,
        payload: { domain },
      });
      expect(problemOf(post, 403).type).toBe('/problems/forbidden');
    }
    const added = await t.request({
      method: 'POST',
      url: url(organisation.id),
      cookie: platformAdmin.cookie,
      payload: { domain },
    });
    expect(added.statusCode).toBe(201);
    const del = await t.request({ method: 'DELETE', url: url(organisation.id, domain), cookie: otherAdmin.cookie });
    expect(problemOf(del, 403).type).toBe('/problems/forbidden');
    expect(
      (await t.request({ method: 'DELETE', url: url(organisation.id, domain), cookie: platformAdmin.cookie }))
        .statusCode,
    ).toBe(204);
  });

  it('answers unknown organisations and domains with 404', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    expect(problemOf(await t.request({ method: 'GET', url: url(newId()), cookie: admin.cookie }), 404).type).toBe(
      '/problems/not-found',
    );
    const del = await t.request({
      method: 'DELETE',
      url: url(organisation.id, 'nowhere.example'),
      cookie: admin.cookie,
    });
    expect(problemOf(del, 404).type).toBe('/problems/not-found');
  });
});
