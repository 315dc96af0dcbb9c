import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cooperation, SearchResult } from '../../../shared/contracts/atlas.ts';
import type { MessagePage, Sidebar } from '../../../shared/contracts/chat.ts';
import type { DocumentItem, FolderListing } from '../../../shared/contracts/documents.ts';
import { imageTypeOf } from '../../platform/storage/image-type.ts';
import { buildTestApp, sessionCookieOf } from '../../test/test-app.ts';
import { DEMO_PASSWORD } from './accounts.ts';
import { DEMO_COOPERATIONS } from './cooperations/index.ts';
import { DEMO_PROFILE_NOTICE, DEMO_PROFILES } from './organisations/profiles.ts';
import { organisationsByAgs } from './queries.ts';
import { seedDemo } from './seed.ts';
import { DEMO_WORKSPACES } from './workspaces/seed-workspaces.ts';

// What a visitor of the demo sees: a full atlas in which the suggested searches find something,
// organisations with descriptions and logos, and workspaces with a few days of conversation.

const demo = await buildTestApp({ demo: true });
const demoSlugs = new Set(DEMO_COOPERATIONS.map((c) => c.record.slug));

async function demoHits(q: string): Promise<string[]> {
  const res = await demo.request({
    method: 'GET',
    url: `/api/atlas/cooperations?q=${encodeURIComponent(q)}&pageSize=100`,
  });
  expect(res.statusCode, res.body).toBe(200);
  // The test database is shared with other files; only the demo's records count here.
  return (res.json() as SearchResult).hits.map((h) => h.slug).filter((slug) => demoSlugs.has(slug));
}

async function signIn(email: string): Promise<string> {
  const res = await demo.request({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: DEMO_PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  return sessionCookieOf(res);
}

/** The words the atlas search box suggests, read from the German interface text. */
function suggestedSearches(): string[] {
  const texts = JSON.parse(readFileSync('src/web/i18n/areas/atlas.de.json', 'utf8'));
  const hint = texts.atlas.search.qHint as string;
  const words = /^Zum Beispiel (.+) oder /.exec(hint)?.[1]?.split(', ') ?? [];
  return words;
}

describe('the demo as a visitor sees it', () => {
  beforeAll(() => seedDemo(demo.deps), 180_000);

  it('publishes at least 40 atlas records, from all 16 Länder, in every legal form but one', async () => {
    const all = await demoHits('Demodaten');
    expect(all.length).toBeGreaterThanOrEqual(40);
    const laender = new Set<string>();
    const forms = new Set<string>();
    for (const slug of all) {
      const res = await demo.request({ method: 'GET', url: `/api/atlas/cooperations/${slug}` });
      const record = res.json() as Cooperation;
      for (const code of record.landCodes) laender.add(code);
      forms.add(record.legalForm);
    }
    expect([...laender].sort()).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(forms.size).toBeGreaterThanOrEqual(8);
  });

  it('finds several records for each search the search box suggests', async () => {
    const suggested = suggestedSearches();
    expect(suggested).toEqual(['Feuerwehr', 'Breitband', 'Bauhof']);
    for (const q of suggested) expect((await demoHits(q)).length, q).toBeGreaterThanOrEqual(2);
  });

  it('finds something for other obvious searches', async () => {
    for (const q of [
      'Abwasser',
      'Digitalisierung',
      'Tourismus',
      'Schule',
      'ÖPNV',
      'Klimaschutz',
      'Personal',
      'Vergabe',
    ]) {
      expect((await demoHits(q)).length, q).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives the demo organisations a description marked as demo data and a PNG logo', async () => {
    const found = await organisationsByAgs(
      demo.deps.db,
      DEMO_PROFILES.map((p) => p.ags),
    );
    expect(found.size).toBeGreaterThanOrEqual(20);
    for (const { id, name } of found.values()) {
      const res = await demo.request({ method: 'GET', url: `/api/organisations/${id}` });
      const organisation = res.json() as { description: string | null; logoUrl: string | null };
      expect(organisation.description, name).toMatch(new RegExp(`^${DEMO_PROFILE_NOTICE}\\n\\n`));
      expect(organisation.logoUrl, name).not.toBeNull();
      const logo = await demo.request({ method: 'GET', url: organisation.logoUrl as string });
      expect(logo.headers['content-type'], name).toBe('image/png');
      expect(imageTypeOf(logo.rawPayload), name).toBe('image/png');
    }
  });

  it('draws the logo files again for a new data folder on the same database', async () => {
    const another = await buildTestApp({ demo: true });
    const seevetal = (await organisationsByAgs(another.deps.db, ['03353031'])).get('03353031');
    const logoUrl = (await another.request({ method: 'GET', url: `/api/organisations/${seevetal?.id}` })).json()
      .logoUrl as string;
    expect((await another.request({ method: 'GET', url: logoUrl })).statusCode).toBe(404);
    await seedDemo(another.deps);
    const logo = await another.request({ method: 'GET', url: logoUrl });
    expect(logo.statusCode).toBe(200);
    expect(imageTypeOf(logo.rawPayload)).toBe('image/png');
  });

  it('shows the demo people busy workspaces with threads, reactions, mentions and unread messages from the last days', async () => {
    const cookie = await signIn('anna.schulz@seevetal.demo');
    const sidebar = (await demo.request({ method: 'GET', url: '/api/chat/sidebar', cookie })).json() as Sidebar;
    const names = sidebar.workspaces.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['Feuerwehr-Kooperation Nordheide', 'Gemeinsamer Bauhof']));
    const nordheide = sidebar.workspaces.find((w) => w.name === 'Feuerwehr-Kooperation Nordheide');
    expect(nordheide?.channels.map((c) => c.name).sort()).toEqual([
      'allgemein',
      'atemschutz',
      'ausbildung',
      'beschaffung',
    ]);
    // Anna has read what is older than a day, not the last day's messages; one of those mentions her.
    expect(nordheide?.channels.some((c) => c.unreadCount > 0)).toBe(true);
    expect(nordheide?.channels.some((c) => c.mentionCount > 0)).toBe(true);

    let messages = 0;
    let replies = 0;
    let reactions = 0;
    const now = Date.now();
    for (const channel of nordheide?.channels ?? []) {
      const page = (
        await demo.request({ method: 'GET', url: `/api/channels/${channel.id}/messages?limit=100`, cookie })
      ).json() as MessagePage;
      for (const m of page.messages) {
        messages += 1 + m.replyCount;
        replies += m.replyCount;
        reactions += m.reactions.length;
        const age = now - Date.parse(String(m.createdAt));
        expect(age).toBeGreaterThan(0);
        expect(age).toBeLessThan(6 * 86_400_000);
      }
      const times = page.messages.map((m) => Date.parse(String(m.createdAt)));
      expect(times, channel.name ?? '').toEqual([...times].sort((a, b) => a - b));
    }
    expect(messages).toBe(DEMO_WORKSPACES[0]?.messages.length);
    expect(replies).toBeGreaterThanOrEqual(5);
    expect(reactions).toBeGreaterThanOrEqual(5);
  });

  it('lets members search the conversation, and keeps it from people outside the workspace', async () => {
    const search = async (email: string) =>
      (
        await demo.request({ method: 'GET', url: '/api/search/messages?q=Hubsteiger', cookie: await signIn(email) })
      ).json() as { hits: Array<{ snippet: string }> };
    expect((await search('sabine.krueger@neu-wulmstorf.demo')).hits.length).toBeGreaterThanOrEqual(1);
    expect((await search('stefan.hoffmann@arnsberg.demo')).hits).toEqual([]);
  });

  it('adds no second workspace or message when it seeds again', async () => {
    const cookie = await signIn('stefan.hoffmann@arnsberg.demo');
    const count = async () => {
      const sidebar = (await demo.request({ method: 'GET', url: '/api/chat/sidebar', cookie })).json() as Sidebar;
      const workspaces = sidebar.workspaces.filter((w) => w.name === 'Breitband Sauerland');
      return { workspaces: workspaces.length, lastSeqs: workspaces.flatMap((w) => w.channels.map((c) => c.lastSeq)) };
    };
    const before = await count();
    await seedDemo(demo.deps);
    expect(await count()).toEqual(before);
    expect(before.workspaces).toBe(1);
  });

  it('keeps the documents of “Breitband Sauerland”: versions, a colleague’s check-out, an approval half given', async () => {
    const cookie = await signIn('julia.schaefer@arnsberg.demo');
    const get = async <T>(url: string) => {
      const res = await demo.request({ method: 'GET', url, cookie });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as T;
    };
    const { spaces } = await get<{ spaces: Array<{ kind: string; id: string; name: string }> }>(
      '/api/documents/spaces',
    );
    const space = spaces.find((s) => s.name === 'Breitband Sauerland') as { kind: string; id: string };
    const top = await get<FolderListing>(`/api/documents/spaces/${space.kind}/${space.id}/items`);
    expect(top.items.map((i) => i.name)).toEqual(['Förderantrag', 'Tiefbau', 'Liesmich.md']);
    const tiefbau = top.items[1] as DocumentItem;
    const inside = await get<FolderListing>(
      `/api/documents/spaces/${space.kind}/${space.id}/items?folder=${tiefbau.id}`,
    );
    const protocol = inside.items.find((i) => i.name === 'Protokoll Baubesprechung.md');
    expect(protocol?.lock).toMatchObject({ owner: { name: 'Markus Richter' }, mine: false });
    const antrag = top.items[0] as DocumentItem;
    const files = await get<FolderListing>(`/api/documents/spaces/${space.kind}/${space.id}/items?folder=${antrag.id}`);
    const application = files.items.find((i) => i.name === 'Antrag Gigabitförderung.md') as DocumentItem;
    expect(application).toMatchObject({ version: 2, approval: 'pending' });
    await seedDemo(demo.deps);
    expect((await get<FolderListing>(`/api/documents/spaces/${space.kind}/${space.id}/items`)).items).toHaveLength(3);
  });
});
