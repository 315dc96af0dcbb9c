import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WikiDiff, WikiHistory, WikiPageList, WikiPageView } from '../../../../shared/contracts/network-wiki.ts';
import { auditLog } from '../../../platform/audit/tables.ts';
import { createPerson, type TestPerson } from '../../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { wikiPages } from '../tables.ts';
import { addMember, call, createCommunity, createWikiPage, ok, type TestCommunity } from './wiki-fixtures.ts';

// Wiki pages of communities and of the platform: who reads, writes and deletes, their history with
// diff and restore, concurrent edits, checks, and hostile HTML.

let t: TestApp;
let moderator: TestPerson;
let member: TestPerson;
let reader: TestPerson;
let outsider: TestPerson;
let open: TestCommunity;
let closed: TestCommunity;

beforeAll(async () => {
  t = await buildTestApp();
  moderator = await createPerson(t);
  member = await createPerson(t);
  reader = await createPerson(t);
  outsider = await createPerson(t);
  open = await createCommunity(t, moderator, { joinPolicy: 'open' });
  closed = await createCommunity(t, moderator, { joinPolicy: 'request' });
  await addMember(t, open.id, member);
  await addMember(t, closed.id, member);
  await addMember(t, closed.id, outsider, 'member', 'requested');
});

const pageUrl = (id: string) => `/api/network/wiki/pages/${id}`;

describe('wiki pages: create, read, list', () => {
  it('a member creates a page with sanitised HTML; readers of an open community read it, signed out 401', async () => {
    const id = await createWikiPage(
      t,
      member,
      open.id,
      'Winterdienst planen',
      '<p onclick="alert(1)">Touren <strong>früh</strong> planen.</p><script>alert(2)</script><img src=x onerror=alert(3)>',
    );
    const page = await ok<WikiPageView>(t, reader, 'GET', pageUrl(id));
    expect(page).toMatchObject({
      title: 'Winterdienst planen',
      slug: 'winterdienst-planen',
      revisionCount: 1,
      community: { id: open.id, name: open.name },
      owner: { id: member.id },
      canWrite: false,
      canDelete: false,
      overdue: false,
    });
    expect(page.bodyHtml).toBe('<p>Touren <strong>früh</strong> planen.</p>');
    expect((await call(t, null, 'GET', pageUrl(id))).statusCode).toBe(401);
    expect((await call(t, null, 'GET', `/api/network/wiki/pages?community=${open.id}`)).statusCode).toBe(401);
  });

  it('lists a wiki newest first; slugs are unique per wiki', async () => {
    const first = await createWikiPage(t, member, open.id, 'Streusalz Lager');
    const second = await createWikiPage(t, member, open.id, 'Streusalz Lager');
    const list = await ok<WikiPageList>(t, reader, 'GET', `/api/network/wiki/pages?community=${open.id}`);
    expect(list.canWrite).toBe(false);
    expect(list.pages.slice(0, 2).map((p) => p.id)).toEqual([second, first]);
    expect(list.pages.slice(0, 2).map((p) => p.slug)).toEqual(['streusalz-lager-2', 'streusalz-lager']);
    // The same title in another wiki takes the plain slug.
    const other = await createWikiPage(t, member, closed.id, 'Streusalz Lager');
    expect((await ok<WikiPageView>(t, member, 'GET', pageUrl(other))).slug).toBe('streusalz-lager');
  });

  it('the platform-wide wiki: everyone signed in reads and writes', async () => {
    const id = await createWikiPage(t, reader, null, 'E-Rechnung Grundlagen');
    const list = await ok<WikiPageList>(t, outsider, 'GET', '/api/network/wiki/pages');
    expect(list.community).toBeNull();
    expect(list.canWrite).toBe(true);
    expect(list.pages.map((p) => p.id)).toContain(id);
  });

  it('a request community’s wiki is 404 for non-members (also while requested), for list, page and writes', async () => {
    const id = await createWikiPage(t, member, closed.id, 'Interna');
    for (const who of [reader, outsider]) {
      expect((await call(t, who, 'GET', `/api/network/wiki/pages?community=${closed.id}`)).statusCode).toBe(404);
      expect((await call(t, who, 'GET', pageUrl(id))).statusCode).toBe(404);
      expect((await call(t, who, 'GET', `${pageUrl(id)}/revisions`)).statusCode).toBe(404);
      expect((await call(t, who, 'GET', `${pageUrl(id)}/diff?from=1&to=1`)).statusCode).toBe(404);
      expect((await call(t, who, 'PUT', pageUrl(id), { title: 'x', bodyHtml: '', baseRevision: 1 })).statusCode).toBe(
        404,
      );
      expect((await call(t, who, 'POST', `${pageUrl(id)}/check`)).statusCode).toBe(404);
      expect((await call(t, who, 'DELETE', pageUrl(id))).statusCode).toBe(404);
      const create = await call(t, who, 'POST', '/api/network/wiki/pages', {
        community: closed.id,
        title: 'x',
        bodyHtml: '',
      });
      expect(create.statusCode).toBe(404);
    }
    expect((await call(t, member, 'GET', pageUrl(id))).statusCode).toBe(200);
  });

  it('a reader of an open community who did not join gets 403 on every write', async () => {
    const id = await createWikiPage(t, member, open.id, 'Nur lesen');
    const create = await call(t, reader, 'POST', '/api/network/wiki/pages', {
      community: open.id,
      title: 'x',
      bodyHtml: '',
    });
    expect(create.statusCode).toBe(403);
    expect((await call(t, reader, 'PUT', pageUrl(id), { title: 'x', bodyHtml: '', baseRevision: 1 })).statusCode).toBe(
      403,
    );
    expect((await call(t, reader, 'POST', `${pageUrl(id)}/check`)).statusCode).toBe(403);
    expect((await call(t, reader, 'POST', `${pageUrl(id)}/restore`, { number: 1, baseRevision: 1 })).statusCode).toBe(
      403,
    );
    expect((await call(t, reader, 'DELETE', pageUrl(id))).statusCode).toBe(403);
    expect((await call(t, reader, 'PATCH', `${pageUrl(id)}/settings`, { checkEveryDays: 30 })).statusCode).toBe(403);
  });

  it('bad input is 400 naming the field; unknown pages and communities 404', async () => {
    const noTitle = await call(t, member, 'POST', '/api/network/wiki/pages', { community: open.id, bodyHtml: '' });
    expect(noTitle.statusCode).toBe(400);
    expect(noTitle.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(noTitle.json().errors)).toContain('title');
    const blank = await call(t, member, 'POST', '/api/network/wiki/pages', {
      community: open.id,
      title: '   ',
      bodyHtml: '',
    });
    expect(blank.statusCode).toBe(400);
    expect(JSON.stringify(blank.json().errors)).toContain('body:/title');
    const extra = await call(t, member, 'POST', '/api/network/wiki/pages', {
      community: open.id,
      title: 'x',
      bodyHtml: '',
      owner: member.id,
    });
    expect(extra.statusCode).toBe(400);
    const long = await call(t, member, 'POST', '/api/network/wiki/pages', {
      community: open.id,
      title: 'x'.repeat(201),
      bodyHtml: '',
    });
    expect(long.statusCode).toBe(400);
    expect((await call(t, member, 'GET', '/api/network/wiki/pages?community=nope')).statusCode).toBe(400);
    expect((await call(t, member, 'GET', pageUrl('nope'))).statusCode).toBe(400);
    expect((await call(t, member, 'GET', pageUrl('0190a000-0000-7000-8000-000000000000'))).statusCode).toBe(404);
    const unknownCommunity = await call(
      t,
      member,
      'GET',
      '/api/network/wiki/pages?community=0190a000-0000-7000-8000-000000000000',
    );
    expect(unknownCommunity.statusCode).toBe(404);
    const id = await createWikiPage(t, member, open.id, 'Eingaben');
    const edit = await call(t, member, 'PUT', pageUrl(id), { title: 'x', bodyHtml: '', baseRevision: 0 });
    expect(edit.statusCode).toBe(400);
    expect(JSON.stringify(edit.json().errors)).toContain('baseRevision');
    const settings = await call(t, member, 'PATCH', `${pageUrl(id)}/settings`, { checkEveryDays: 1 });
    expect(settings.statusCode).toBe(400);
    expect(JSON.stringify(settings.json().errors)).toContain('checkEveryDays');
    expect((await call(t, member, 'GET', `${pageUrl(id)}/diff?from=1`)).statusCode).toBe(400);
  });
});

describe('history, diff, restore, concurrent edits', () => {
  it('every save is a revision; a stale edit is 409 naming the newer revision; diff and restore', async () => {
    const id = await createWikiPage(t, member, open.id, 'Tourenplanung', '<p>Start um fünf Uhr im Bauhof.</p>');
    const second = await ok<{ revision: number }>(t, moderator, 'PUT', pageUrl(id), {
      title: 'Tourenplanung im Winter',
      bodyHtml: '<p>Start um vier Uhr im Bauhof.</p>',
      comment: 'Früher los',
      baseRevision: 1,
    });
    expect(second.revision).toBe(2);
    const stale = await call(t, member, 'PUT', pageUrl(id), {
      title: 'Tourenplanung',
      bodyHtml: '<p>Anders.</p>',
      baseRevision: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ type: '/problems/wiki-revision-conflict', revision: 2 });
    expect(stale.json().detail).toContain('Revision 2');

    const history = await ok<WikiHistory>(t, reader, 'GET', `${pageUrl(id)}/revisions`);
    expect(history.revisions.map((r) => [r.number, r.comment, r.authorName])).toEqual([
      [2, 'Früher los', moderator.name],
      [1, '', member.name],
    ]);
    const diff = await ok<WikiDiff>(t, reader, 'GET', `${pageUrl(id)}/diff?from=1&to=2`);
    expect(diff.body).toEqual([
      { kind: 'same', text: 'Start um ' },
      { kind: 'removed', text: 'fünf' },
      { kind: 'added', text: 'vier' },
      { kind: 'same', text: ' Uhr im Bauhof.' },
    ]);
    expect(diff.title.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['im Winter']);
    expect((await call(t, reader, 'GET', `${pageUrl(id)}/diff?from=1&to=9`)).statusCode).toBe(404);

    const restoredStale = await call(t, member, 'POST', `${pageUrl(id)}/restore`, { number: 1, baseRevision: 1 });
    expect(restoredStale.statusCode).toBe(409);
    const restored = await ok<{ revision: number }>(t, member, 'POST', `${pageUrl(id)}/restore`, {
      number: 1,
      baseRevision: 2,
    });
    expect(restored.revision).toBe(3);
    const page = await ok<WikiPageView>(t, reader, 'GET', pageUrl(id));
    expect(page).toMatchObject({ title: 'Tourenplanung', bodyHtml: '<p>Start um fünf Uhr im Bauhof.</p>' });
    const after = await ok<WikiHistory>(t, reader, 'GET', `${pageUrl(id)}/revisions`);
    expect(after.revisions[0]).toMatchObject({ number: 3, restoredFrom: 1 });
    expect((await call(t, member, 'POST', `${pageUrl(id)}/restore`, { number: 7, baseRevision: 3 })).statusCode).toBe(
      404,
    );
    const entries = await t.deps.db.select().from(auditLog).where(eq(auditLog.subjectId, id));
    expect(entries.map((e) => e.action).sort()).toEqual(['wiki.created', 'wiki.edited', 'wiki.restored']);
  });
});

describe('delete, check, settings', () => {
  it('the owner or a moderator deletes; another member may not (403); a deleted page is gone (404)', async () => {
    const id = await createWikiPage(t, member, open.id, 'Zu löschen');
    const colleague = await createPerson(t);
    await addMember(t, open.id, colleague);
    expect((await call(t, colleague, 'DELETE', pageUrl(id))).statusCode).toBe(403);
    expect((await call(t, member, 'DELETE', pageUrl(id))).statusCode).toBe(204);
    expect((await call(t, member, 'GET', pageUrl(id))).statusCode).toBe(404);
    const list = await ok<WikiPageList>(t, member, 'GET', `/api/network/wiki/pages?community=${open.id}`);
    expect(list.pages.map((p) => p.id)).not.toContain(id);
    const byModerator = await createWikiPage(t, member, open.id, 'Moderiert');
    expect((await call(t, moderator, 'DELETE', pageUrl(byModerator))).statusCode).toBe(204);
  });

  it('"Geprüft" sets when and by whom; an overdue page says so; the owner sets the period', async () => {
    const id = await createWikiPage(t, member, open.id, 'Alt');
    await t.deps.db
      .update(wikiPages)
      .set({ checkedAt: new Date(Date.now() - 400 * 86_400_000), remindedAt: new Date() })
      .where(eq(wikiPages.id, id));
    expect((await ok<WikiPageView>(t, member, 'GET', pageUrl(id))).overdue).toBe(true);
    const colleague = await createPerson(t);
    await addMember(t, open.id, colleague);
    expect((await call(t, colleague, 'POST', `${pageUrl(id)}/check`)).statusCode).toBe(204);
    const checked = await ok<WikiPageView>(t, member, 'GET', pageUrl(id));
    expect(checked).toMatchObject({ overdue: false, checkedBy: { id: colleague.id } });
    const [row] = await t.deps.db.select().from(wikiPages).where(eq(wikiPages.id, id));
    expect(row?.remindedAt).toBeNull();
    expect((await call(t, colleague, 'PATCH', `${pageUrl(id)}/settings`, { checkEveryDays: 30 })).statusCode).toBe(403);
    expect((await call(t, member, 'PATCH', `${pageUrl(id)}/settings`, { checkEveryDays: 30 })).statusCode).toBe(204);
    expect((await ok<WikiPageView>(t, member, 'GET', pageUrl(id))).checkEveryDays).toBe(30);
  });

  it('an archived community’s wiki is read, not written', async () => {
    const archived = await createCommunity(t, moderator, { archived: true });
    const create = await call(t, moderator, 'POST', '/api/network/wiki/pages', {
      community: archived.id,
      title: 'x',
      bodyHtml: '',
    });
    expect(create.statusCode).toBe(403);
    const list = await ok<WikiPageList>(t, reader, 'GET', `/api/network/wiki/pages?community=${archived.id}`);
    expect(list.canWrite).toBe(false);
  });
});
