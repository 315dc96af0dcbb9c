import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommunityList } from '../../../shared/contracts/network-communities.ts';
import type { PeopleResult } from '../../../shared/contracts/network-profiles.ts';
import type { QuestionDetail, QuestionList } from '../../../shared/contracts/network-questions.ts';
import type { WikiPageList, WikiPageView } from '../../../shared/contracts/network-wiki.ts';
import type { NetworkStart } from '../../../shared/contracts/notifications.ts';
import { rowsOf } from '../../platform/db/sql-rows.ts';
import { buildTestApp, sessionCookieOf } from '../../test/test-app.ts';
import { DEMO_PASSWORD } from './accounts.ts';
import { DEMO_COMMUNITIES } from './network/communities.ts';
import { WINTERDIENST_QUESTION } from './network/questions-bauhoefe.ts';
import { FRIEDHOF_QUESTION, HELD_QUESTION } from './network/questions-more.ts';
import { seedNetwork } from './network/seed-network.ts';
import { DEMO_QUESTIONS } from './network/seed-questions.ts';
import { CLOSED_PAGE, OVERDUE_PAGE, PLATFORM_PAGE } from './network/wiki.ts';
import { seedDemo } from './seed.ts';
import { P } from './workspaces/script.ts';

// The demo's network: profiles, communities, questions and the wiki, as demo people see them.

const demo = await buildTestApp({ demo: true });
const warnings: string[] = [];
const log = { warn: (message: string) => warnings.push(message) };

async function signIn(email: string): Promise<string> {
  const res = await demo.request({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: DEMO_PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  return sessionCookieOf(res);
}

async function get<T>(url: string, cookie: string): Promise<T> {
  const res = await demo.request({ method: 'GET', url, cookie });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json() as T;
}

/**
 * What the demo's people have in the network. Counted by the demo's people (addresses ending in
 * `.demo`), since on PostgreSQL the other test files write to the same database at the same time.
 */
async function footprint() {
  const [counts] = rowsOf<Record<string, number>>(
    await demo.deps.db.execute(sql`
      with d as (select id from persons where email like '%.demo')
      select
        (select count(*)::int from network_profiles where person_id in (select id from d)) as profiles,
        (select count(*)::int from network_expertise where person_id in (select id from d)) as expertise,
        (select count(*)::int from network_expertise_proofs where person_id in (select id from d)) as proofs,
        (select count(*)::int from network_endorsements where endorser_id in (select id from d)) as endorsements,
        (select count(*)::int from communities where created_by in (select id from d)) as communities,
        (select count(*)::int from community_members where person_id in (select id from d)) as members,
        (select count(*)::int from questions where author_id in (select id from d)) as questions,
        (select count(*)::int from answers where author_id in (select id from d)) as answers,
        (select count(*)::int from post_comments where author_id in (select id from d)) as comments,
        (select count(*)::int from post_votes where person_id in (select id from d)) as votes,
        (select count(*)::int from wiki_pages where created_by in (select id from d)) as pages,
        (select count(*)::int from wiki_revisions where author_id in (select id from d)) as revisions,
        (select count(*)::int from tag_follows where person_id in (select id from d)) as follows,
        (select count(*)::int from messages m join communities c on c.channel_id = m.channel_id
          where c.created_by in (select id from d)) as messages`),
  );
  return counts;
}

describe('the demo network', () => {
  let jan: string;
  let anna: string;
  let markus: string;

  beforeAll(async () => {
    await seedDemo(demo.deps, log);
    jan = await signIn(P.jan);
    anna = await signIn(P.anna);
    markus = await signIn(P.markus);
  }, 240_000);

  it('is built without a step skipped, and a second seed adds nothing', async () => {
    expect(warnings.filter((w) => w.includes('network'))).toEqual([]);
    const first = await footprint();
    expect(first).toMatchObject({ communities: DEMO_COMMUNITIES.length, questions: DEMO_QUESTIONS.length });
    expect(first?.proofs).toBeGreaterThanOrEqual(3);
    expect(first?.endorsements).toBeGreaterThanOrEqual(8);
    expect(first?.messages).toBe(4);
    await demo.deps.db.transaction((tx) => seedNetwork(tx, demo.deps, { log }));
    expect(await footprint()).toEqual(first);
  }, 120_000);

  it('shows a demo person the communities, questions with accepted answers and the wiki pages', async () => {
    const list = await get<CommunityList>('/api/network/communities?limit=200', anna);
    expect(list.items.map((c) => c.name)).toEqual(expect.arrayContaining(DEMO_COMMUNITIES.map((c) => c.name)));

    const questions = await get<QuestionList>('/api/network/questions?limit=50', anna);
    const titles = questions.items.map((q) => q.title);
    expect(titles).toEqual(expect.arrayContaining([WINTERDIENST_QUESTION, FRIEDHOF_QUESTION]));
    expect(questions.items.filter((q) => q.accepted).length).toBeGreaterThanOrEqual(6);

    // Other test files may ask the same question elsewhere: the demo's is in the Bauhöfe community.
    const bauhoefe = list.items.find((c) => c.name === 'Bauhöfe Niedersachsen');
    const inBauhoefe = await get<QuestionList>(`/api/network/questions?community=${bauhoefe?.id}`, anna);
    const winter = inBauhoefe.items.find((q) => q.title === WINTERDIENST_QUESTION);
    const detail = await get<QuestionDetail>(`/api/network/questions/${winter?.id}`, anna);
    expect(detail.answers.length).toBe(2);
    expect(detail.answers.some((a) => detail.acceptedAnswerId === a.id && a.author.name === 'Tobias Dreisbach')).toBe(
      true,
    );
    expect(Date.parse(detail.createdAt)).toBeLessThan(Date.now() - 10 * 86_400_000);

    const unanswered = await get<QuestionList>('/api/network/questions?filter=unanswered', anna);
    expect(unanswered.items.length).toBeGreaterThanOrEqual(2);

    const platform = await get<WikiPageList>('/api/network/wiki/pages', anna);
    expect(platform.pages.map((p) => p.title)).toContain(PLATFORM_PAGE);
    const wiki = await get<WikiPageList>(`/api/network/wiki/pages?community=${bauhoefe?.id}`, jan);
    const fromAnswer = wiki.pages.find((p) => p.title === WINTERDIENST_QUESTION);
    const page = await get<WikiPageView>(`/api/network/wiki/pages/${fromAnswer?.id}`, jan);
    expect(page.sourceQuestion?.title).toBe(WINTERDIENST_QUESTION);

    const eRechnung = list.items.find((c) => c.name === 'E-Rechnung in Kommunen');
    const overdue = await get<WikiPageList>(`/api/network/wiki/pages?community=${eRechnung?.id}`, anna);
    expect(overdue.pages.find((p) => p.title === OVERDUE_PAGE)?.overdue).toBe(true);
  });

  it('hides the request community’s questions and wiki from a demo person outside it', async () => {
    const inside = await get<QuestionList>('/api/network/questions?limit=50', markus);
    const closed = inside.items.filter((q) => q.community?.name === 'IT-Sicherheit Südwestfalen');
    expect(closed.length).toBeGreaterThanOrEqual(2);
    expect(inside.items.map((q) => q.title)).not.toContain(HELD_QUESTION);

    const outside = await get<QuestionList>('/api/network/questions?limit=50', anna);
    expect(outside.items.some((q) => q.community?.name === 'IT-Sicherheit Südwestfalen')).toBe(false);
    for (const q of closed) {
      const res = await demo.request({ method: 'GET', url: `/api/network/questions/${q.id}`, cookie: anna });
      expect(res.statusCode).toBe(404);
    }
    const community = closed[0]?.community?.id;
    const wiki = await demo.request({
      method: 'GET',
      url: `/api/network/wiki/pages?community=${community}`,
      cookie: anna,
    });
    expect(wiki.statusCode).toBe(404);
    const pages = await get<WikiPageList>(`/api/network/wiki/pages?community=${community}`, markus);
    expect(pages.pages.map((p) => p.title)).toContain(CLOSED_PAGE);
  });

  it('finds the Winterdienst experts for Seevetal and fills the start page', async () => {
    const found = await get<PeopleResult>(`/api/network/people?q=${encodeURIComponent('Winterdienst')}`, anna);
    const names = found.people.map((p) => p.name);
    expect(names[0]).toBe('Tobias Dreisbach');
    expect(names).toEqual(expect.arrayContaining(['Jan Petersen', 'Thomas Becker']));

    const start = await get<NetworkStart>('/api/network/start', jan);
    expect(start.answers.map((a) => a.questionTitle)).toContain(WINTERDIENST_QUESTION);
    expect(start.endorsements.map((e) => e.endorser.name)).toContain('Thomas Becker');
    expect(start.questions.length).toBeGreaterThan(0);
  });

  it('keeps a held first post waiting for the moderators', async () => {
    const [row] = rowsOf<{ state: string }>(
      await demo.deps.db.execute(sql`select state from questions where title = ${HELD_QUESTION}`),
    );
    expect(row?.state).toBe('pending');
  });
});
