import { beforeAll, describe, expect, it } from 'vitest';
import type { CommunityDetail, CommunityMembers } from '../../../../shared/contracts/network-communities.ts';
import { unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { type CommunityWorld, communityWorld, createdCommunity, send } from './community-fixtures.ts';

let t: TestApp;
let w: CommunityWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await communityWorld(t);
});

const api = (id: string, rest = '') => `/api/network/communities/${id}${rest}`;

describe('joining', () => {
  it('takes anyone into an open community at once, and lets them leave', async () => {
    const c = await createdCommunity(t, w.founder, { name: `Bauhöfe ${unique('j')}` });
    const joined = (await send(t, w.colleague, 'POST', api(c.id, '/join'), {})).json() as CommunityDetail;
    expect(joined).toMatchObject({
      memberCount: 2,
      myStanding: { member: true, role: 'member', requested: false, canPost: true, canModerate: false },
    });
    const again = (await send(t, w.colleague, 'POST', api(c.id, '/join'), {})).json() as CommunityDetail;
    expect(again.memberCount).toBe(2);
    const members = (await send(t, w.other, 'GET', api(c.id, '/members'))).json() as CommunityMembers;
    expect(members.members).toEqual([
      expect.objectContaining({ id: w.founder.id, role: 'moderator', organisationName: w.seevetal.name }),
      expect.objectContaining({ id: w.colleague.id, role: 'member', organisationName: w.brilon.name }),
    ]);
    expect(members.requests).toEqual([]);
    expect((await send(t, w.colleague, 'POST', api(c.id, '/leave'))).statusCode).toBe(204);
    const left = (await send(t, w.colleague, 'GET', api(c.id))).json() as CommunityDetail;
    expect(left).toMatchObject({ memberCount: 1, myStanding: { member: false } });
  });

  it('records a request with its note, shows it to moderators only, and accepts it', async () => {
    const c = await createdCommunity(t, w.founder, { name: `Vergabe ${unique('r')}`, joinPolicy: 'request' });
    await send(t, w.colleague, 'POST', api(c.id, '/join'), { note: 'Ich mache Vergaben in Brilon.' });
    // The member list of a request community is its members' alone.
    expect(problemOf(await send(t, w.colleague, 'GET', api(c.id, '/members')), 404).status).toBe(404);
    expect(problemOf(await send(t, w.other, 'GET', api(c.id, '/members')), 404).status).toBe(404);
    expect(problemOf(await send(t, null, 'GET', api(c.id, '/members')), 401).status).toBe(401);
    const seen = (await send(t, w.founder, 'GET', api(c.id, '/members'))).json() as CommunityMembers;
    expect(seen.requests).toEqual([
      expect.objectContaining({
        id: w.colleague.id,
        note: 'Ich mache Vergaben in Brilon.',
        organisationName: w.brilon.name,
      }),
    ]);
    // Only moderators answer: the person asking, outsiders, and signed-out people cannot.
    const accept = api(c.id, `/requests/${w.colleague.id}/accept`);
    expect(problemOf(await send(t, w.colleague, 'POST', accept), 404).status).toBe(404);
    expect(problemOf(await send(t, w.other, 'POST', accept), 404).status).toBe(404);
    expect(problemOf(await send(t, null, 'POST', accept), 401).status).toBe(401);
    expect(problemOf(await send(t, w.founder, 'POST', api(c.id, '/requests/not-a-uuid/accept')), 400).status).toBe(400);
    expect(problemOf(await send(t, w.founder, 'POST', api(c.id, `/requests/${w.other.id}/accept`)), 404).status).toBe(
      404,
    );
    expect((await send(t, w.founder, 'POST', accept)).statusCode).toBe(204);
    const now = (await send(t, w.colleague, 'GET', api(c.id))).json() as CommunityDetail;
    expect(now.myStanding).toMatchObject({ member: true, requested: false, canPost: true });
    // A member now, who moderates nothing: 403.
    expect(problemOf(await send(t, w.colleague, 'PATCH', api(c.id), { name: 'x' }), 403).status).toBe(403);
    const list = (await send(t, w.colleague, 'GET', api(c.id, '/members'))).json() as CommunityMembers;
    expect(list.members.map((m) => m.id)).toEqual([w.founder.id, w.colleague.id]);
    expect(list.requests).toEqual([]);
  });

  it('lets a person take back a request; a note longer than allowed is refused naming the field', async () => {
    const c = await createdCommunity(t, w.founder, { name: `Personal ${unique('n')}`, joinPolicy: 'request' });
    const tooLong = problemOf(await send(t, w.other, 'POST', api(c.id, '/join'), { note: 'x'.repeat(501) }), 400);
    expect(JSON.stringify(tooLong.errors)).toContain('note');
    await send(t, w.other, 'POST', api(c.id, '/join'), { note: 'Bitte' });
    expect((await send(t, w.other, 'POST', api(c.id, '/leave'))).statusCode).toBe(204);
    const after = (await send(t, w.other, 'GET', api(c.id))).json() as CommunityDetail;
    expect(after.myStanding.requested).toBe(false);
    expect(problemOf(await send(t, null, 'POST', api(c.id, '/join'), {}), 401).status).toBe(401);
    expect(problemOf(await send(t, w.other, 'POST', api('gibt-es-nicht', '/join'), {}), 404).status).toBe(404);
  });
  it('trusts new members at once unless the community holds first posts', async () => {
    const { communityMembers } = await import('../tables.ts');
    const { and, eq } = await import('drizzle-orm');
    const trusted = async (communityId: string, personId: string) =>
      (
        await t.deps.db
          .select({ trusted: communityMembers.trusted })
          .from(communityMembers)
          .where(and(eq(communityMembers.communityId, communityId), eq(communityMembers.personId, personId)))
      )[0]?.trusted;
    const plain = await createdCommunity(t, w.founder, { name: `Frei ${unique('f')}`, joinPolicy: 'request' });
    await send(t, w.other, 'POST', api(plain.id, '/join'), {});
    await send(t, w.founder, 'POST', api(plain.id, `/requests/${w.other.id}/accept`));
    expect(await trusted(plain.id, w.other.id)).toBe(true);
    const held = await createdCommunity(t, w.founder, { name: `Geprüft ${unique('h')}`, approveFirstPosts: true });
    await send(t, w.other, 'POST', api(held.id, '/join'), {});
    expect(await trusted(held.id, w.other.id)).toBe(false);
    expect(((await send(t, w.other, 'GET', api(held.id))).json() as CommunityDetail).myStanding.canPost).toBe(true);
  });
});

describe('moderators and members', () => {
  it('keeps the last moderator (409), makes and unmakes moderators, removes members', async () => {
    const c = await createdCommunity(t, w.founder, { name: `Kämmerei ${unique('m')}` });
    expect(problemOf(await send(t, w.founder, 'POST', api(c.id, '/leave')), 409).type).toBe('/problems/last-moderator');
    const demote = api(c.id, `/members/${w.founder.id}`);
    expect(problemOf(await send(t, w.founder, 'PATCH', demote, { role: 'member' }), 409).type).toBe(
      '/problems/last-moderator',
    );
    await send(t, w.colleague, 'POST', api(c.id, '/join'), {});
    await send(t, w.other, 'POST', api(c.id, '/join'), {});
    const promote = api(c.id, `/members/${w.colleague.id}`);
    // Members (and anyone in an open community) get 403; bad roles 400 naming the field.
    expect(problemOf(await send(t, w.other, 'PATCH', promote, { role: 'moderator' }), 403).status).toBe(403);
    expect(problemOf(await send(t, null, 'PATCH', promote, { role: 'moderator' }), 401).status).toBe(401);
    const bad = problemOf(await send(t, w.founder, 'PATCH', promote, { role: 'admin' }), 400);
    expect(JSON.stringify(bad.errors)).toContain('role');
    expect((await send(t, w.founder, 'PATCH', promote, { role: 'moderator' })).statusCode).toBe(204);
    const detail = (await send(t, w.other, 'GET', api(c.id))).json() as CommunityDetail;
    expect(detail.moderators.map((m) => m.id).sort()).toEqual([w.founder.id, w.colleague.id].sort());
    // Now the founder may step down and leave.
    expect((await send(t, w.founder, 'PATCH', demote, { role: 'member' })).statusCode).toBe(204);
    expect((await send(t, w.founder, 'POST', api(c.id, '/leave'))).statusCode).toBe(204);
    const remove = api(c.id, `/members/${w.other.id}`);
    expect(problemOf(await send(t, w.other, 'DELETE', api(c.id, `/members/${w.colleague.id}`)), 403).status).toBe(403);
    expect((await send(t, w.colleague, 'DELETE', remove)).statusCode).toBe(204);
    expect(problemOf(await send(t, w.colleague, 'DELETE', remove), 404).status).toBe(404);
    expect(problemOf(await send(t, w.colleague, 'DELETE', api(c.id, `/members/${w.colleague.id}`)), 409).type).toBe(
      '/problems/last-moderator',
    );
    const final = (await send(t, w.colleague, 'GET', api(c.id))).json() as CommunityDetail;
    expect(final.memberCount).toBe(1);
  });

  it('counts only published questions and wiki pages that are not deleted', async () => {
    const c = await createdCommunity(t, w.founder, { name: `Zähler ${unique('z')}` });
    const { questions, wikiPages } = await import('../tables.ts');
    const { newId } = await import('../../../platform/db/ids.ts');
    await t.deps.db.insert(questions).values([
      { id: newId(), communityId: c.id, authorId: w.founder.id, title: 'Eins', state: 'published' },
      { id: newId(), communityId: c.id, authorId: w.founder.id, title: 'Zwei', state: 'pending' },
      { id: newId(), communityId: c.id, authorId: w.founder.id, title: 'Drei', state: 'hidden' },
    ]);
    await t.deps.db.insert(wikiPages).values([
      { id: newId(), communityId: c.id, slug: 'a', title: 'A', createdBy: w.founder.id },
      { id: newId(), communityId: c.id, slug: 'b', title: 'B', createdBy: w.founder.id, deletedAt: new Date() },
    ]);
    const detail = (await send(t, w.other, 'GET', api(c.slug))).json() as CommunityDetail;
    expect(detail).toMatchObject({ questionCount: 1, wikiPageCount: 1 });
  });
});
