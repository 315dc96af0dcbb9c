import { describe, expect, it } from 'vitest';
import { createOrganisation, createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';

const t = await buildTestApp();

async function team() {
  const organisation = await createOrganisation(t);
  const admin = await createPerson(t, { organisation, role: 'admin', name: `Anna ${unique()}` });
  const member = await createPerson(t, { organisation, name: `Bernd ${unique()}` });
  const colleague = await createPerson(t, { organisation, name: `Carla ${unique()}` });
  return { organisation, admin, member, colleague };
}

const memberUrl = (organisationId: string, personId: string) =>
  `/api/organisations/${organisationId}/members/${personId}`;

const setRole = (actor: TestPerson, organisationId: string, personId: string, role: string) =>
  t.request({ method: 'PATCH', url: memberUrl(organisationId, personId), cookie: actor.cookie, payload: { role } });

const createPage = (person: TestPerson, organisationId: string) =>
  t.request({
    method: 'POST',
    url: '/api/content/pages',
    cookie: person.cookie,
    payload: {
      organisationId,
      slug: unique('seite').toLowerCase(),
      title: 'Hundesteuer',
      bodyHtml: '<p>Wer einen Hund hält, meldet ihn an.</p>',
    },
  });

describe('the editor role of an organisation', () => {
  it('is given by an admin; the editor then writes content pages, which a plain member may not', async () => {
    const { organisation, admin, member, colleague } = await team();
    expect((await createPage(member, organisation.id)).statusCode).toBe(403);

    const res = await setRole(admin, organisation.id, member.id, 'editor');
    expect(res.statusCode, res.body).toBe(204);

    const created = await createPage(member, organisation.id);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ organisationId: organisation.id, viewer: { canEdit: true } });
    expect(problemOf(await createPage(colleague, organisation.id), 403).type).toBe('/problems/forbidden');

    // Everywhere the role is shown, it is shown as it is.
    const list = await t.request({
      method: 'GET',
      url: `/api/organisations/${organisation.id}/members`,
      cookie: admin.cookie,
    });
    expect((list.json() as Array<{ personId: string; role: string }>).find((m) => m.personId === member.id)?.role).toBe(
      'editor',
    );
    const me = await t.request({ method: 'GET', url: '/api/me', cookie: member.cookie });
    expect(me.json().organisation).toMatchObject({ id: organisation.id, role: 'editor', status: 'confirmed' });
    const profile = await t.request({
      method: 'GET',
      url: `/api/organisations/${organisation.id}`,
      cookie: admin.cookie,
    });
    expect(profile.json().people).toContainEqual({ id: member.id, name: member.name, role: 'editor' });
    expect(profile.json().viewer).toMatchObject({ isAdmin: true });
  });

  it('manages nothing: an editor neither lists, confirms, promotes nor removes members', async () => {
    const { organisation, admin, member, colleague } = await team();
    expect((await setRole(admin, organisation.id, member.id, 'editor')).statusCode).toBe(204);
    const pending = await createPerson(t, { organisation, pending: true });

    const list = await t.request({
      method: 'GET',
      url: `/api/organisations/${organisation.id}/members`,
      cookie: member.cookie,
    });
    expect(problemOf(list, 403).type).toBe('/problems/forbidden');
    expect(problemOf(await setRole(member, organisation.id, colleague.id, 'editor'), 403).type).toBe(
      '/problems/forbidden',
    );
    expect(problemOf(await setRole(member, organisation.id, member.id, 'admin'), 403).type).toBe('/problems/forbidden');
    const confirm = await t.request({
      method: 'POST',
      url: `${memberUrl(organisation.id, pending.id)}/confirm`,
      cookie: member.cookie,
    });
    expect(problemOf(confirm, 403).type).toBe('/problems/forbidden');
    const remove = await t.request({
      method: 'DELETE',
      url: memberUrl(organisation.id, colleague.id),
      cookie: member.cookie,
    });
    expect(problemOf(remove, 403).type).toBe('/problems/forbidden');

    const profile = await t.request({
      method: 'GET',
      url: `/api/organisations/${organisation.id}`,
      cookie: member.cookie,
    });
    expect(profile.json().viewer).toMatchObject({ isMember: true, isAdmin: false, canEdit: false });
    const update = await t.request({
      method: 'PATCH',
      url: `/api/organisations/${organisation.id}`,
      cookie: member.cookie,
      payload: { description: 'Von der Redaktion' },
    });
    expect(update.statusCode).toBe(403);
  });

  it('counts an editor as no admin: the last admin cannot become an editor, an editor can become admin', async () => {
    const { organisation, admin, member } = await team();
    expect(problemOf(await setRole(admin, organisation.id, admin.id, 'editor'), 409).type).toBe('/problems/last-admin');
    expect((await setRole(admin, organisation.id, member.id, 'editor')).statusCode).toBe(204);
    expect((await setRole(admin, organisation.id, member.id, 'admin')).statusCode).toBe(204);
    expect((await setRole(admin, organisation.id, admin.id, 'editor')).statusCode).toBe(204);
    const profile = await t.request({
      method: 'GET',
      url: `/api/organisations/${organisation.id}`,
      cookie: admin.cookie,
    });
    expect(profile.json().viewer).toMatchObject({ isAdmin: false, canEdit: false });
    // Back to a plain member: writing pages ends.
    expect((await setRole(member, organisation.id, admin.id, 'member')).statusCode).toBe(204);
    expect((await createPage(admin, organisation.id)).statusCode).toBe(403);
  });

  it('refuses roles that do not exist', async () => {
    const { organisation, admin, member } = await team();
    for (const role of ['owner', 'Editor', '', 'redaktion']) {
      expect(problemOf(await setRole(admin, organisation.id, member.id, role), 400).type, role).toBe(
        '/problems/validation',
      );
    }
  });
});
