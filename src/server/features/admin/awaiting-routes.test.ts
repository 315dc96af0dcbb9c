import { describe, expect, it } from 'vitest';
import { createOrganisation, createPerson, type TestPerson } from '../../test/factories.ts';
import { buildTestAppOnOwnDatabase } from '../../test/own-database.ts';
import { problemOf } from '../../test/test-app.ts';
import { createAllianceAs, invite, organisationWithAdmin } from '../alliances/alliance-fixtures.ts';
import { changeState, createRecord, recordInput } from '../atlas/atlas-fixtures.ts';
import { call, workspaceSetup } from '../workspaces/workspace-fixtures.ts';

// Platform admins see platform-wide counts, which other test files would move.
const t = await buildTestAppOnOwnDatabase();

interface Item {
  kind: string;
  count: number;
  organisation: { id: string; name: string } | null;
  workspace: { id: string; name: string } | null;
}

async function awaiting(person: TestPerson): Promise<{ total: number; items: Item[] }> {
  const res = await t.request({ method: 'GET', url: '/api/me/awaiting', cookie: person.cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const countOf = (answer: { items: Item[] }, kind: string) =>
  answer.items.filter((i) => i.kind === kind && !i.organisation && !i.workspace).reduce((n, i) => n + i.count, 0);

describe('GET /api/me/awaiting', () => {
  it('needs sign-in', async () => {
    expect(problemOf(await t.request({ method: 'GET', url: '/api/me/awaiting' }), 401).type).toBe(
      '/problems/unauthenticated',
    );
  });

  it('lists nothing for a member without duties, even while others have work waiting', async () => {
    const { organisation } = await organisationWithAdmin(t);
    const member = await createPerson(t, { organisation });
    await createPerson(t, { organisation, pending: true });
    // The legal pages are the operator's: not a member's to fill in, filled or not.
    expect(await awaiting(member)).toEqual({ total: 0, items: [] });
  });

  it('gives an organisation admin the requests, invitations and join requests they must answer', async () => {
    const { organisation, admin } = await organisationWithAdmin(t);
    await createPerson(t, { organisation, pending: true });
    await createPerson(t, { organisation, pending: true });
    const inviter = await organisationWithAdmin(t);
    const alliance = await createAllianceAs(t, inviter.admin);
    expect((await invite(t, inviter.admin, alliance.id, organisation.id)).statusCode).toBe(201);
    // A workspace the admin owns, and one of another owner: only the first is theirs to answer.
    const own = await workspaceSetup(t, 'platform');
    const theirs = await workspaceSetup(t, 'platform');
    for (const ws of [own, theirs]) {
      const asked = await call(t, ws.outsider, 'POST', `/api/workspaces/${ws.workspace.id}/join-requests`, {
        message: 'Wir machen mit',
      });
      expect(asked.statusCode, asked.body).toBe(201);
    }
    // Records in review are for platform admins, not for this admin.
    const record = await createRecord(t, admin, recordInput([organisation.id]));
    expect((await changeState(t, admin, record.id, 'review')).statusCode).toBe(200);

    expect(await awaiting(admin)).toEqual({
      total: 3,
      items: [
        {
          kind: 'membership-requests',
          count: 2,
          organisation: { id: organisation.id, name: organisation.name },
          workspace: null,
        },
        { kind: 'alliance-invitations', count: 1, organisation: null, workspace: null },
      ],
    });
    expect(await awaiting(own.owner)).toEqual({
      total: 1,
      items: [
        {
          kind: 'workspace-join-requests',
          count: 1,
          organisation: null,
          workspace: { id: own.workspace.id, name: own.workspace.name },
        },
      ],
    });
  });

  it('gives a platform admin the review queue and the requests no organisation admin can answer', async () => {
    const platformAdmin = await createPerson(t, { platformAdmin: true });
    const before = await awaiting(platformAdmin);

    const { organisation, admin } = await organisationWithAdmin(t);
    const record = await createRecord(t, admin, recordInput([organisation.id]));
    expect((await changeState(t, admin, record.id, 'review')).statusCode).toBe(200);
    // A request where an admin will answer it, and one where nobody but the platform admin can.
    await createPerson(t, { organisation, pending: true });
    const orphan = await createOrganisation(t);
    await createPerson(t, { organisation: orphan, pending: true });

    const after = await awaiting(platformAdmin);
    expect(countOf(after, 'atlas-reviews')).toBe(countOf(before, 'atlas-reviews') + 1);
    expect(countOf(after, 'membership-requests')).toBe(countOf(before, 'membership-requests') + 1);
    expect(after.items.some((i) => i.organisation?.id === organisation.id)).toBe(false);
    expect(after.total).toBe(after.items.reduce((n, i) => n + i.count, 0));

    // The legal pages the operator has not filled in yet, as GET /api/legal tells everyone.
    const legal = (await t.request({ method: 'GET', url: '/api/legal' })).json() as { pages: { filled: boolean }[] };
    expect(countOf(after, 'legal-pages')).toBe(legal.pages.filter((p) => !p.filled).length);

    // Published, the record leaves the queue.
    expect((await changeState(t, platformAdmin, record.id, 'published')).statusCode).toBe(200);
    expect(countOf(await awaiting(platformAdmin), 'atlas-reviews')).toBe(countOf(before, 'atlas-reviews'));
  });

  it('gives a platform admin who also administers an organisation that organisation’s requests', async () => {
    const organisation = await createOrganisation(t);
    const both = await createPerson(t, { organisation, role: 'admin', platformAdmin: true });
    await createPerson(t, { organisation, pending: true });
    const items = (await awaiting(both)).items.filter((i) => i.organisation);
    expect(items).toEqual([
      {
        kind: 'membership-requests',
        count: 1,
        organisation: { id: organisation.id, name: organisation.name },
        workspace: null,
      },
    ]);
  });
});
