import { describe, expect, it } from 'vitest';
import { newId } from '../../../platform/db/ids.ts';
import { createPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { caller, createdPage, slug, succeeding, town } from './page-fixtures.ts';
import { treeOrder } from './tree-order.ts';

const t = await buildTestApp();
const call = caller(t);
const ok = succeeding(t);

interface Item {
  id: string;
  parentId: string | null;
  slug: string;
  title: string;
  published: boolean;
  languages: string[];
  adoptionMode: string | null;
  sharedWith: string | null;
}

const listOf = async (person: Parameters<typeof call>[0], organisationId: string) =>
  (await ok(person, 'GET', `/api/content/organisations/${organisationId}/pages`)).pages as Item[];

describe('treeOrder', () => {
  it('puts parents before children, siblings by position then slug, and loses no page of a broken tree', () => {
    const node = (id: string, parentId: string | null, position: number, slug = id) => ({
      id,
      parentId,
      position,
      slug,
    });
    const ordered = treeOrder([
      node('c', 'a', 0, 'zz'),
      node('b', null, 0),
      node('a', null, 1),
      node('d', 'a', 0, 'aa'),
      node('e', 'd', 5),
      node('orphan', 'gone', 0),
      node('x', 'y', 0),
      node('y', 'x', 0),
      node('self', 'self', 9),
    ]);
    expect(ordered.map((n) => n.id)).toEqual(['b', 'orphan', 'a', 'd', 'e', 'c', 'self', 'x', 'y']);
  });
});

describe('GET /api/content/organisations/:id/pages', () => {
  it('lists the pages as a tree with title, published languages, adoption and sharing', async () => {
    const seevetal = await town(t, 'Gemeinde Seevetal');
    const base = slug('baum');
    const services = await createdPage(t, seevetal.editor, seevetal.organisation.id, {
      slug: `${base}-b-leistungen`,
      title: 'Leistungen',
    });
    const about = await createdPage(t, seevetal.editor, seevetal.organisation.id, {
      slug: `${base}-a-ueber-uns`,
      title: 'Über uns',
    });
    const dogs = await createdPage(t, seevetal.editor, seevetal.organisation.id, {
      slug: `${base}-hunde`,
      parentId: services.id,
      title: 'Hundesteuer',
    });
    const address = await createdPage(t, seevetal.editor, seevetal.organisation.id, {
      slug: `${base}-wohnsitz`,
      parentId: services.id,
      title: 'Entwurf: Wohnsitz',
      draft: true,
    });
    // Hundesteuer: English published, a German draft after the published text, Arabic only as a draft.
    await ok(seevetal.editor, 'PUT', `/api/content/pages/${dogs.id}/languages/en`, { title: 'Dog tax', bodyHtml: '' });
    await ok(seevetal.editor, 'PUT', `/api/content/pages/${dogs.id}/languages/de`, {
      title: 'Hundesteuer (neu)',
      bodyHtml: '',
      draft: true,
    });
    await ok(seevetal.editor, 'PUT', `/api/content/pages/${dogs.id}/languages/ar`, {
      title: 'ضريبة الكلاب',
      bodyHtml: '',
      draft: true,
    });
    await ok(seevetal.editor, 'PATCH', `/api/content/pages/${dogs.id}`, { position: 2 });
    await ok(seevetal.editor, 'PUT', `/api/content/pages/${dogs.id}/sharing`, {
      sharedWith: 'platform',
      licence: 'CC-BY-4.0',
    });

    const pages = (await listOf(seevetal.member, seevetal.organisation.id)).filter((p) => p.slug.startsWith(base));
    expect(pages.map((p) => p.id)).toEqual([about.id, services.id, address.id, dogs.id]);
    expect(pages.find((p) => p.id === dogs.id)).toMatchObject({
      parentId: services.id,
      position: 2,
      title: 'Hundesteuer',
      sourceLanguage: 'de',
      published: true,
      languages: ['de', 'en'],
      adoptionMode: null,
      sharedWith: 'platform',
    });
    expect(pages.find((p) => p.id === address.id)).toMatchObject({
      title: 'Entwurf: Wohnsitz',
      published: false,
      languages: [],
      sharedWith: null,
    });

    // Another organisation links the shared page: its tree shows the source's title and languages.
    const harburg = await town(t);
    const link = await ok(
      harburg.editor,
      'POST',
      `/api/content/pages/${dogs.id}/adopt`,
      { organisationId: harburg.organisation.id, mode: 'link' },
      201,
    );
    const theirs = await listOf(harburg.member, harburg.organisation.id);
    expect(theirs).toEqual([
      expect.objectContaining({ id: link.id, title: 'Hundesteuer', languages: ['de', 'en'], adoptionMode: 'link' }),
    ]);
    expect(Number.isNaN(Date.parse((theirs[0] as unknown as { updatedAt: string }).updatedAt))).toBe(false);
  });

  it('is for the organisation’s members only: 401 signed out, 404 to others and for unknown organisations', async () => {
    const { organisation, editor, outsider } = await town(t);
    await createdPage(t, editor, organisation.id);
    const url = `/api/content/organisations/${organisation.id}/pages`;
    expect(problemOf(await call(null, 'GET', url), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await call(outsider, 'GET', url), 404).type).toBe('/problems/not-found');
    const pending = await createPerson(t, { organisation, pending: true });
    expect(problemOf(await call(pending, 'GET', url), 404).type).toBe('/problems/not-found');
    const platformAdmin = await createPerson(t, { platformAdmin: true });
    expect(problemOf(await call(platformAdmin, 'GET', url), 404).type).toBe('/problems/not-found');
    expect(problemOf(await call(editor, 'GET', `/api/content/organisations/${newId()}/pages`), 404).type).toBe(
      '/problems/not-found',
    );
    expect(problemOf(await call(editor, 'GET', '/api/content/organisations/nicht-uuid/pages'), 400).type).toBe(
      '/problems/validation',
    );
  });
});

describe('PATCH /api/content/pages/:id', () => {
  it('lets an editor move a page and change its facts; fields left out stay', async () => {
    const { organisation, editor, member } = await town(t);
    const parent = await createdPage(t, editor, organisation.id);
    const page = await createdPage(t, editor, organisation.id, {
      leikaKey: '99115001000000',
      tags: ['Meldewesen'],
      contact: 'Bürgerbüro',
    });
    const newSlug = slug('umgezogen');
    const changed = await ok(editor, 'PATCH', `/api/content/pages/${page.id}`, {
      parentId: parent.id,
      position: 3,
      slug: newSlug,
      tags: [' Meldewesen ', 'Umzug', 'Umzug'],
      validUntil: '2027-12-31',
      contact: '  Bürgerbüro, Tel. 04105 55-0\nMo–Fr 8–12 Uhr  ',
    });
    expect(changed).toMatchObject({
      id: page.id,
      parentId: parent.id,
      slug: newSlug,
      leikaKey: '99115001000000',
      tags: ['Meldewesen', 'Umzug'],
      validUntil: '2027-12-31',
      contact: 'Bürgerbüro, Tel. 04105 55-0\nMo–Fr 8–12 Uhr',
      viewer: { canEdit: true },
    });
    const item = (await listOf(member, organisation.id)).find((p) => p.id === page.id);
    expect(item).toMatchObject({ parentId: parent.id, position: 3, slug: newSlug });

    const cleared = await ok(editor, 'PATCH', `/api/content/pages/${page.id}`, {
      parentId: null,
      leikaKey: null,
      validUntil: null,
      contact: '   ',
    });
    expect(cleared).toMatchObject({ parentId: null, leikaKey: null, validUntil: null, contact: null, slug: newSlug });
  });

  it('refuses cycles, parents of other organisations and taken addresses', async () => {
    const { organisation, admin, outsider, other } = await town(t);
    const top = await createdPage(t, admin, organisation.id);
    const middle = await createdPage(t, admin, organisation.id, { parentId: top.id });
    const bottom = await createdPage(t, admin, organisation.id, { parentId: middle.id });
    const elsewhere = await createdPage(t, outsider, other.id);

    for (const parentId of [top.id, middle.id, bottom.id, elsewhere.id, newId()]) {
      const res = await call(admin, 'PATCH', `/api/content/pages/${top.id}`, { parentId });
      const problem = problemOf(res, 400);
      expect(problem.type, parentId).toBe('/problems/validation');
      expect(problem.errors?.[0]?.field).toBe('body:/parentId');
    }
    // Moving the bottom page to the top and the top page below it is no cycle.
    await ok(admin, 'PATCH', `/api/content/pages/${bottom.id}`, { parentId: null });
    await ok(admin, 'PATCH', `/api/content/pages/${top.id}`, { parentId: bottom.id });

    const taken = await call(admin, 'PATCH', `/api/content/pages/${middle.id}`, { slug: bottom.slug });
    expect(problemOf(taken, 409).type).toBe('/problems/slug-taken');
    // Its own address again is no conflict.
    await ok(admin, 'PATCH', `/api/content/pages/${middle.id}`, { slug: middle.slug });
  });

  it('is refused to plain members (403), other organisations (404) and the signed out (401); bad input is 400', async () => {
    const { organisation, editor, member, outsider } = await town(t);
    const page = await createdPage(t, editor, organisation.id);
    const url = `/api/content/pages/${page.id}`;
    expect(problemOf(await call(null, 'PATCH', url, { position: 1 }), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await call(outsider, 'PATCH', url, { position: 1 }), 404).type).toBe('/problems/not-found');
    expect(problemOf(await call(member, 'PATCH', url, { position: 1 }), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await call(editor, 'PATCH', `/api/content/pages/${newId()}`, { position: 1 }), 404).type).toBe(
      '/problems/not-found',
    );
    for (const bad of [
      {},
      { position: -1 },
      { position: 1.5 },
      { position: '1' },
      { slug: 'Mit Leerzeichen' },
      { slug: '' },
      { leikaKey: '9911500100000' },
      { tags: [''] },
      { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) },
      { validUntil: 'morgen' },
      { contact: 'x'.repeat(1001) },
      { parentId: 'nicht-uuid' },
      { title: 'Kein Feld dieser Route' },
    ]) {
      expect(problemOf(await call(editor, 'PATCH', url, bad), 400).type, JSON.stringify(bad)).toBe(
        '/problems/validation',
      );
    }
  });
});
