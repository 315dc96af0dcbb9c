import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WikiPageView } from '../../../../shared/contracts/network-wiki.ts';
import { networkNotificationKinds } from '../../../../shared/network-notification-kinds.ts';
import { createPerson, type TestPerson } from '../../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { createRecord, partner, publishedRecord, recordInput } from '../../atlas/atlas-fixtures.ts';
import { createdPage, town } from '../../content/pages/page-fixtures.ts';
import { documentWorld, uploaded } from '../../documents/document-fixtures.ts';
import { notifications } from '../../notifications/tables.ts';
import { wikiLinks, wikiPages } from '../tables.ts';
import { remindOverdueChecks } from './check-reminders.ts';
import { addMember, call, createCommunity, createWikiPage, ok, questionWithAnswer } from './wiki-fixtures.ts';
import { sanitizeWikiHtml } from './wiki-html.ts';

// Links of wiki pages to other pages, atlas records, content pages and documents, shown only as far as
// the reader may see them; answers made into pages; reminders of overdue checks.

let t: TestApp;
let author: TestPerson;
let stranger: TestPerson;

beforeAll(async () => {
  t = await buildTestApp();
  author = await createPerson(t);
  stranger = await createPerson(t);
});

const pageUrl = (id: string) => `/api/network/wiki/pages/${id}`;

describe('app links in the text', () => {
  it('keeps app paths and addresses of this app as paths, drops javascript: and on* attributes', () => {
    const base = t.config.publicUrl;
    const html = sanitizeWikiHtml(
      `<p><a href="/network/wiki/x" onclick="x()">a</a> <a href="${base}/atlas/abc?x=1">b</a> <a href="javascript:alert(1)">c</a> <a href="//evil.example/x">d</a> <a href="https://example.org">e</a></p>`,
      base,
    );
    expect(html).toBe(
      '<p><a href="/network/wiki/x" rel="noopener">a</a> <a href="/atlas/abc?x=1" rel="noopener">b</a> <a>c</a> <a>d</a> <a href="https://example.org" rel="noopener">e</a></p>',
    );
  });

  it('shows links and backlinks only where the reader may see the target', async () => {
    const moderator = await createPerson(t);
    const closed = await createCommunity(t, moderator, { joinPolicy: 'request' });
    await addMember(t, closed.id, author);
    const secret = await createWikiPage(t, author, closed.id, 'Geheime Seite');
    const target = await createWikiPage(t, author, null, 'Zielseite');

    const owner = await partner(t);
    const published = await publishedRecord(t, owner);
    const draft = await createRecord(t, owner.member, recordInput([owner.organisation.id]));
    const place = await town(t);
    const content = await createdPage(t, place.admin, place.organisation.id, { title: 'Wohnsitz anmelden' });
    const world = await documentWorld(t);
    const file = await uploaded(t, world.owner, world.space, 'Plan.pdf', '%PDF-1.4 x');

    const links = [
      `/network/wiki/${target}`,
      `/network/wiki/${secret}`,
      `/network/wiki/0190a000-0000-7000-8000-000000000000`,
      `/atlas/${published.slug}`,
      `/atlas/${draft.slug}`,
      `/atlas/gibt-es-nicht`,
      `/content/pages/${content.id}`,
      `/documents/files/${file.id}`,
    ];
    const body = `<p>${links.map((href, i) => `<a href="${href}">L${i}</a>`).join(' ')}</p>`;
    const source = await createWikiPage(t, author, null, 'Verweise', body);
    const stored = await t.deps.db.select().from(wikiLinks).where(eq(wikiLinks.pageId, source));
    // The unknown atlas slug finds no record and is not kept.
    expect(stored.map((l) => l.targetKind).sort()).toEqual([
      'content',
      'cooperation',
      'cooperation',
      'document',
      'wiki',
      'wiki',
      'wiki',
    ]);

    const asStranger = await ok<WikiPageView>(t, stranger, 'GET', pageUrl(source));
    expect(asStranger.links.map((l) => [l.kind, l.href])).toEqual([
      ['wiki', `/network/wiki/${target}`],
      ['cooperation', `/atlas/${published.slug}`],
    ]);
    const asAuthor = await ok<WikiPageView>(t, author, 'GET', pageUrl(source));
    expect(asAuthor.links.map((l) => l.title)).toContain('Geheime Seite');
    const asEditor = await ok<WikiPageView>(t, place.admin, 'GET', pageUrl(source));
    expect(asEditor.links.find((l) => l.kind === 'content')).toMatchObject({
      title: 'Wohnsitz anmelden',
      href: `/content/pages/${content.id}`,
    });
    const asWorkspace = await ok<WikiPageView>(t, world.owner, 'GET', pageUrl(source));
    expect(asWorkspace.links.find((l) => l.kind === 'document')).toMatchObject({ title: 'Plan.pdf' });
    const asPartner = await ok<WikiPageView>(t, owner.member, 'GET', pageUrl(source));
    expect(asPartner.links.filter((l) => l.kind === 'cooperation')).toHaveLength(2);

    // Backlinks: the target knows the source; a page in the closed wiki linking it is seen by members only.
    await createWikiPage(t, author, closed.id, 'Intern verlinkt', `<p><a href="/network/wiki/${target}">x</a></p>`);
    const targetForStranger = await ok<WikiPageView>(t, stranger, 'GET', pageUrl(target));
    expect(targetForStranger.backlinks.map((l) => l.title)).toEqual(['Verweise']);
    const targetForAuthor = await ok<WikiPageView>(t, author, 'GET', pageUrl(target));
    expect(targetForAuthor.backlinks.map((l) => l.title).sort()).toEqual(['Intern verlinkt', 'Verweise']);

    // A new text replaces the links; a deleted source is no backlink.
    await ok(t, author, 'PUT', pageUrl(source), { title: 'Verweise', bodyHtml: '<p>keine</p>', baseRevision: 1 });
    expect((await ok<WikiPageView>(t, author, 'GET', pageUrl(source))).links).toEqual([]);
    expect((await ok<WikiPageView>(t, stranger, 'GET', pageUrl(target))).backlinks).toEqual([]);
  });
});

describe('POST /api/network/wiki/pages/from-answer', () => {
  it('makes a page of an accepted answer once, with a link back; refuses what may not be done', async () => {
    const moderator = await createPerson(t);
    const community = await createCommunity(t, moderator, { joinPolicy: 'open', name: 'Bauhöfe Test' });
    const answerer = await createPerson(t);
    await addMember(t, community.id, author);
    const { questionId, answerId } = await questionWithAnswer(t, {
      communityId: community.id,
      asker: author,
      answerer,
      title: 'Wer hat Erfahrung mit Winterdienst-Tourenplanung?',
      answer: 'Wir planen mit **festen Touren**.\n\n- Räumen ab 4 Uhr\n- <script>alert(1)</script>',
    });
    const url = '/api/network/wiki/pages/from-answer';
    expect((await call(t, null, 'POST', url, { answerId })).statusCode).toBe(401);
    expect((await call(t, author, 'POST', url, {})).statusCode).toBe(400);
    expect((await call(t, stranger, 'POST', url, { answerId })).statusCode).toBe(403);
    const { id } = await ok<{ id: string }>(t, author, 'POST', url, { answerId }, 201);
    const page = await ok<WikiPageView>(t, stranger, 'GET', pageUrl(id));
    expect(page).toMatchObject({
      title: 'Wer hat Erfahrung mit Winterdienst-Tourenplanung?',
      sourceQuestion: { id: questionId },
      community: { id: community.id },
    });
    expect(page.bodyHtml).toContain('<strong>festen Touren</strong>');
    expect(page.bodyHtml).toContain('<li>Räumen ab 4 Uhr</li>');
    expect(page.bodyHtml).not.toContain('<script');
    expect(await ok<{ id: string }>(t, moderator, 'POST', url, { answerId }, 200)).toEqual({ id });

    const open = await questionWithAnswer(t, {
      communityId: community.id,
      asker: author,
      answerer,
      title: 'Offen',
      answer: 'Noch nicht angenommen',
      accepted: false,
    });
    expect((await call(t, author, 'POST', url, { answerId: open.answerId })).statusCode).toBe(409);

    const closed = await createCommunity(t, moderator, { joinPolicy: 'request' });
    const hidden = await questionWithAnswer(t, {
      communityId: closed.id,
      asker: moderator,
      answerer: moderator,
      title: 'Intern',
      answer: 'x',
    });
    expect((await call(t, author, 'POST', url, { answerId: hidden.answerId })).statusCode).toBe(404);
    expect((await call(t, author, 'POST', url, { answerId: '0190a000-0000-7000-8000-000000000000' })).statusCode).toBe(
      404,
    );
  });
});

describe('reminders of overdue checks', () => {
  it('reminds the owner once per period, never twice at once, and again after another period', async () => {
    const owner = await createPerson(t);
    const moderator = await createPerson(t);
    const community = await createCommunity(t, moderator, { name: 'Fachgruppe Erinnerung' });
    await addMember(t, community.id, owner);
    const id = await createWikiPage(t, owner, community.id, 'Veraltet');
    const fresh = await createWikiPage(t, owner, community.id, 'Frisch');
    const day = 86_400_000;
    await t.deps.db
      .update(wikiPages)
      .set({ checkedAt: new Date(Date.now() - 40 * day), checkEveryDays: 30 })
      .where(eq(wikiPages.id, id));
    const mine = () =>
      t.deps.db
        .select()
        .from(notifications)
        .where(
          and(eq(notifications.personId, owner.id), eq(notifications.kind, networkNotificationKinds.wikiCheckDue)),
        );

    await Promise.all([remindOverdueChecks(t.deps.db), remindOverdueChecks(t.deps.db)]);
    const first = await mine();
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      link: `/network/wiki/${id}`,
      data: { title: 'Veraltet', communityName: 'Fachgruppe Erinnerung' },
    });
    await remindOverdueChecks(t.deps.db);
    expect(await mine()).toHaveLength(1);
    // Another period without a check: reminded again.
    await remindOverdueChecks(t.deps.db, new Date(Date.now() + 31 * day));
    expect(await mine()).toHaveLength(2);
    // Checked: no reminder until it is due again.
    await ok(t, owner, 'POST', `${pageUrl(id)}/check`, undefined, 204);
    await remindOverdueChecks(t.deps.db, new Date(Date.now() + 10 * day));
    expect(await mine()).toHaveLength(2);
    expect((await mine()).some((n) => n.link === `/network/wiki/${fresh}`)).toBe(false);
  });
});
