import { describe, expect, it } from 'vitest';
import { newId } from '../../../platform/db/ids.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { caller, createdPage, statusOf, succeeding, town } from './page-fixtures.ts';

const t = await buildTestApp();
const call = caller(t);
const ok = succeeding(t);

type Page = {
  languages: { language: string; published: { number: number; title: string; bodyHtml: string } | null }[];
};
const published = (page: Page, language: string) => page.languages.find((l) => l.language === language)?.published;

describe('GET /api/content/pages/:id/diff', () => {
  it('shows the words added and removed between two versions of one language, with who wrote them', async () => {
    const { organisation, admin, editor, member } = await town(t);
    const page = await createdPage(t, admin, organisation.id);
    await ok(editor, 'PUT', `/api/content/pages/${page.id}/languages/de`, {
      title: 'Wohnsitz ummelden',
      bodyHtml: '<p>Sie melden Ihren <em>neuen</em> Wohnsitz online an.</p><p>Gebühr: keine.</p>',
    });
    const diff = await ok(member, 'GET', `/api/content/pages/${page.id}/diff?language=de&from=1&to=2`);
    expect(diff).toMatchObject({
      language: 'de',
      from: { number: 1, title: 'Wohnsitz anmelden', authorName: admin.name },
      to: { number: 2, title: 'Wohnsitz ummelden', authorName: editor.name },
    });
    expect(diff.title).toEqual([
      { kind: 'same', text: 'Wohnsitz ' },
      { kind: 'removed', text: 'anmelden' },
      { kind: 'added', text: 'ummelden' },
    ]);
    expect(diff.body).toEqual([
      { kind: 'same', text: 'Sie melden Ihren ' },
      { kind: 'added', text: 'neuen ' },
      { kind: 'same', text: 'Wohnsitz ' },
      { kind: 'removed', text: 'im Bürgerbüro ' },
      { kind: 'added', text: 'online ' },
      { kind: 'same', text: 'an.' },
      { kind: 'added', text: '\n\nGebühr: keine.' },
    ]);
    // The other way round: what was added is now removed.
    const back = await ok(member, 'GET', `/api/content/pages/${page.id}/diff?language=de&from=2&to=1`);
    expect(back.body.at(-1)).toEqual({ kind: 'removed', text: '\n\nGebühr: keine.' });
  });

  it('answers unknown versions and languages with 404, and bad queries with 400', async () => {
    const { organisation, editor, member, outsider } = await town(t);
    const page = await createdPage(t, editor, organisation.id);
    const url = (query: string) => `/api/content/pages/${page.id}/diff?${query}`;
    for (const query of ['language=de&from=1&to=2', 'language=en&from=1&to=1', 'language=de&from=7&to=1']) {
      expect(problemOf(await call(member, 'GET', url(query)), 404).type, query).toBe('/problems/not-found');
    }
    await ok(member, 'GET', url('language=de&from=1&to=1'));
    for (const query of [
      'language=de&from=1',
      'language=de&from=0&to=1',
      'language=de&from=eins&to=1',
      'language=<b>&from=1&to=1',
      'from=1&to=1',
      'language=de&from=1&to=1&extra=1',
      'language=de&from=1&to=99999999999',
    ]) {
      expect(problemOf(await call(member, 'GET', url(query)), 400).type, query).toBe('/problems/validation');
    }
    expect(problemOf(await call(null, 'GET', url('language=de&from=1&to=1')), 401).type).toBe(
      '/problems/unauthenticated',
    );
    expect(problemOf(await call(outsider, 'GET', url('language=de&from=1&to=1')), 404).type).toBe(
      '/problems/not-found',
    );
    expect(
      problemOf(await call(member, 'GET', `/api/content/pages/${newId()}/diff?language=de&from=1&to=1`), 404).type,
    ).toBe('/problems/not-found');
  });

  it('compares a linked page’s source versions, but never the source’s drafts', async () => {
    const seevetal = await town(t);
    const harburg = await town(t);
    const page = await createdPage(t, seevetal.editor, seevetal.organisation.id);
    await ok(seevetal.editor, 'PUT', `/api/content/pages/${page.id}/sharing`, {
      sharedWith: 'platform',
      licence: 'CC0-1.0',
    });
    const link = await ok(
      harburg.editor,
      'POST',
      `/api/content/pages/${page.id}/adopt`,
      { organisationId: harburg.organisation.id, mode: 'link' },
      201,
    );
    await ok(seevetal.editor, 'PUT', `/api/content/pages/${page.id}/languages/de`, {
      title: 'Wohnsitz anmelden',
      bodyHtml: '<p>Sie melden Ihren Wohnsitz im Rathaus an.</p>',
    });
    await ok(seevetal.editor, 'PUT', `/api/content/pages/${page.id}/languages/de`, {
      title: 'Geheimer Entwurf',
      bodyHtml: '<p>Noch nicht öffentlich.</p>',
      draft: true,
    });
    const diff = await ok(harburg.member, 'GET', `/api/content/pages/${link.id}/diff?language=de&from=1&to=2`);
    expect(diff.body).toEqual([
      { kind: 'same', text: 'Sie melden Ihren Wohnsitz im ' },
      { kind: 'removed', text: 'Bürgerbüro' },
      { kind: 'added', text: 'Rathaus' },
      { kind: 'same', text: ' an.' },
    ]);
    expect(
      problemOf(await call(harburg.member, 'GET', `/api/content/pages/${link.id}/diff?language=de&from=2&to=3`), 404)
        .type,
    ).toBe('/problems/not-found');
    await ok(seevetal.member, 'GET', `/api/content/pages/${page.id}/diff?language=de&from=2&to=3`);
  });
});

describe('POST /api/content/pages/:id/languages/:language/restore', () => {
  it('publishes an earlier text again: minor keeps translations current, major makes them outdated', async () => {
    const { organisation, admin, editor, member } = await town(t);
    const page = await createdPage(t, admin, organisation.id);
    const restore = (language: string, body: object) =>
      ok(editor, 'POST', `/api/content/pages/${page.id}/languages/${language}/restore`, body);
    let view = await ok(editor, 'PUT', `/api/content/pages/${page.id}/languages/en`, {
      title: 'Registering your address',
      bodyHtml: '<p>You register at the citizens’ office.</p>',
    });
    expect(statusOf(view, 'en')).toBe('current');

    view = await restore('de', { number: 1, minor: true });
    expect(published(view, 'de')).toMatchObject({ number: 2, title: 'Wohnsitz anmelden' });
    expect(statusOf(view, 'en')).toBe('current');

    // A draft with other words, then the first text restored as a major version.
    await ok(editor, 'PUT', `/api/content/pages/${page.id}/languages/de`, {
      title: 'Entwurf',
      bodyHtml: '<p>Neue Regeln ab Januar.</p>',
      draft: true,
    });
    view = await restore('de', { number: 1 });
    expect(published(view, 'de')).toMatchObject({
      number: 4,
      title: 'Wohnsitz anmelden',
      bodyHtml: '<p>Sie melden Ihren Wohnsitz im Bürgerbüro an.</p>',
    });
    expect(statusOf(view, 'en')).toBe('outdated');
    expect(view.languages.find((l: { language: string }) => l.language === 'de').draft).toBeNull();

    // Restoring a draft publishes it.
    view = await restore('de', { number: 3 });
    expect(published(view, 'de')).toMatchObject({ number: 5, title: 'Entwurf' });

    const versions = await ok(member, 'GET', `/api/content/pages/${page.id}/versions?language=de`);
    expect(
      versions.map((v: { number: number; minor: boolean; draft: boolean; origin: string }) => [
        v.number,
        v.minor,
        v.draft,
        v.origin,
      ]),
    ).toEqual([
      [5, false, false, 'written'],
      [4, false, false, 'written'],
      [3, false, true, 'written'],
      [2, true, false, 'written'],
      [1, false, false, 'written'],
    ]);
    expect(versions[0].authorName).toBe(editor.name);
  });

  it('restores a translation as made from the last published text of its basis, as saving one does', async () => {
    const { organisation, editor } = await town(t);
    const page = await createdPage(t, editor, organisation.id);
    await ok(editor, 'PUT', `/api/content/pages/${page.id}/languages/en`, { title: 'Registering', bodyHtml: '' });
    await ok(editor, 'PUT', `/api/content/pages/${page.id}/languages/ar`, {
      title: 'تسجيل العنوان',
      bodyHtml: '',
      basisLanguage: 'en',
      machine: true,
    });
    let view = await ok(editor, 'PUT', `/api/content/pages/${page.id}/languages/en`, {
      title: 'Registering your address',
      bodyHtml: '',
    });
    expect(statusOf(view, 'ar')).toBe('outdated');
    view = await ok(editor, 'POST', `/api/content/pages/${page.id}/languages/ar/restore`, { number: 1 });
    const ar = view.languages.find((l: { language: string }) => l.language === 'ar');
    // Written by a person now (not the machine's unreviewed text), made from English version 2.
    expect(ar).toMatchObject({ status: 'current', basis: { language: 'en', number: 2 }, published: { number: 2 } });
  });

  it('answers unknown versions with 404, linked pages with 409, and is for editors and admins only', async () => {
    const { organisation, editor, member, outsider, other } = await town(t);
    const page = await createdPage(t, editor, organisation.id);
    const url = (language = 'de') => `/api/content/pages/${page.id}/languages/${language}/restore`;
    expect(problemOf(await call(editor, 'POST', url(), { number: 2 }), 404).type).toBe('/problems/not-found');
    expect(problemOf(await call(editor, 'POST', url('en'), { number: 1 }), 404).type).toBe('/problems/not-found');
    expect(problemOf(await call(null, 'POST', url(), { number: 1 }), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await call(outsider, 'POST', url(), { number: 1 }), 404).type).toBe('/problems/not-found');
    expect(problemOf(await call(member, 'POST', url(), { number: 1 }), 403).type).toBe('/problems/forbidden');
    for (const bad of [{}, { number: 0 }, { number: '1' }, { number: 1, minor: 'ja' }, { number: 1, draft: true }]) {
      expect(problemOf(await call(editor, 'POST', url(), bad), 400).type, JSON.stringify(bad)).toBe(
        '/problems/validation',
      );
    }
    expect(problemOf(await call(editor, 'POST', url('1x'), { number: 1 }), 400).type).toBe('/problems/validation');

    await ok(editor, 'PUT', `/api/content/pages/${page.id}/sharing`, { sharedWith: 'platform', licence: 'CC0-1.0' });
    const link = await ok(
      outsider,
      'POST',
      `/api/content/pages/${page.id}/adopt`,
      { organisationId: other.id, mode: 'link' },
      201,
    );
    const refused = await call(outsider, 'POST', `/api/content/pages/${link.id}/languages/de/restore`, { number: 1 });
    expect(problemOf(refused, 409).type).toBe('/problems/linked-page');

    // Restoring the source is a change like any other for the pages that link it: major ones wait.
    await ok(editor, 'PUT', `/api/content/pages/${page.id}/languages/de`, {
      title: 'Neu',
      bodyHtml: '<p>Neu</p>',
      minor: true,
    });
    expect((await ok(outsider, 'GET', `/api/content/pages/${link.id}`)).adoption.pendingChanges).toEqual([]);
    await ok(editor, 'POST', url(), { number: 1 });
    const linked = await ok(outsider, 'GET', `/api/content/pages/${link.id}`);
    expect(linked.adoption.pendingChanges).toEqual([
      expect.objectContaining({ language: 'de', fromNumber: 2, toNumber: 3 }),
    ]);
    expect(published(linked, 'de')).toMatchObject({ number: 2, title: 'Neu' });
  });
});
