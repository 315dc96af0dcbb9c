import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createPerson, type TestPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { contentVersions, contentXliffChecks } from '../tables.ts';
import { fillTargets } from '../xliff/xliff-fixtures.ts';
import { BODY, call, createdPage, pageOf, saved, statusOf, upload, xliffWorld } from './translation-fixtures.ts';

const t = await buildTestApp();

// Targets as a translation tool writes them into an XLIFF 2.0 export of the fixture page.
const ARABIC_20 = {
  title: 'تسجيل السكن',
  b1: 'ما تحتاجه',
  b2: 'يرجى إحضار <pc id="1" type="fmt" subType="xlf:b">بطاقة الهوية</pc>.',
  b3: 'يمكنكم <pc id="1" type="link" dataRefStart="link1" dataRefEnd="linkEnd">حجز موعد</pc> عبر الإنترنت.',
};
const ENGLISH_12 = {
  title: 'Registering your address',
  b1: 'What you need',
  b2: 'Please bring your <g id="1" ctype="bold">identity card</g>.',
  b3: 'You can <g id="1" ctype="link">book online</g>.',
};

/** Fills the targets of one page's <file> in a file of several pages. */
function fillPage(xml: string, pageId: string, targets: Record<string, string>): string {
  const start = xml.lastIndexOf('<file ', xml.indexOf(`content-pages/${pageId}/`));
  const end = xml.indexOf('</file>', start);
  return `${xml.slice(0, start)}${fillTargets(xml.slice(start, end), targets)}${xml.slice(end)}`;
}

async function exported(person: TestPerson, pageId: string, query = 'target=ar') {
  const res = await call(t, person, 'GET', `/api/content/pages/${pageId}/xliff?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.body;
}

async function checked(person: TestPerson, xml: string, query = '') {
  const res = await upload(t, person, xml, query);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const checksOf = (person: TestPerson) =>
  t.deps.db.select().from(contentXliffChecks).where(eq(contentXliffChecks.personId, person.id));

describe('the XLIFF round trip', () => {
  it('exports Arabic, checks the returned file, and writes the translation on confirmation', async () => {
    const { organisation, admin } = await xliffWorld(t);
    const page = await createdPage(t, admin, organisation.id);
    const xml = await exported(admin, page.id);
    expect(statusOf(await pageOf(t, admin, page.id), 'ar')).toBe('in-translation');

    const check = await checked(admin, fillTargets(xml, ARABIC_20), '?name=seevetal-ar.xlf');
    expect(check).toMatchObject({
      fileName: 'seevetal-ar.xlf',
      targetLanguage: 'ar',
      writable: true,
      pages: [{ pageId: page.id, title: 'Wohnsitz anmelden', units: 4, matched: 4, writable: true, problems: [] }],
    });
    // Nothing is written by the check.
    expect(statusOf(await pageOf(t, admin, page.id), 'ar')).toBe('in-translation');

    const confirmed = await call(t, admin, 'POST', `/api/content/xliff/${check.checkId}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toEqual({
      checkId: check.checkId,
      targetLanguage: 'ar',
      written: [
        { pageId: page.id, language: 'ar', number: 1, basis: { language: 'de', number: 1 }, status: 'current' },
      ],
      refused: [],
    });
    const after = await pageOf(t, admin, page.id);
    expect(statusOf(after, 'ar')).toBe('current');
    const arabic = after.languages.find((l: { language: string }) => l.language === 'ar');
    expect(arabic.published.title).toBe('تسجيل السكن');
    // The German page's blocks (as the sanitiser stored them), with the Arabic text and markup in them.
    const german = after.languages.find((l: { language: string }) => l.language === 'de').published.bodyHtml;
    expect(arabic.published.bodyHtml).toBe(
      german
        .replace('Was Sie brauchen', 'ما تحتاجه')
        .replace(
          'Bitte bringen Sie Ihren <strong>Personalausweis</strong> mit.',
          'يرجى إحضار <strong>بطاقة الهوية</strong>.',
        )
        .replace(/Termine können Sie (<a [^>]*>)online buchen<\/a>\./, 'يمكنكم $1حجز موعد</a> عبر الإنترنت.'),
    );
    expect(arabic.published.bodyHtml).toContain('href="https://example.org/termine"');
    const versions = (await call(t, admin, 'GET', `/api/content/pages/${page.id}/versions?language=ar`)).json();
    expect(versions).toMatchObject([
      {
        number: 1,
        origin: 'xliff',
        reviewed: true,
        draft: false,
        basis: { language: 'de', number: 1 },
        authorName: admin.name,
      },
    ]);
    const [stored] = await t.deps.db
      .select({ words: contentVersions.words })
      .from(contentVersions)
      .where(and(eq(contentVersions.pageId, page.id), eq(contentVersions.language, 'ar')));
    expect(stored?.words).toBeGreaterThan(5);

    const again = await call(t, admin, 'POST', `/api/content/xliff/${check.checkId}/confirm`);
    expect(problemOf(again, 409).type).toBe('/problems/xliff-check-confirmed');
    expect((await call(t, admin, 'GET', `/api/content/pages/${page.id}/versions?language=ar`)).json()).toHaveLength(1);
  });

  it('names each unit whose source changed after the export, and writes the rest over the exported basis', async () => {
    const { organisation, admin } = await xliffWorld(t);
    const page = await createdPage(t, admin, organisation.id);
    const xml = await exported(admin, page.id);
    await saved(t, admin, page.id, 'de', {
      title: 'Wohnsitz anmelden',
      bodyHtml: [
        '<h2>Was Sie brauchen</h2>',
        '<p>Bitte bringen Sie Ihren <strong>Reisepass</strong> mit.</p>',
        '<p>Termine können Sie <a href="https://example.org/termine">online buchen</a>.</p>',
        '<p>Die Anmeldung ist gebührenfrei.</p>',
      ].join('\n'),
    });
    const check = await checked(admin, fillTargets(xml, { ...ARABIC_20, b3: 'حجز موعد' }));
    const [report] = check.pages;
    expect(report).toMatchObject({ pageId: page.id, units: 5, matched: 3, writable: true });
    expect(report.problems).toEqual([
      {
        unitId: 'b2',
        reason: 'source-changed',
        detail: expect.stringContaining('changed after the export'),
        fileSource: 'Bitte bringen Sie Ihren <strong>Personalausweis</strong> mit.',
        currentSource: 'Bitte bringen Sie Ihren <strong>Reisepass</strong> mit.',
      },
      {
        unitId: 'b4',
        reason: 'missing-in-file',
        detail: expect.any(String),
        currentSource: 'Die Anmeldung ist gebührenfrei.',
      },
    ]);
    const confirmed = (await call(t, admin, 'POST', `/api/content/xliff/${check.checkId}/confirm`)).json();
    // Made from version 1, which the source has left behind: the translation shows as outdated.
    expect(confirmed.written).toEqual([
      { pageId: page.id, language: 'ar', number: 1, basis: { language: 'de', number: 1 }, status: 'outdated' },
    ]);
    const arabic = (await pageOf(t, admin, page.id)).languages.find((l: { language: string }) => l.language === 'ar');
    expect(arabic.published.bodyHtml).toContain('<p>Bitte bringen Sie Ihren <strong>Reisepass</strong> mit.</p>');
    expect(arabic.published.bodyHtml).toContain('<p>حجز موعد</p>');
  });

  it('takes the current version as the basis when every unit of the current text matched', async () => {
    const { organisation, admin } = await xliffWorld(t);
    const page = await createdPage(t, admin, organisation.id);
    const xml = await exported(admin, page.id);
    // Saved again as a major version, but the text is what was exported.
    await saved(t, admin, page.id, 'de', { title: 'Wohnsitz anmelden', bodyHtml: BODY });
    const check = await checked(admin, fillTargets(xml, ARABIC_20));
    expect(check.pages[0]).toMatchObject({ matched: 4, problems: [] });
    const confirmed = (await call(t, admin, 'POST', `/api/content/xliff/${check.checkId}/confirm`)).json();
    expect(confirmed.written).toEqual([
      { pageId: page.id, language: 'ar', number: 1, basis: { language: 'de', number: 2 }, status: 'current' },
    ]);
  });

  it('reports unknown units, empty targets, other organisations’ and unknown pages, and a wrong target language', async () => {
    const { organisation, admin, outsider, otherOrganisation } = await xliffWorld(t);
    const page = await createdPage(t, admin, organisation.id);
    const second = await createdPage(t, admin, organisation.id, { title: 'Hund anmelden', bodyHtml: '<p>Steuer</p>' });
    const foreign = await createdPage(t, outsider, otherOrganisation.id);
    const res = await call(t, admin, 'POST', `/api/content/organisations/${organisation.id}/xliff`, {
      target: 'en',
      version: '1.2',
      pageIds: [page.id, second.id],
    });
    let xml = fillPage(res.body, page.id, { title: ENGLISH_12.title, b2: ENGLISH_12.b2 });
    xml = xml.replace('<trans-unit id="b3">', '<trans-unit id="b9">');
    // The other organisation's page, and a page nobody has, as parts of the same file.
    const foreignPart = /<file [\s\S]*?<\/file>/.exec(res.body)?.[0].replaceAll(page.id, foreign.id) as string;
    const unknownPart = foreignPart.replaceAll(foreign.id, '00000000-0000-4000-8000-000000000000');
    xml = xml.replace('</xliff>', `${foreignPart}\n${unknownPart}\n</xliff>`);

    const check = await checked(admin, xml, '?target=en');
    expect(check.writable).toBe(true);
    expect(
      check.pages.map((p: { pageId: string; matched: number; writable: boolean }) => [p.pageId, p.matched, p.writable]),
    ).toEqual([
      [page.id, 2, true],
      [second.id, 0, false],
      [foreign.id, 0, false],
      ['00000000-0000-4000-8000-000000000000', 0, false],
    ]);
    const reasons = (index: number) =>
      check.pages[index].problems.map((p: { unitId: string | null; reason: string }) => [p.unitId, p.reason]);
    expect(reasons(0)).toEqual([
      ['b1', 'empty-target'],
      ['b3', 'missing-in-file'],
      ['b9', 'unknown-unit'],
    ]);
    expect(reasons(1)).toEqual([
      ['title', 'empty-target'],
      ['b1', 'empty-target'],
    ]);
    expect(reasons(2)).toEqual([[null, 'unknown-page']]);
    expect(check.pages[2].title).toBeNull();
    expect(reasons(3)).toEqual([[null, 'unknown-page']]);

    const wrong = await checked(admin, xml, '?target=fr');
    expect(wrong.writable).toBe(false);
    expect(wrong.pages[0].problems).toEqual([
      { unitId: null, reason: 'wrong-target-language', detail: 'This part of the file is in en, not in fr.' },
    ]);
    expect(problemOf(await call(t, admin, 'POST', `/api/content/xliff/${wrong.checkId}/confirm`), 409).type).toBe(
      '/problems/xliff-nothing-to-write',
    );
  });

  it('refuses a page whose source changed between check and confirmation, writing the others', async () => {
    const { organisation, admin } = await xliffWorld(t);
    const stays = await createdPage(t, admin, organisation.id);
    const changes = await createdPage(t, admin, organisation.id);
    const res = await call(t, admin, 'POST', `/api/content/organisations/${organisation.id}/xliff`, {
      target: 'ar',
      pageIds: [stays.id, changes.id],
    });
    const filled = fillPage(fillPage(res.body, stays.id, ARABIC_20), changes.id, ARABIC_20);
    const check = await checked(admin, filled);
    expect(check.pages.map((p: { matched: number }) => p.matched)).toEqual([4, 4]);
    await saved(t, admin, changes.id, 'de', { title: 'Wohnsitz anmelden', bodyHtml: '<p>Neue Regeln</p>' });

    const confirmed = await call(t, admin, 'POST', `/api/content/xliff/${check.checkId}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().written.map((w: { pageId: string }) => w.pageId)).toEqual([stays.id]);
    expect(confirmed.json().refused).toEqual([
      { pageId: changes.id, reason: 'source-changed', detail: expect.stringContaining('changed after the check') },
    ]);
    expect(statusOf(await pageOf(t, admin, stays.id), 'ar')).toBe('current');
    expect(statusOf(await pageOf(t, admin, changes.id), 'ar')).toBe('in-translation');
  });

  it('writes nothing and keeps the check open when every page changed after the check', async () => {
    const { organisation, admin } = await xliffWorld(t);
    const page = await createdPage(t, admin, organisation.id);
    const check = await checked(admin, fillTargets(await exported(admin, page.id), ARABIC_20));
    await saved(t, admin, page.id, 'de', { title: 'Wohnsitz anmelden', bodyHtml: '<p>Neu</p>', minor: true });
    const res = await call(t, admin, 'POST', `/api/content/xliff/${check.checkId}/confirm`);
    expect(problemOf(res, 409)).toMatchObject({
      type: '/problems/xliff-source-changed',
      detail: expect.stringContaining('Upload the file again'),
    });
    const [row] = await checksOf(admin);
    expect(row?.confirmedAt).toBeNull();
    expect((await call(t, admin, 'GET', `/api/content/pages/${page.id}/versions?language=ar`)).json()).toEqual([]);
  });
});

describe('who may check and confirm', () => {
  it('lets an editor of the organisation run the whole round trip', async () => {
    const { organisation, admin } = await xliffWorld(t);
    const editor = await createPerson(t, { organisation, role: 'editor' });
    const page = await createdPage(t, admin, organisation.id);
    const check = await checked(editor, fillTargets(await exported(editor, page.id), ARABIC_20));
    const confirmed = await call(t, editor, 'POST', `/api/content/xliff/${check.checkId}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(statusOf(await pageOf(t, admin, page.id), 'ar')).toBe('current');
  });

  it('lets only admins and editors check, and only the person who checked confirm, within a day', async () => {
    const { organisation, admin, member, outsider } = await xliffWorld(t);
    const page = await createdPage(t, admin, organisation.id);
    const xml = fillTargets(await exported(admin, page.id), ARABIC_20);
    expect(problemOf(await upload(t, null, xml), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await upload(t, member, xml), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await upload(t, await createPerson(t), xml), 403).type).toBe('/problems/forbidden');
    // An admin of another organisation may check, but the page is none of theirs.
    const theirs = await checked(outsider, xml);
    expect(theirs).toMatchObject({
      writable: false,
      pages: [{ pageId: page.id, title: null, problems: [{ reason: 'unknown-page' }] }],
    });
    expect(JSON.stringify(theirs)).not.toContain('Wohnsitz');

    const check = await checked(admin, xml);
    const confirm = `/api/content/xliff/${check.checkId}/confirm`;
    const colleague = await createPerson(t, { organisation, role: 'admin' });
    expect(problemOf(await call(t, null, 'POST', confirm), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await call(t, colleague, 'POST', confirm), 404).type).toBe('/problems/not-found');
    expect(problemOf(await call(t, outsider, 'POST', confirm), 404).type).toBe('/problems/not-found');
    expect(problemOf(await call(t, member, 'POST', confirm), 404).type).toBe('/problems/not-found');
    expect(
      problemOf(await call(t, admin, 'POST', '/api/content/xliff/00000000-0000-4000-8000-000000000000/confirm'), 404)
        .type,
    ).toBe('/problems/not-found');
    expect(problemOf(await call(t, admin, 'POST', '/api/content/xliff/nicht-uuid/confirm'), 400).type).toBe(
      '/problems/validation',
    );

    await t.deps.db
      .update(contentXliffChecks)
      .set({ createdAt: new Date(Date.now() - 25 * 3600_000) })
      .where(eq(contentXliffChecks.id, check.checkId));
    const late = await call(t, admin, 'POST', confirm);
    expect(problemOf(late, 410)).toMatchObject({
      type: '/problems/xliff-check-expired',
      detail: expect.stringContaining('24 hours'),
    });
    expect(statusOf(await pageOf(t, admin, page.id), 'ar')).toBe('in-translation');
  });

  it('deletes checks a week old when the next file is checked, keeping younger ones for their late answer', async () => {
    const { organisation, admin } = await xliffWorld(t);
    const page = await createdPage(t, admin, organisation.id);
    const xml = fillTargets(await exported(admin, page.id), ARABIC_20);
    const old = await checked(admin, xml);
    const late = await checked(admin, xml);
    const age = (id: string, days: number) =>
      t.deps.db
        .update(contentXliffChecks)
        .set({ createdAt: new Date(Date.now() - days * 86_400_000) })
        .where(eq(contentXliffChecks.id, id));
    await age(old.checkId, 8);
    await age(late.checkId, 2);
    const fresh = await checked(admin, xml);
    expect((await checksOf(admin)).map((c) => c.id).sort()).toEqual([late.checkId, fresh.checkId].sort());
    expect(problemOf(await call(t, admin, 'POST', `/api/content/xliff/${late.checkId}/confirm`), 410).type).toBe(
      '/problems/xliff-check-expired',
    );
    expect(problemOf(await call(t, admin, 'POST', `/api/content/xliff/${old.checkId}/confirm`), 404).type).toBe(
      '/problems/not-found',
    );
  });
});
