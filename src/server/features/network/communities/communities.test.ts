import { beforeAll, describe, expect, it } from 'vitest';
import type { CommunityDetail, CommunityList } from '../../../../shared/contracts/network-communities.ts';
import { networkNotificationKinds } from '../../../../shared/network-notification-kinds.ts';
import { unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { notificationsOf } from '../../workspaces/workspace-fixtures.ts';
import { type CommunityWorld, communityWorld, createdCommunity, send } from './community-fixtures.ts';

let t: TestApp;
let w: CommunityWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await communityWorld(t);
});

describe('founding and finding communities', () => {
  it('lets a person with a confirmed organisation found one and moderate it', async () => {
    const name = `Bauhöfe Niedersachsen ${unique('c')}`;
    const c = await createdCommunity(t, w.founder, { name, description: 'Winterdienst, Grünpflege, Fuhrpark' });
    expect(c).toMatchObject({
      name,
      joinPolicy: 'open',
      approveFirstPosts: false,
      memberCount: 1,
      questionCount: 0,
      wikiPageCount: 0,
      hasChannel: false,
      moderators: [{ id: w.founder.id, name: w.founder.name, organisationName: w.seevetal.name }],
      myStanding: { member: true, role: 'moderator', requested: false, canPost: true, canModerate: true },
    });
    expect(c.slug).toMatch(/^bauhoefe-niedersachsen-/);
    const bySlug = await send(t, w.colleague, 'GET', `/api/network/communities/${c.slug}`);
    expect(bySlug.json()).toMatchObject({
      id: c.id,
      myStanding: { member: false, role: null, requested: false, canPost: false, canModerate: false },
    });
  });

  it('gives equal names the next free slug, and never a word of the routes', async () => {
    const name = `E-Rechnung ${unique('s')}`;
    const first = await createdCommunity(t, w.founder, { name });
    const second = await createdCommunity(t, w.colleague, { name });
    expect(second.slug).toBe(`${first.slug}-2`);
    const reserved = await createdCommunity(t, w.founder, { name: 'New' });
    expect(reserved.slug).not.toBe('new');
  });

  it('refuses founders without a confirmed home organisation (403), signed-out people (401) and bad input (400)', async () => {
    expect(problemOf(await send(t, w.pending, 'POST', '/api/network/communities', { name: 'X' }), 403).status).toBe(
      403,
    );
    expect(problemOf(await send(t, null, 'POST', '/api/network/communities', { name: 'X' }), 401).status).toBe(401);
    const empty = problemOf(await send(t, w.founder, 'POST', '/api/network/communities', { name: '' }), 400);
    expect(JSON.stringify(empty.errors)).toContain('name');
    const blank = problemOf(await send(t, w.founder, 'POST', '/api/network/communities', { name: '   ' }), 400);
    expect(JSON.stringify(blank.errors)).toContain('name');
    const policy = problemOf(
      await send(t, w.founder, 'POST', '/api/network/communities', { name: 'X', joinPolicy: 'closed' }),
      400,
    );
    expect(JSON.stringify(policy.errors)).toContain('joinPolicy');
    const long = problemOf(
      await send(t, w.founder, 'POST', '/api/network/communities', { name: 'x'.repeat(121) }),
      400,
    );
    expect(JSON.stringify(long.errors)).toContain('name');
    const extra = await send(t, w.founder, 'POST', '/api/network/communities', { name: 'X', admin: true });
    expect(extra.statusCode).toBe(400);
  });

  it('lists every community to everyone signed in, finds them with the German search, and keeps mine', async () => {
    const tag = unique('q').replace(/[^a-z0-9]/g, '');
    const c = await createdCommunity(t, w.founder, {
      name: `Winterdienst-Tourenplanung ${tag}`,
      joinPolicy: 'request',
      description: 'Streupläne und Räumfahrzeuge',
    });
    const all = (await send(t, w.other, 'GET', `/api/network/communities?q=${tag}`)).json() as CommunityList;
    expect(all.items.map((i) => i.id)).toEqual([c.id]);
    const found = (
      await send(t, w.other, 'GET', `/api/network/communities?q=${encodeURIComponent(`Winterdienst ${tag}`)}`)
    ).json() as CommunityList;
    expect(found.items.map((i) => i.id)).toEqual([c.id]);
    const byStem = (await send(t, w.other, 'GET', `/api/network/communities?q=Streuplan`)).json() as CommunityList;
    expect(byStem.items.map((i) => i.id)).toContain(c.id);
    const mine = (await send(t, w.founder, 'GET', '/api/network/communities?mine=true')).json() as CommunityList;
    expect(mine.items.map((i) => i.id)).toContain(c.id);
    const notMine = (await send(t, w.other, 'GET', '/api/network/communities?mine=true')).json() as CommunityList;
    expect(notMine.items.map((i) => i.id)).not.toContain(c.id);
    expect(problemOf(await send(t, null, 'GET', '/api/network/communities'), 401).status).toBe(401);
    expect(problemOf(await send(t, null, 'GET', `/api/network/communities/${c.slug}`), 401).status).toBe(401);
    const tooLong = problemOf(await send(t, w.other, 'GET', `/api/network/communities?q=${'a'.repeat(201)}`), 400);
    expect(JSON.stringify(tooLong.errors)).toContain('q');
    expect(problemOf(await send(t, w.other, 'GET', '/api/network/communities/gibt-es-nicht'), 404).status).toBe(404);
    expect(problemOf(await send(t, w.other, 'GET', '/api/network/communities/a%20b'), 400).status).toBe(400);
  });
});

describe('settings', () => {
  it('lets moderators change and archive a community; members get 403, outsiders of a request community 404', async () => {
    const c = await createdCommunity(t, w.founder, { name: `Agile Verwaltung ${unique('a')}`, joinPolicy: 'request' });
    const url = `/api/network/communities/${c.id}`;
    const changed = await send(t, w.founder, 'PATCH', url, { description: 'Scrum im Amt', approveFirstPosts: true });
    expect(changed.json()).toMatchObject({ description: 'Scrum im Amt', approveFirstPosts: true });
    expect(problemOf(await send(t, w.colleague, 'PATCH', url, { description: 'x' }), 404).status).toBe(404);
    expect(problemOf(await send(t, null, 'PATCH', url, { description: 'x' }), 401).status).toBe(401);
    expect(problemOf(await send(t, w.founder, 'PATCH', url, {}), 400).status).toBe(400);
    const open = await createdCommunity(t, w.founder, { name: `Offen ${unique('o')}` });
    await send(t, w.colleague, 'POST', `/api/network/communities/${open.id}/join`, {});
    expect(
      problemOf(await send(t, w.colleague, 'PATCH', `/api/network/communities/${open.id}`, { name: 'Meins' }), 403)
        .status,
    ).toBe(403);
    expect(
      problemOf(await send(t, w.other, 'PATCH', `/api/network/communities/${open.id}`, { name: 'Meins' }), 403).status,
    ).toBe(403);
    const archived = await send(t, w.founder, 'PATCH', url, { archived: true });
    expect(archived.json().archivedAt).not.toBeNull();
    expect(archived.json().myStanding.canPost).toBe(false);
    expect(problemOf(await send(t, w.other, 'POST', `${url}/join`, {}), 409).type).toBe('/problems/community-archived');
  });
});

describe('notifications of requests', () => {
  it('tells moderators of a request and the person of the answer', async () => {
    const c = await createdCommunity(t, w.founder, { name: `Digitalisierung ${unique('d')}`, joinPolicy: 'request' });
    const asked = await send(t, w.other, 'POST', `/api/network/communities/${c.slug}/join`, {
      note: 'Ich leite das IT-Amt.',
    });
    expect((asked.json() as CommunityDetail).myStanding).toMatchObject({ member: false, requested: true });
    const toModerator = (await notificationsOf(t, w.founder, networkNotificationKinds.joinRequest)).find(
      (n) => (n.data as { communityName: string }).communityName === c.name,
    );
    expect(toModerator).toMatchObject({
      data: { actorName: w.other.name, communityName: c.name },
      link: `/network/communities/${c.slug}`,
    });
    await send(t, w.founder, 'POST', `/api/network/communities/${c.id}/requests/${w.other.id}/refuse`);
    const answered = (await notificationsOf(t, w.other, networkNotificationKinds.joinAnswered)).find(
      (n) => (n.data as { communityName: string }).communityName === c.name,
    );
    expect(answered?.data).toEqual({ communityName: c.name, accepted: false });
    const after = (await send(t, w.other, 'GET', `/api/network/communities/${c.id}`)).json() as CommunityDetail;
    expect(after.myStanding).toMatchObject({ member: false, requested: false });
  });
});
