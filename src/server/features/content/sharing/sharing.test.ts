import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createOrganisation, createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { allianceWithTwoMembers } from '../../alliances/alliance-fixtures.ts';
import { notifications } from '../../notifications/tables.ts';

const t = await buildTestApp();

type Method = 'GET' | 'POST' | 'PUT';
function call(person: TestPerson | null, method: Method, url: string, payload?: object) {
  return t.request({ method, url, cookie: person?.cookie, ...(payload === undefined ? {} : { payload }) });
}

async function ok(person: TestPerson | null, method: Method, url: string, payload?: object, status = 200) {
  const res = await call(person, method, url, payload);
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

async function town(name: string) {
  const organisation = await createOrganisation(t, { name });
  const admin = await createPerson(t, { organisation, role: 'admin' });
  const editor = await createPerson(t, { organisation, role: 'editor' });
  const member = await createPerson(t, { organisation });
  return { organisation, admin, editor, member };
}

/** Seevetal's "Wohnsitz anmelden" in German and English, shared with everyone under CC BY 4.0. */
async function sharedPage(owner: Awaited<ReturnType<typeof town>>, sharedWith: 'platform' | 'alliances' = 'platform') {
  const page = await ok(
    owner.editor,
    'POST',
    '/api/content/pages',
    {
      organisationId: owner.organisation.id,
      slug: unique('wohnsitz'),
      title: 'Wohnsitz anmelden',
      bodyHtml: '<p>Melden Sie Ihren Wohnsitz innerhalb von zwei Wochen an.</p>',
      tags: ['Meldewesen'],
      leikaKey: '99115001000000',
    },
    201,
  );
  await ok(owner.editor, 'PUT', `/api/content/pages/${page.id}/languages/en`, {
    title: 'Registering your address',
    bodyHtml: '<p>Register your address within two weeks.</p>',
  });
  await ok(owner.editor, 'PUT', `/api/content/pages/${page.id}/sharing`, { sharedWith, licence: 'CC-BY-4.0' });
  return page as { id: string; slug: string };
}

const text = (
  page: { languages: { language: string; published: { title: string; bodyHtml: string } | null }[] },
  l: string,
) => page.languages.find((x) => x.language === l)?.published;
const statusOf = (page: { languages: { language: string; status: string | null }[] }, l: string) =>
  page.languages.find((x) => x.language === l)?.status;

async function notificationsOf(person: TestPerson, kind: string) {
  return t.deps.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.personId, person.id), eq(notifications.kind, kind)));
}

describe('sharing and adopting content pages', () => {
  it('adopts a live link that shows the source with local text, pins a major change until it is taken over', async () => {
    const seevetal = await town('Gemeinde Seevetal');
    const neuWulmstorf = await town('Gemeinde Neu Wulmstorf');
    const source = await sharedPage(seevetal);

    const list = await ok(neuWulmstorf.member, 'GET', '/api/content/exchange?tag=Meldewesen&language=en');
    const item = list.items.find((i: { id: string }) => i.id === source.id);
    expect(item).toMatchObject({ title: 'Wohnsitz anmelden', languages: ['de', 'en'], licence: 'CC-BY-4.0' });
    expect(item.organisationName).toBe('Gemeinde Seevetal');

    const link = await ok(
      neuWulmstorf.editor,
      'POST',
      `/api/content/pages/${source.id}/adopt`,
      { organisationId: neuWulmstorf.organisation.id, mode: 'link' },
      201,
    );
    expect(link.adoption).toMatchObject({
      mode: 'link',
      sourceOrganisationName: 'Gemeinde Seevetal',
      licence: 'CC-BY-4.0',
    });
    expect(text(link, 'en')?.title).toBe('Registering your address');
    expect((await notificationsOf(seevetal.editor, 'content-adopted')).length).toBe(1);

    const local = await ok(neuWulmstorf.editor, 'PUT', `/api/content/pages/${link.id}/local/de`, {
      beforeHtml: '<p>Bürgerbüro Neu Wulmstorf, Bahnhofstraße 39<script>x</script></p>',
      afterHtml: '<p>Geöffnet Mo–Fr 8–12 Uhr</p>',
    });
    const de = local.languages.find((l: { language: string }) => l.language === 'de');
    expect(de.local.beforeHtml).toBe('<p>Bürgerbüro Neu Wulmstorf, Bahnhofstraße 39</p>');

    // A minor correction reaches the linked page at once, and nobody is bothered.
    await ok(seevetal.editor, 'PUT', `/api/content/pages/${source.id}/languages/de`, {
      title: 'Wohnsitz anmelden',
      bodyHtml: '<p>Melden Sie Ihren Wohnsitz innerhalb von zwei Wochen an!</p>',
      minor: true,
    });
    let seen = await ok(neuWulmstorf.member, 'GET', `/api/content/pages/${link.id}`);
    expect(text(seen, 'de')?.bodyHtml).toContain('zwei Wochen an!');
    expect(seen.adoption.pendingChanges).toEqual([]);

    // A major change waits: the linked page keeps showing the version it showed.
    await ok(seevetal.editor, 'PUT', `/api/content/pages/${source.id}/languages/de`, {
      title: 'Wohnsitz anmelden',
      bodyHtml: '<p>Melden Sie Ihren Wohnsitz innerhalb von drei Wochen online an.</p>',
    });
    seen = await ok(neuWulmstorf.member, 'GET', `/api/content/pages/${link.id}`);
    expect(text(seen, 'de')?.bodyHtml).toContain('zwei Wochen an!');
    expect(seen.languages.find((l: { language: string }) => l.language === 'de').pinned).toBe(true);
    expect(seen.adoption.pendingChanges).toMatchObject([{ language: 'de', fromNumber: 2, toNumber: 3 }]);
    const told = await notificationsOf(neuWulmstorf.editor, 'content-source-changed');
    expect(told).toHaveLength(1);
    expect(told[0]?.link).toBe(`/content/pages/${link.id}/changes`);
    expect(await notificationsOf(neuWulmstorf.member, 'content-source-changed')).toHaveLength(0);

    const changes = await ok(neuWulmstorf.member, 'GET', `/api/content/pages/${link.id}/changes`);
    expect(changes).toHaveLength(1);
    const words = (kind: string) =>
      changes[0].body
        .filter((p: { kind: string }) => p.kind === kind)
        .map((p: { text: string }) => p.text)
        .join(' ');
    expect(words('removed')).toContain('zwei');
    expect(words('added')).toContain('drei');
    // The source's English is now outdated, and the linked page says so too.
    expect(statusOf(seen, 'en')).toBe('outdated');

    expect(
      (await call(neuWulmstorf.member, 'POST', `/api/content/pages/${link.id}/changes/${changes[0].id}/take`))
        .statusCode,
    ).toBe(403);
    const taken = await ok(neuWulmstorf.editor, 'POST', `/api/content/pages/${link.id}/changes/${changes[0].id}/take`);
    expect(text(taken, 'de')?.bodyHtml).toContain('drei Wochen');
    expect(taken.adoption.pendingChanges).toEqual([]);
    expect(
      (await call(neuWulmstorf.editor, 'POST', `/api/content/pages/${link.id}/changes/${changes[0].id}/take`))
        .statusCode,
    ).toBe(404);

    const matrix = await ok(
      neuWulmstorf.member,
      'GET',
      `/api/content/organisations/${neuWulmstorf.organisation.id}/translation-status`,
    );
    expect(matrix.pages).toMatchObject([
      { id: link.id, title: 'Wohnsitz anmelden', adoptionMode: 'link', statuses: { de: 'source', en: 'outdated' } },
    ]);

    const adoptions = await ok(seevetal.member, 'GET', `/api/content/pages/${source.id}/adoptions`);
    expect(adoptions).toMatchObject([{ organisationName: 'Gemeinde Neu Wulmstorf', mode: 'link', pageId: link.id }]);
  });

  it('never lets the adopter write the source, nor write text into a linked page', async () => {
    const owner = await town('Gemeinde Rosengarten');
    const adopter = await town('Stadt Buchholz');
    const source = await sharedPage(owner);
    const link = await ok(
      adopter.admin,
      'POST',
      `/api/content/pages/${source.id}/adopt`,
      { organisationId: adopter.organisation.id, mode: 'link' },
      201,
    );
    const write = { title: 'Gekapert', bodyHtml: '<p>Gekapert</p>' };
    expect((await call(adopter.admin, 'PUT', `/api/content/pages/${source.id}/languages/de`, write)).statusCode).toBe(
      404,
    );
    const refused = await call(adopter.admin, 'PUT', `/api/content/pages/${link.id}/languages/de`, write);
    expect(problemOf(refused, 409).type).toContain('linked-page');
    expect(
      (await call(adopter.admin, 'PUT', `/api/content/pages/${source.id}/sharing`, { sharedWith: null })).statusCode,
    ).toBe(404);
    const again = await call(adopter.admin, 'POST', `/api/content/pages/${source.id}/adopt`, {
      organisationId: adopter.organisation.id,
      mode: 'copy',
    });
    expect(again.statusCode).toBe(409);
    // Sharing needs a licence; a linked page cannot be shared on.
    expect(
      (await call(owner.admin, 'PUT', `/api/content/pages/${source.id}/sharing`, { sharedWith: 'platform' }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await call(adopter.admin, 'PUT', `/api/content/pages/${link.id}/sharing`, {
          sharedWith: 'platform',
          licence: 'CC0-1.0',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('copies a page with its translations as the adopter’s own, keeping the source and licence', async () => {
    const owner = await town('Gemeinde Stelle');
    const adopter = await town('Gemeinde Jesteburg');
    const source = await sharedPage(owner);
    const copy = await ok(
      adopter.editor,
      'POST',
      `/api/content/pages/${source.id}/adopt`,
      { organisationId: adopter.organisation.id, mode: 'copy', slug: 'anmelden' },
      201,
    );
    expect(copy).toMatchObject({
      organisationId: adopter.organisation.id,
      slug: 'anmelden',
      tags: ['Meldewesen'],
      adoption: { mode: 'copy', sourcePageId: source.id, version: 1, licence: 'CC-BY-4.0' },
    });
    expect(statusOf(copy, 'en')).toBe('current');
    // The copy is theirs: a major German change makes their English outdated, the source stays as it was.
    const changed = await ok(adopter.editor, 'PUT', `/api/content/pages/${copy.id}/languages/de`, {
      title: 'Wohnsitz anmelden in Jesteburg',
      bodyHtml: '<p>Im Rathaus Jesteburg.</p>',
    });
    expect(statusOf(changed, 'en')).toBe('outdated');
    const sourceNow = await ok(owner.member, 'GET', `/api/content/pages/${source.id}`);
    expect(text(sourceNow, 'de')?.title).toBe('Wohnsitz anmelden');
    // And source changes do not reach copies.
    await ok(owner.editor, 'PUT', `/api/content/pages/${source.id}/languages/de`, {
      title: 'Wohnsitz ummelden',
      bodyHtml: '<p>Neu.</p>',
    });
    expect(await notificationsOf(adopter.editor, 'content-source-changed')).toHaveLength(0);
  });

  it('places the adopted page under a page of the adopter’s own, never under another organisation’s', async () => {
    const owner = await town('Gemeinde Rosengarten');
    const adopter = await town('Gemeinde Buchholz');
    const source = await sharedPage(owner);
    const newPage = (person: TestPerson, organisationId: string, slug: string) =>
      ok(
        person,
        'POST',
        '/api/content/pages',
        { organisationId, slug, title: 'Bürgerservice', bodyHtml: '<p>Alles rund ums Rathaus.</p>' },
        201,
      );
    const ownParent = await newPage(adopter.editor, adopter.organisation.id, 'buergerservice');
    const foreignParent = await newPage(owner.editor, owner.organisation.id, unique('rathaus'));
    const adopt = (body: object) =>
      call(adopter.editor, 'POST', `/api/content/pages/${source.id}/adopt`, {
        organisationId: adopter.organisation.id,
        mode: 'copy',
        ...body,
      });

    // Another organisation's page, or one that does not exist, is no place for it; nothing is adopted.
    for (const parentId of [foreignParent.id, source.id, '0190a5c0-0000-7000-8000-000000000000']) {
      const refused = problemOf(await adopt({ parentId }), 400);
      expect(refused.errors).toEqual([expect.objectContaining({ field: 'body:/parentId' })]);
    }
    expect(problemOf(await adopt({ parentId: 'buergerservice' }), 400).errors?.[0]?.field).toContain('parentId');
    // An address the organisation uses already is refused, under the parent as anywhere.
    await newPage(adopter.editor, adopter.organisation.id, 'anmelden');
    expect(problemOf(await adopt({ parentId: ownParent.id, slug: 'anmelden' }), 409).type).toContain('slug-taken');
    const before = await ok(adopter.member, 'GET', `/api/content/organisations/${adopter.organisation.id}/pages`);
    expect(before.pages.map((p: { slug: string }) => p.slug).sort()).toEqual(['anmelden', 'buergerservice']);

    const placed = await adopt({ parentId: ownParent.id, slug: 'wohnsitz-anmelden' });
    expect(placed.statusCode, placed.body).toBe(201);
    expect(placed.json()).toMatchObject({ parentId: ownParent.id, slug: 'wohnsitz-anmelden' });
    const tree = await ok(adopter.member, 'GET', `/api/content/organisations/${adopter.organisation.id}/pages`);
    expect(tree.pages.find((p: { slug: string }) => p.slug === 'wohnsitz-anmelden')?.parentId).toBe(ownParent.id);
    // The source's owner sees no page of its own moved or added below its pages.
    const ownerTree = await ok(owner.member, 'GET', `/api/content/organisations/${owner.organisation.id}/pages`);
    expect(ownerTree.pages.filter((p: { parentId: string | null }) => p.parentId !== null)).toEqual([]);
  });

  it('shares with alliances only: organisations outside them neither see nor adopt the page', async () => {
    const { founder, joined } = await allianceWithTwoMembers(t);
    const owner = { ...founder, editor: founder.admin, member: founder.admin };
    const source = await sharedPage(owner, 'alliances');
    const outsider = await town('Gemeinde Außerhalb');
    const inside = await createPerson(t, { organisation: joined.organisation, role: 'editor' });

    const seen = await ok(inside, 'GET', `/api/content/exchange/${source.id}`);
    expect(seen.texts.map((x: { language: string }) => x.language)).toEqual(['de', 'en']);
    const outsideList = await ok(outsider.admin, 'GET', '/api/content/exchange');
    expect(outsideList.items.map((i: { id: string }) => i.id)).not.toContain(source.id);
    expect((await call(outsider.admin, 'GET', `/api/content/exchange/${source.id}`)).statusCode).toBe(404);
    const adopt = (person: TestPerson, organisationId: string) =>
      call(person, 'POST', `/api/content/pages/${source.id}/adopt`, { organisationId, mode: 'link' });
    expect((await adopt(outsider.admin, outsider.organisation.id)).statusCode).toBe(404);
    // Adopting for an organisation one does not write for.
    expect((await adopt(outsider.admin, joined.organisation.id)).statusCode).toBe(403);
    expect((await call(null, 'GET', '/api/content/exchange')).statusCode).toBe(401);
    expect(
      (
        await call(null, 'POST', `/api/content/pages/${source.id}/adopt`, {
          organisationId: joined.organisation.id,
          mode: 'link',
        })
      ).statusCode,
    ).toBe(401);
    const noOrganisation = await createPerson(t);
    expect((await call(noOrganisation, 'GET', '/api/content/exchange')).statusCode).toBe(403);
    // Nobody outside the owner reads the page's drafts or history.
    expect((await call(inside, 'GET', `/api/content/pages/${source.id}`)).statusCode).toBe(404);
    expect((await call(inside, 'GET', `/api/content/pages/${source.id}/versions`)).statusCode).toBe(404);
    expect((await call(inside, 'GET', `/api/content/pages/${source.id}/adoptions`)).statusCode).toBe(404);

    const link = await ok(
      inside,
      'POST',
      `/api/content/pages/${source.id}/adopt`,
      { organisationId: joined.organisation.id, mode: 'link' },
      201,
    );
    expect(link.adoption.mode).toBe('link');
  });

  it('turns links into copies with their local text when sharing stops, and tells the adopters', async () => {
    const owner = await town('Gemeinde Hollenstedt');
    const adopter = await town('Gemeinde Tostedt');
    const source = await sharedPage(owner);
    const link = await ok(
      adopter.editor,
      'POST',
      `/api/content/pages/${source.id}/adopt`,
      { organisationId: adopter.organisation.id, mode: 'link' },
      201,
    );
    await ok(adopter.editor, 'PUT', `/api/content/pages/${link.id}/local/de`, {
      beforeHtml: '<p>Rathaus Tostedt</p>',
      afterHtml: '',
    });
    const stopped = await ok(owner.editor, 'PUT', `/api/content/pages/${source.id}/sharing`, { sharedWith: null });
    expect(stopped.sharing).toEqual({ sharedWith: null, licence: null, sharedAt: null });

    const now = await ok(adopter.member, 'GET', `/api/content/pages/${link.id}`);
    expect(now.adoption.mode).toBe('copy');
    expect(text(now, 'de')?.bodyHtml).toBe(
      '<p>Rathaus Tostedt</p><p>Melden Sie Ihren Wohnsitz innerhalb von zwei Wochen an.</p>',
    );
    expect(text(now, 'en')?.title).toBe('Registering your address');
    expect(statusOf(now, 'en')).toBe('current');
    expect(await notificationsOf(adopter.editor, 'content-link-ended')).toHaveLength(1);
    // The former link is theirs to write now; the page is gone from the exchange.
    await ok(adopter.editor, 'PUT', `/api/content/pages/${link.id}/languages/de`, {
      title: 'Eigene Seite',
      bodyHtml: '<p>Eigen</p>',
    });
    const list = await ok(adopter.member, 'GET', '/api/content/exchange');
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(source.id);
    expect((await call(adopter.editor, 'GET', `/api/content/exchange/${source.id}`)).statusCode).toBe(404);
  });

  it('lets the adopter turn a link into a copy of its own', async () => {
    const owner = await town('Gemeinde Salzhausen');
    const adopter = await town('Gemeinde Hanstedt');
    const source = await sharedPage(owner);
    const link = await ok(
      adopter.editor,
      'POST',
      `/api/content/pages/${source.id}/adopt`,
      { organisationId: adopter.organisation.id, mode: 'link' },
      201,
    );
    expect((await call(adopter.member, 'POST', `/api/content/pages/${link.id}/copy`)).statusCode).toBe(403);
    const copy = await ok(adopter.editor, 'POST', `/api/content/pages/${link.id}/copy`);
    expect(copy.adoption.mode).toBe('copy');
    expect((await call(adopter.editor, 'POST', `/api/content/pages/${link.id}/copy`)).statusCode).toBe(409);
    expect((await call(owner.editor, 'POST', `/api/content/pages/${source.id}/copy`)).statusCode).toBe(409);
  });

  it('counts the words of adopted translations and, with a price per word, the money saved', async () => {
    const owner = await town('Gemeinde Wenzendorf');
    const adopter = await town('Gemeinde Regesbostel');
    const source = await sharedPage(owner);
    await ok(owner.editor, 'PUT', `/api/content/pages/${source.id}/languages/ar`, {
      title: 'تسجيل السكن',
      bodyHtml: '<p>سجل عنوانك خلال أسبوعين</p>',
    });
    const before = await ok(adopter.member, 'GET', `/api/content/organisations/${adopter.organisation.id}/savings`);
    expect(before).toMatchObject({ words: 0, pages: 0, amountCents: null });
    await ok(
      adopter.editor,
      'POST',
      `/api/content/pages/${source.id}/adopt`,
      { organisationId: adopter.organisation.id, mode: 'link' },
      201,
    );

    // English: "Registering your address" + "Register your address within two weeks." = 3 + 6 words; Arabic 2 + 4.
    const saved = await ok(adopter.member, 'GET', `/api/content/organisations/${adopter.organisation.id}/savings`);
    expect(saved).toMatchObject({ words: 15, pages: 1, wordPriceCents: null, amountCents: null });
    expect(saved.byLanguage).toEqual([
      { language: 'en', words: 9 },
      { language: 'ar', words: 6 },
    ]);
    const url = `/api/content/organisations/${adopter.organisation.id}/settings`;
    expect((await call(adopter.editor, 'PUT', url, { wordPriceCents: 20 })).statusCode).toBe(403);
    expect((await call(owner.admin, 'PUT', url, { wordPriceCents: 20 })).statusCode).toBe(404);
    expect((await call(adopter.admin, 'PUT', url, { wordPriceCents: -1 })).statusCode).toBe(400);
    const priced = await ok(adopter.admin, 'PUT', url, { wordPriceCents: 20 });
    expect(priced).toMatchObject({ words: 15, amountCents: 300 });
    expect((await call(null, 'GET', `/api/content/organisations/${adopter.organisation.id}/savings`)).statusCode).toBe(
      401,
    );
    expect(
      (await call(owner.member, 'GET', `/api/content/organisations/${adopter.organisation.id}/savings`)).statusCode,
    ).toBe(404);

    const platform = await ok(null, 'GET', '/api/public/content/savings');
    expect(platform.words).toBeGreaterThanOrEqual(15);
    expect(platform.amountCents).toBeGreaterThanOrEqual(300);
  });
});
