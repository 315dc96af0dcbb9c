import { describe, expect, it } from 'vitest';
import { createOrganisation, createPerson, unique } from '../../test/factories.ts';
import { buildTestApp, problemOf } from '../../test/test-app.ts';
import {
  allianceWithTwoMembers,
  auditEntries,
  createAllianceAs,
  detail,
  invite,
  memberIds,
  organisationWithAdmin,
} from './alliance-fixtures.ts';

const t = await buildTestApp();

describe('POST /api/alliances', () => {
  it('creates an alliance with the admin’s organisation as first member, a German slug and an audit entry', async () => {
    const { organisation, admin } = await organisationWithAdmin(t);
    const tag = unique('s').toLowerCase();
    const res = await t.request({
      method: 'POST',
      url: '/api/alliances',
      cookie: admin.cookie,
      payload: {
        name: `  Fünf für Südwestfalen ${tag} `,
        description: 'Gemeinsam digital',
        website: 'https://5fuer.example',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const alliance = res.json();
    expect(alliance).toMatchObject({
      id: expect.any(String),
      name: `Fünf für Südwestfalen ${tag}`,
      slug: `fuenf-fuer-suedwestfalen-${tag}`,
      description: 'Gemeinsam digital',
      website: 'https://5fuer.example',
      createdAt: expect.any(String),
    });
    expect(memberIds(await detail(t, alliance.id))).toEqual([organisation.id]);
    const [entry] = await auditEntries(t, 'alliance.created', alliance.id);
    expect(entry).toMatchObject({ actorId: admin.id, organisationId: organisation.id, ip: '127.0.0.1' });
  });

  it('gives alliances with the same name different slugs', async () => {
    const { admin } = await organisationWithAdmin(t);
    const name = `Verbund ${unique('same')}`;
    const first = await createAllianceAs(t, admin, name);
    const second = await createAllianceAs(t, admin, name);
    expect(second.slug).not.toBe(first.slug);
    expect(second.slug).toBe(`${first.slug}-2`);
  });

  it('numbers a name whose slug is a route’s word, so the alliance opens by its slug and the route still works', async () => {
    const { admin } = await organisationWithAdmin(t);
    for (const name of ['invitations', 'New']) {
      const alliance = await createAllianceAs(t, admin, name);
      expect(alliance.slug).toMatch(new RegExp(`^${name.toLowerCase()}-\\d+$`));
      const opened = await t.request({ method: 'GET', url: `/api/alliances/${alliance.slug}` });
      expect(opened.statusCode, opened.body).toBe(200);
      expect(opened.json()).toMatchObject({ id: alliance.id, name, slug: alliance.slug });
    }
    // GET /api/alliances/invitations is still the list of invitations, and /alliances/new (web) the form.
    const invitations = await t.request({ method: 'GET', url: '/api/alliances/invitations', cookie: admin.cookie });
    expect(invitations.statusCode, invitations.body).toBe(200);
    expect(Array.isArray(invitations.json())).toBe(true);
  });

  it('requires sign-in', async () => {
    const problem = problemOf(
      await t.request({ method: 'POST', url: '/api/alliances', payload: { name: 'Verbund' } }),
      401,
    );
    expect(problem.type).toBe('/problems/unauthenticated');
  });

  it('refuses people who do not administer a confirmed organisation', async () => {
    const organisation = await createOrganisation(t);
    const people = [
      await createPerson(t, { organisation, role: 'member' }),
      await createPerson(t, { organisation, role: 'admin', pending: true }),
      await createPerson(t),
      await createPerson(t, { platformAdmin: true }),
    ];
    for (const person of people) {
      const res = await t.request({
        method: 'POST',
        url: '/api/alliances',
        cookie: person.cookie,
        payload: { name: `Verbund ${unique()}` },
      });
      expect(problemOf(res, 403).type).toBe('/problems/not-organisation-admin');
    }
  });

  it('answers bad input with 400 problems naming the field', async () => {
    const { admin } = await organisationWithAdmin(t);
    const cases: [unknown, string][] = [
      [{}, 'body:/name'],
      [{ name: 'Verbund', extra: 1 }, 'body:/extra'],
      [{ name: 42 }, 'body:/name'],
      [{ name: 'x'.repeat(121) }, 'body:/name'],
      [{ name: '   ' }, 'body:/name'],
      [{ name: 'Verbund', description: 'x'.repeat(4001) }, 'body:/description'],
      [{ name: 'Verbund', website: 'javascript:alert(1)' }, 'body:/website'],
      [{ name: 'Verbund', website: 'not a url' }, 'body:/website'],
    ];
    for (const [payload, field] of cases) {
      const res = await t.request({
        method: 'POST',
        url: '/api/alliances',
        cookie: admin.cookie,
        payload: payload as object,
      });
      const problem = problemOf(res, 400);
      expect(
        problem.errors?.map((e) => e.field),
        JSON.stringify(payload),
      ).toContain(field);
    }
    const malformed = await t.request({
      method: 'POST',
      url: '/api/alliances',
      cookie: admin.cookie,
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(problemOf(malformed, 400).type).toBe('/problems/malformed-json');
  });
});

describe('GET /api/alliances', () => {
  it('lists alliances publicly with their member counts, searchable by name with or without umlauts', async () => {
    const { alliance } = await allianceWithTwoMembers(t);
    const res = await t.request({ method: 'GET', url: `/api/alliances?q=${encodeURIComponent(alliance.name)}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      items: [
        {
          id: alliance.id,
          name: alliance.name,
          slug: alliance.slug,
          description: null,
          createdAt: expect.any(String),
          memberCount: 2,
          myStatus: null,
        },
      ],
      total: 1,
    });

    const { admin } = await organisationWithAdmin(t);
    const tag = unique('u').toLowerCase();
    const umlaut = await createAllianceAs(t, admin, `Südheide ${tag}`);
    const folded = await t.request({ method: 'GET', url: `/api/alliances?q=suedheide-${tag}` });
    expect(folded.json().items.map((i: { id: string }) => i.id)).toEqual([umlaut.id]);
  });

  it('pages through the list', async () => {
    const { admin } = await organisationWithAdmin(t);
    const prefix = unique('page');
    for (const n of [1, 2, 3]) await createAllianceAs(t, admin, `${prefix} ${n}`);
    const res = await t.request({ method: 'GET', url: `/api/alliances?q=${prefix}&limit=2&offset=2` });
    expect(res.json()).toMatchObject({ total: 3, items: [{ name: `${prefix} 3` }] });
  });

  it('with mine=true lists my organisation’s alliances, with invitations for its admins only', async () => {
    const { alliance: joined, joined: mine } = await allianceWithTwoMembers(t);
    const { alliance: inviting, founder } = await allianceWithTwoMembers(t);
    expect((await invite(t, founder.admin, inviting.id, mine.organisation.id)).statusCode).toBe(201);
    const plain = await createPerson(t, { organisation: mine.organisation });

    const asAdmin = await t.request({ method: 'GET', url: '/api/alliances?mine=true', cookie: mine.admin.cookie });
    expect(asAdmin.statusCode).toBe(200);
    const adminItems = asAdmin.json().items.map((i: { id: string; myStatus: string }) => [i.id, i.myStatus]);
    expect(adminItems).toHaveLength(2);
    expect(adminItems).toEqual(
      expect.arrayContaining([
        [joined.id, 'member'],
        [inviting.id, 'invited'],
      ]),
    );

    const asMember = await t.request({ method: 'GET', url: '/api/alliances?mine=true', cookie: plain.cookie });
    expect(asMember.json().items.map((i: { id: string; myStatus: string }) => [i.id, i.myStatus])).toEqual([
      [joined.id, 'member'],
    ]);

    const outsider = await createPerson(t);
    const asOutsider = await t.request({ method: 'GET', url: '/api/alliances?mine=true', cookie: outsider.cookie });
    expect(asOutsider.json()).toEqual({ items: [], total: 0 });
  });

  it('needs sign-in for mine=true and rejects bad query values', async () => {
    expect(problemOf(await t.request({ method: 'GET', url: '/api/alliances?mine=true' }), 401).type).toBe(
      '/problems/unauthenticated',
    );
    for (const query of ['limit=0', 'limit=abc', 'limit=201', 'offset=-1', 'mine=maybe', `q=${'x'.repeat(101)}`]) {
      problemOf(await t.request({ method: 'GET', url: `/api/alliances?${query}` }), 400);
    }
  });
});

describe('GET /api/alliances/invitations', () => {
  it('lists the open invitations to the organisation the caller administers', async () => {
    const { alliance, founder } = await allianceWithTwoMembers(t);
    const invited = await organisationWithAdmin(t);
    await invite(t, founder.admin, alliance.id, invited.organisation.id);
    const res = await t.request({ method: 'GET', url: '/api/alliances/invitations', cookie: invited.admin.cookie });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      { alliance: { id: alliance.id, name: alliance.name, slug: alliance.slug }, invitedAt: expect.any(String) },
    ]);
  });

  it('is for organisation admins only', async () => {
    const invited = await organisationWithAdmin(t);
    const plain = await createPerson(t, { organisation: invited.organisation });
    problemOf(await t.request({ method: 'GET', url: '/api/alliances/invitations' }), 401);
    problemOf(await t.request({ method: 'GET', url: '/api/alliances/invitations', cookie: plain.cookie }), 403);
  });
});
