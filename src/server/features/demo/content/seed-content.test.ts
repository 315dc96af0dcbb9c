import { count, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentPage, StatusMatrix } from '../../../../shared/contracts/content.ts';
import type { ExchangeList, Savings } from '../../../../shared/contracts/content-sharing.ts';
import { buildTestApp, sessionCookieOf } from '../../../test/test-app.ts';
import { contentLinkChanges, contentPages, contentVersions } from '../../content/tables.ts';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from '../accounts.ts';
import { organisationsByAgs } from '../queries.ts';
import { seedDemo } from '../seed.ts';
import { ARNSBERG, LEIPZIG, NEU_WULMSTORF, SEEVETAL, SOEST } from './topics/contacts.ts';
import { DEMO_TOPICS } from './topics.ts';

// What a visitor of the demo finds in the content area: pages in four languages, every translation status,
// a linked page with its own office around the source's text and a change waiting, and money saved.

const demo = await buildTestApp({ demo: true });
const organisations = await organisationsByAgs(
  demo.deps.db,
  DEMO_ORGANISATIONS.map((o) => o.ags),
);
const idOf = (ags: string) => organisations.get(ags)?.id as string;

const cookies = new Map<string, string>();
async function signIn(email: string): Promise<string> {
  const known = cookies.get(email);
  if (known) return known;
  const res = await demo.request({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: DEMO_PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  cookies.set(email, sessionCookieOf(res));
  return sessionCookieOf(res);
}

/** A member (not a writer) of the demo organisation. */
const memberOf = (ags: string) =>
  DEMO_ORGANISATIONS.find((o) => o.ags === ags)?.people.find((p) => p.role === 'member')?.email as string;

async function get<T>(ags: string, url: string): Promise<T> {
  const res = await demo.request({ method: 'GET', url, cookie: await signIn(memberOf(ags)) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
}

const matrixOf = (ags: string) => get<StatusMatrix>(ags, `/api/content/organisations/${idOf(ags)}/translation-status`);
const rowOf = (matrix: StatusMatrix, slug: string) => matrix.pages.find((p) => p.slug === slug);

describe('the demo’s citizen information', () => {
  beforeAll(() => seedDemo(demo.deps), 180_000);

  it('has a dozen topics, each in German with English, Arabic and Ukrainian, written by its municipality', async () => {
    let found = 0;
    for (const ags of new Set(DEMO_TOPICS.map((t) => t.owner))) {
      const matrix = await matrixOf(ags);
      for (const topic of DEMO_TOPICS.filter((t) => t.owner === ags)) {
        const row = rowOf(matrix, topic.slug);
        expect(row?.title, topic.slug).toBe(topic.texts.de.title);
        expect(row?.statuses.de, topic.slug).toBe('source');
        for (const language of ['en', 'ar', 'uk']) {
          expect(['current', 'outdated', 'machine'], `${topic.slug} ${language}`).toContain(row?.statuses[language]);
        }
        found += 1;
      }
    }
    expect(found).toBe(12);
  });

  it('shows Seevetal every status: current, a translation left outdated, a machine translation, a missing one', async () => {
    const matrix = await matrixOf(SEEVETAL);
    expect(matrix.languages).toEqual(['ar', 'de', 'de-x-ls', 'en', 'uk']);
    const statuses = new Set(matrix.pages.flatMap((p) => Object.values(p.statuses)));
    expect([...statuses]).toEqual(expect.arrayContaining(['current', 'outdated', 'machine', 'missing']));
    expect(rowOf(matrix, 'wohnsitz-anmelden')?.statuses).toEqual({
      de: 'source',
      en: 'current',
      ar: 'current',
      'de-x-ls': 'current',
      uk: 'outdated',
    });
    expect(rowOf(matrix, 'reisepass-beantragen')?.statuses.uk).toBe('machine');
  });

  it('shows Neu Wulmstorf Seevetal’s text between its own, with the source’s change waiting to be taken over', async () => {
    const row = rowOf(await matrixOf(NEU_WULMSTORF), 'wohnsitz-anmelden');
    const page = await get<ContentPage>(NEU_WULMSTORF, `/api/content/pages/${row?.id}`);
    expect(page.adoption).toMatchObject({ mode: 'link', sourceOrganisationName: 'Seevetal', licence: 'CC-BY-4.0' });
    const de = page.languages.find((l) => l.language === 'de');
    // Still the version it linked: the online registration the source added waits for Neu Wulmstorf.
    expect(de?.published?.bodyHtml).toContain('innerhalb von zwei Wochen');
    expect(de?.published?.bodyHtml).not.toContain('Online anmelden');
    expect(de?.pinned).toBe(true);
    expect(de?.local?.beforeHtml).toContain('Neu Wulmstorf');
    expect(de?.local?.afterHtml).toContain('Rathausplatz 1, 21629 Neu Wulmstorf');
    expect(de?.local?.afterHtml).toContain('Öffnungszeiten');
    const ar = page.languages.find((l) => l.language === 'ar');
    expect(ar?.local?.afterHtml).toContain('أوقات الدوام');
    expect(page.adoption?.pendingChanges).toEqual(
      expect.arrayContaining([expect.objectContaining({ language: 'de', fromNumber: 1, toNumber: 2 })]),
    );

    const changes = await get<Array<{ language: string; body: Array<{ kind: string; text: string }> }>>(
      NEU_WULMSTORF,
      `/api/content/pages/${row?.id}/changes`,
    );
    const added = changes
      .find((c) => c.language === 'de')
      ?.body.filter((p) => p.kind === 'added')
      .map((p) => p.text)
      .join(' ');
    expect(added).toContain('online');
  });

  it('copies pages as the adopter’s own, and keeps a page in Soest as a draft', async () => {
    const leipzig = rowOf(await matrixOf(LEIPZIG), 'personalausweis-beantragen');
    const copy = await get<ContentPage>(LEIPZIG, `/api/content/pages/${leipzig?.id}`);
    expect(copy.adoption).toMatchObject({ mode: 'copy', sourceOrganisationName: 'Seevetal' });
    expect(copy.contact).toContain('Leipzig');
    expect(copy.languages.map((l) => l.language)).toEqual(['de', 'ar', 'de-x-ls', 'en', 'uk']);

    const draft = rowOf(await matrixOf(SOEST), 'briefwahl-beantragen');
    const page = await get<ContentPage>(SOEST, `/api/content/pages/${draft?.id}`);
    expect(page.languages).toMatchObject([
      { language: 'de', published: null, draft: { title: 'Briefwahl beantragen' } },
    ]);
  });

  it('offers pages to everyone or to the alliance only', async () => {
    const offered = async (ags: string) =>
      (await get<ExchangeList>(ags, `/api/content/exchange?organisationId=${idOf(SEEVETAL)}&limit=100`)).items.map(
        (i) => i.slug,
      );
    // Arnsberg shares no alliance with Seevetal; Neu Wulmstorf does.
    expect(await offered(ARNSBERG)).toEqual(
      expect.arrayContaining(['wohnsitz-anmelden', 'personalausweis-beantragen']),
    );
    expect(await offered(ARNSBERG)).not.toContain('reisepass-beantragen');
    expect(await offered(NEU_WULMSTORF)).toContain('reisepass-beantragen');
  });

  it('shows Neu Wulmstorf what its adoptions saved at 0,18 Euro per word', async () => {
    const savings = await get<Savings>(NEU_WULMSTORF, `/api/content/organisations/${idOf(NEU_WULMSTORF)}/savings`);
    expect(savings.pages).toBe(3);
    expect(savings.wordPriceCents).toBe(18);
    expect(savings.words).toBeGreaterThan(1000);
    expect(savings.amountCents).toBe(savings.words * 18);
    expect(savings.byLanguage.map((l) => l.language)).toEqual(expect.arrayContaining(['en', 'ar', 'uk']));
  });

  it('adds nothing when it seeds again', async () => {
    const ids = [...organisations.values()].map((o) => o.id);
    const counts = async () => {
      const pages = inArray(contentPages.organisationId, ids);
      const [p] = await demo.deps.db.select({ n: count() }).from(contentPages).where(pages);
      const [v] = await demo.deps.db
        .select({ n: count() })
        .from(contentVersions)
        .innerJoin(contentPages, eq(contentPages.id, contentVersions.pageId))
        .where(pages);
      const [c] = await demo.deps.db
        .select({ n: count() })
        .from(contentLinkChanges)
        .innerJoin(contentPages, eq(contentPages.id, contentLinkChanges.pageId))
        .where(pages);
      return { pages: p?.n, versions: v?.n, changes: c?.n };
    };
    const before = await counts();
    await seedDemo(demo.deps);
    expect(await counts()).toEqual(before);
    expect(before.pages).toBe(19);
  });
});
