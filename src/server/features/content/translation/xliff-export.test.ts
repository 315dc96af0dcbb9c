import { describe, expect, it } from 'vitest';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { parseXliff, parseXliffFiles } from '../xliff/parse-xliff.ts';
import { hasXmllint, validateXliff, XLIFF12_SCHEMA, XLIFF20_SCHEMA } from '../xliff/xsd-validator.ts';
import { call, createdPage, pageOf, saved, statusOf, xliffWorld } from './translation-fixtures.ts';

const t = await buildTestApp();

describe('GET /api/content/pages/:id/xliff', () => {
  it('gives an admin the page as an XLIFF 2.0 download and marks the language as in translation', async () => {
    const { organisation, admin } = await xliffWorld(t);
    const page = await createdPage(t, admin, organisation.id);
    expect(statusOf(await pageOf(t, admin, page.id), 'ar')).toBeUndefined();

    const res = await call(t, admin, 'GET', `/api/content/pages/${page.id}/xliff?target=ar`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/xliff+xml; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="${page.slug}.de-ar.xlf"; filename*=UTF-8''${page.slug}.de-ar.xlf`,
    );
    const parsed = parseXliff(res.body, { maxBytes: 1_000_000 });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.file).toMatchObject({
      version: '2.0',
      pageId: page.id,
      sourceVersion: 1,
      sourceLanguage: 'de',
      targetLanguage: 'ar',
    });
    expect(parsed.file.units.map((u) => [u.id, u.source, u.target])).toEqual([
      ['title', 'Wohnsitz anmelden', null],
      ['b1', 'Was Sie brauchen', null],
      ['b2', 'Bitte bringen Sie Ihren <strong>Personalausweis</strong> mit.', null],
      ['b3', 'Termine können Sie <a href="https://example.org/termine">online buchen</a>.', null],
    ]);
    expect(statusOf(await pageOf(t, admin, page.id), 'ar')).toBe('in-translation');
  });

  it('gives the same unit ids on every export, and fills in a current translation', async () => {
    const { organisation, admin } = await xliffWorld(t);
    const page = await createdPage(t, admin, organisation.id);
    await saved(t, admin, page.id, 'en', {
      title: 'Registering your address',
      bodyHtml:
        '<h2>What you need</h2><p>Please bring your <strong>identity card</strong>.</p><p>Book <a href="https://example.org/termine">online</a>.</p>',
    });
    const first = await call(t, admin, 'GET', `/api/content/pages/${page.id}/xliff?target=en&version=1.2`);
    const second = await call(t, admin, 'GET', `/api/content/pages/${page.id}/xliff?target=en&version=1.2`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['content-type']).toBe('application/x-xliff+xml; charset=utf-8');
    expect(second.body).toBe(first.body);
    const parsed = parseXliff(first.body, { maxBytes: 1_000_000 });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.file.version).toBe('1.2');
    expect(parsed.file.units.map((u) => [u.id, u.target])).toEqual([
      ['title', 'Registering your address'],
      ['b1', 'What you need'],
      ['b2', 'Please bring your <strong>identity card</strong>.'],
      ['b3', 'Book <a href="https://example.org/termine">online</a>.'],
    ]);
    // An outdated translation is not offered as the translation of the new text.
    await saved(t, admin, page.id, 'de', { title: 'Wohnsitz anmelden', bodyHtml: '<p>Neu</p>' });
    const after = parseXliff((await call(t, admin, 'GET', `/api/content/pages/${page.id}/xliff?target=en`)).body, {
      maxBytes: 1_000_000,
    });
    if (!after.ok) throw new Error(JSON.stringify(after.problems));
    expect(after.file.sourceVersion).toBe(2);
    expect(after.file.units.map((u) => u.target)).toEqual([null, null]);
  });

  it('exports from another language with a published text when asked (basis)', async () => {
    const { organisation, admin } = await xliffWorld(t);
    const page = await createdPage(t, admin, organisation.id);
    await saved(t, admin, page.id, 'en', { title: 'Registering', bodyHtml: '<p>Bring your card.</p>' });
    const res = await call(t, admin, 'GET', `/api/content/pages/${page.id}/xliff?target=ar&basis=en`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('.en-ar.xlf');
    const parsed = parseXliff(res.body, { maxBytes: 1_000_000 });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.file).toMatchObject({ sourceLanguage: 'en', sourceVersion: 1 });
    expect(parsed.file.units.map((u) => u.source)).toEqual(['Registering', 'Bring your card.']);
    const none = await call(t, admin, 'GET', `/api/content/pages/${page.id}/xliff?target=ar&basis=fr`);
    expect(problemOf(none, 409).type).toBe('/problems/translation-basis');
  });

  // Needs xmllint (Debian libxml2-utils): .ci/run installs it; a machine without it warns and skips.
  it.skipIf(!hasXmllint)('writes files that are valid under the OASIS schemas, 2.0 and 1.2', async () => {
    const { organisation, admin } = await xliffWorld(t);
    const page = await createdPage(t, admin, organisation.id);
    await saved(t, admin, page.id, 'en', {
      title: 'Registering',
      bodyHtml:
        '<h2>Need</h2><p>Bring your <strong>card</strong>.</p><p>Book <a href="https://example.org/termine">online</a>.</p>',
    });
    for (const [version, schema] of [
      ['2.0', XLIFF20_SCHEMA],
      ['1.2', XLIFF12_SCHEMA],
    ] as const) {
      for (const target of ['en', 'ar', 'de-x-ls']) {
        const res = await call(
          t,
          admin,
          'GET',
          `/api/content/pages/${page.id}/xliff?target=${target}&version=${version}`,
        );
        expect(res.statusCode, res.body).toBe(200);
        const result = validateXliff(res.body, schema);
        expect(result.output).toContain('validates');
        expect(result.valid).toBe(true);
      }
    }
  });

  it('keeps the page from everyone but the organisation’s admins and editors, and records nothing for them', async () => {
    const { organisation, admin, member, outsider } = await xliffWorld(t);
    const page = await createdPage(t, admin, organisation.id);
    const url = `/api/content/pages/${page.id}/xliff?target=ar`;
    expect(problemOf(await call(t, null, 'GET', url), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await call(t, outsider, 'GET', url), 404).type).toBe('/problems/not-found');
    expect(problemOf(await call(t, member, 'GET', url), 403).type).toBe('/problems/forbidden');
    expect(
      problemOf(
        await call(t, admin, 'GET', `/api/content/pages/00000000-0000-4000-8000-000000000000/xliff?target=ar`),
        404,
      ).type,
    ).toBe('/problems/not-found');
    expect(statusOf(await pageOf(t, admin, page.id), 'ar')).toBeUndefined();
  });

  it('refuses bad language tags, the basis language as target, and unknown versions with 400', async () => {
    const { organisation, admin } = await xliffWorld(t);
    const page = await createdPage(t, admin, organisation.id);
    for (const query of [
      'target=de',
      'target=ar_EG',
      'target=en-a',
      'target=%3Cscript%3E',
      '',
      'target=ar&version=3.0',
      'target=ar&basis=x',
      'target=ar&extra=1',
    ]) {
      const res = await call(t, admin, 'GET', `/api/content/pages/${page.id}/xliff?${query}`);
      expect(problemOf(res, 400).type, query).toBe('/problems/validation');
    }
    const draftOnly = await createdPage(t, admin, organisation.id, { draft: true });
    expect(problemOf(await call(t, admin, 'GET', `/api/content/pages/${draftOnly.id}/xliff?target=ar`), 409).type).toBe(
      '/problems/translation-basis',
    );
    expect(statusOf(await pageOf(t, admin, page.id), 'ar')).toBeUndefined();
  });
});

describe('POST /api/content/organisations/:id/xliff', () => {
  it('exports the named pages in one file with a <file> each and marks each as in translation', async () => {
    const { organisation, admin } = await xliffWorld(t);
    const one = await createdPage(t, admin, organisation.id);
    const two = await createdPage(t, admin, organisation.id, {
      title: 'Hund anmelden',
      bodyHtml: '<p>Hundesteuer</p>',
    });
    const res = await call(t, admin, 'POST', `/api/content/organisations/${organisation.id}/xliff`, {
      target: 'uk',
      pageIds: [two.id, one.id],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="content-\d{4}-\d{2}-\d{2}\.de-uk\.xlf"/);
    const parsed = parseXliffFiles(res.body, { maxBytes: 1_000_000 });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.file.pages.map((p) => [p.pageId, p.units.length])).toEqual([
      [two.id, 2],
      [one.id, 4],
    ]);
    for (const id of [one.id, two.id]) expect(statusOf(await pageOf(t, admin, id), 'uk')).toBe('in-translation');
    if (hasXmllint) expect(validateXliff(res.body, XLIFF20_SCHEMA).valid).toBe(true);
    const v12 = await call(t, admin, 'POST', `/api/content/organisations/${organisation.id}/xliff`, {
      target: 'uk',
      version: '1.2',
      pageIds: [one.id, two.id],
    });
    expect(v12.statusCode, v12.body).toBe(200);
    if (hasXmllint) expect(validateXliff(v12.body, XLIFF12_SCHEMA).valid).toBe(true);
  });

  it('exports everything missing or outdated in the target, leaving out current pages and pages sent out', async () => {
    const { organisation, admin } = await xliffWorld(t);
    const missing = await createdPage(t, admin, organisation.id);
    const current = await createdPage(t, admin, organisation.id);
    await saved(t, admin, current.id, 'en', { title: 'Current', bodyHtml: '<p>Yes</p>' });
    const outdated = await createdPage(t, admin, organisation.id);
    await saved(t, admin, outdated.id, 'en', { title: 'Old', bodyHtml: '<p>Old</p>' });
    await saved(t, admin, outdated.id, 'de', { title: 'Neu', bodyHtml: '<p>Neu</p>' });
    await createdPage(t, admin, organisation.id, { draft: true });

    const url = `/api/content/organisations/${organisation.id}/xliff`;
    const res = await call(t, admin, 'POST', url, { target: 'en', outdated: true });
    expect(res.statusCode, res.body).toBe(200);
    const parsed = parseXliffFiles(res.body, { maxBytes: 1_000_000 });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.file.pages.map((p) => p.pageId).sort()).toEqual([missing.id, outdated.id].sort());
    // Both are now sent out: nothing is left to export.
    expect(problemOf(await call(t, admin, 'POST', url, { target: 'en', outdated: true }), 409).type).toBe(
      '/problems/xliff-nothing-to-export',
    );
  });

  it('keeps the organisation’s pages from outsiders and plain members, and refuses others’ pages and bad input', async () => {
    const { organisation, admin, member, outsider, otherOrganisation } = await xliffWorld(t);
    const page = await createdPage(t, admin, organisation.id);
    const foreign = await createdPage(t, outsider, otherOrganisation.id);
    const url = `/api/content/organisations/${organisation.id}/xliff`;
    const body = { target: 'ar', pageIds: [page.id] };
    expect(problemOf(await call(t, null, 'POST', url, body), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await call(t, outsider, 'POST', url, body), 404).type).toBe('/problems/not-found');
    expect(problemOf(await call(t, member, 'POST', url, body), 403).type).toBe('/problems/forbidden');
    const mixed = await call(t, admin, 'POST', url, { target: 'ar', pageIds: [page.id, foreign.id] });
    expect(problemOf(mixed, 400).errors).toEqual([
      { field: 'body:/pageIds/1', message: 'is no page of this organisation' },
    ]);
    for (const bad of [
      { target: 'de', pageIds: [page.id] },
      { target: 'ar_EG' },
      { target: 'ar', pageIds: [] },
      { target: 'ar', pageIds: ['nicht-uuid'] },
      { target: 'ar', pageIds: [page.id, page.id] },
      { target: 'ar', pageIds: Array.from({ length: 501 }, () => page.id) },
      { target: 'ar', version: '2.1' },
      { target: 'ar', extra: true },
    ]) {
      expect(problemOf(await call(t, admin, 'POST', url, bad), 400).type, JSON.stringify(bad).slice(0, 80)).toBe(
        '/problems/validation',
      );
    }
    expect(statusOf(await pageOf(t, admin, page.id), 'ar')).toBeUndefined();
  });

  it('refuses pages written in different languages in one file unless the basis is named', async () => {
    const { organisation, admin } = await xliffWorld(t);
    const german = await createdPage(t, admin, organisation.id);
    const english = await createdPage(t, admin, organisation.id, {
      sourceLanguage: 'en',
      title: 'Parking',
      bodyHtml: '<p>Park</p>',
    });
    const url = `/api/content/organisations/${organisation.id}/xliff`;
    const res = await call(t, admin, 'POST', url, { target: 'ar', pageIds: [german.id, english.id] });
    expect(problemOf(res, 409).type).toBe('/problems/xliff-mixed-languages');
    await saved(t, admin, german.id, 'en', { title: 'Registering', bodyHtml: '<p>Register</p>' });
    const fromEnglish = await call(t, admin, 'POST', url, {
      target: 'ar',
      basis: 'en',
      pageIds: [german.id, english.id],
    });
    expect(fromEnglish.statusCode, fromEnglish.body).toBe(200);
    expect(fromEnglish.body).toContain('srcLang="en" trgLang="ar"');
  });
});
