import { beforeAll, describe, expect, it } from 'vitest';
import type { CommunityDetail, CommunityList } from '../../../../shared/contracts/network-communities.ts';
import { unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { type CommunityWorld, communityWorld, createdCommunity, send } from './community-fixtures.ts';

// The list of communities page by page. Every query names a word only this file's communities carry,
// since on PostgreSQL other test files write communities to the same database at the same time.

let t: TestApp;
let w: CommunityWorld;
/** A made-up word in the names of this file's communities, and the communities carrying it. */
let word: string;
let made: CommunityDetail[];
let archived: CommunityDetail;
let byRequest: CommunityDetail;

const list = async (query: string, person = w.other) => {
  const res = await send(t, person, 'GET', `/api/network/communities?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CommunityList;
};

beforeAll(async () => {
  t = await buildTestApp();
  w = await communityWorld(t);
  word = unique('seite').replace(/[^a-z0-9]/g, '');
  made = [];
  for (const [i, topic] of [
    'Ablage',
    'Bauhof',
    'Citymanagement',
    'Digitalisierung',
    'E-Akte',
    'Friedhof',
    'Grünflächen',
  ].entries()) {
    made.push(
      await createdCommunity(t, i % 2 === 0 ? w.founder : w.colleague, {
        name: `${topic} ${word}`,
        description: `Austausch ${i}`,
        joinPolicy: i === 3 ? 'request' : 'open',
      }),
    );
  }
  byRequest = made[3] as CommunityDetail;
  // The first by name is archived: it comes last.
  archived = made[0] as CommunityDetail;
  const res = await send(t, w.founder, 'PATCH', `/api/network/communities/${archived.id}`, { archived: true });
  expect(res.statusCode, res.body).toBe(200);
});

describe('the list of communities, page by page', () => {
  it('pages through every match once, archived last, with the total and whether more follow', async () => {
    const seen: string[] = [];
    const pages: CommunityList[] = [];
    for (let offset = 0; offset < 9; offset += 3) {
      const page = await list(`q=${word}&limit=3&offset=${offset}`);
      pages.push(page);
      seen.push(...page.items.map((c) => c.id));
    }
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1]);
    expect(pages.map((p) => p.hasMore)).toEqual([true, true, false]);
    expect(pages.every((p) => p.total === 7)).toBe(true);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(made.map((c) => c.id).sort());
    // Open and request communities by name, the archived one at the end.
    expect(seen).toEqual([...made.slice(1), archived].map((c) => c.id));
    const whole = await list(`q=${word}&limit=200`);
    expect(whole.items.map((c) => c.id)).toEqual(seen);
    expect(whole.hasMore).toBe(false);
    const beyond = await list(`q=${word}&offset=20`);
    expect(beyond).toEqual({ items: [], total: 7, hasMore: false });
  });

  it('answers fifty by default', async () => {
    const page = await list(`q=${word}`);
    expect(page.items).toHaveLength(7);
    const first = await list('limit=1');
    expect(first.items).toHaveLength(1);
    expect(first.total).toBeGreaterThanOrEqual(7);
  });

  it('keeps the search over name and description, and "mine" as a filter, while paging', async () => {
    const byDescription = await list(`q=${encodeURIComponent(`Austausch ${word}`)}`);
    expect(byDescription.total).toBe(7);
    const one = await list(`q=${encodeURIComponent(`Friedhof ${word}`)}`);
    expect(one.items.map((c) => c.id)).toEqual([made[5]?.id]);
    const founders = made.filter((_, i) => i % 2 === 0).map((c) => c.id);
    const mineFirst = await list(`q=${word}&mine=true&limit=2`, w.founder);
    const mineRest = await list(`q=${word}&mine=true&limit=2&offset=2`, w.founder);
    expect(mineFirst).toMatchObject({ total: 4, hasMore: true });
    expect(mineRest).toMatchObject({ total: 4, hasMore: false });
    expect([...mineFirst.items, ...mineRest.items].map((c) => c.id).sort()).toEqual(founders.sort());
    expect((await list(`q=${word}&mine=true`)).total).toBe(0);
  });

  it('lists a community by request to everyone signed in, as before, with my place in it', async () => {
    const seen = await list(`q=${encodeURIComponent(`Digitalisierung ${word}`)}`);
    expect(seen.items).toEqual([
      expect.objectContaining({
        id: byRequest.id,
        joinPolicy: 'request',
        myStatus: null,
        myRole: null,
        memberCount: 1,
      }),
    ]);
    const ask = await send(t, w.other, 'POST', `/api/network/communities/${byRequest.id}/join`, { note: 'Hallo' });
    expect(ask.statusCode, ask.body).toBe(200);
    const asked = await list(`q=${word}&mine=true`);
    expect(asked.items.map((c) => [c.id, c.myStatus])).toEqual([[byRequest.id, 'requested']]);
    const moderator = await list(`q=${encodeURIComponent(`Digitalisierung ${word}`)}`, w.colleague);
    expect(moderator.items[0]).toMatchObject({ myStatus: 'member', myRole: 'moderator' });
  });

  it('refuses signed-out people (401) and bad paging or words (400, naming the field)', async () => {
    expect(problemOf(await send(t, null, 'GET', `/api/network/communities?q=${word}&limit=3`), 401).status).toBe(401);
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['limit=drei', 'limit'],
      ['limit=1.5', 'limit'],
      ['offset=-1', 'offset'],
      ['offset=10001', 'offset'],
      ['offset=x', 'offset'],
      [`q=${'a'.repeat(201)}`, 'q'],
      ['mine=vielleicht', 'mine'],
      ['page=2', 'page'],
    ] as const) {
      const problem = problemOf(await send(t, w.other, 'GET', `/api/network/communities?${query}`), 400);
      expect(JSON.stringify(problem.errors), query).toContain(field);
    }
  });
});
