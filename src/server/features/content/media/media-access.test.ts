import { describe, expect, it } from 'vitest';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { call, libraryUrl, libraryWorld, uploaded } from './media-test-kit.ts';

const t = await buildTestApp();

describe('GET /api/content/organisations/:id/media', () => {
  it('lists the organisation’s own images, newest first, for its members', async () => {
    const { organisation, admin, member, other, outsider } = await libraryWorld(t);
    const first = await uploaded(t, admin, organisation.id, { author: 'Erste' });
    const second = await uploaded(t, admin, organisation.id, { author: 'Zweite', shared: 'true' });
    await uploaded(t, outsider, other.id, { shared: 'true' });

    const res = await call(t, member, 'GET', libraryUrl(organisation.id));
    expect(res.statusCode).toBe(200);
    const list = res.json();
    expect(list).toMatchObject({ total: 2, canUpload: false });
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([second.id, first.id]);
    expect(list.items[0]).toMatchObject({
      attribution: 'Foto: Zweite, CC BY 4.0',
      originalUrl: `/api/content/media/${second.id}/file?size=original`,
      viewer: { canEdit: false },
    });
    const asAdmin = (await call(t, admin, 'GET', libraryUrl(organisation.id))).json();
    expect(asAdmin).toMatchObject({ canUpload: true, items: [{ viewer: { canEdit: true } }, {}] });

    const paged = (await call(t, member, 'GET', `${libraryUrl(organisation.id)}?limit=1&offset=1`)).json();
    expect(paged).toMatchObject({ total: 2, items: [{ id: first.id }] });
  });

  it('lists the images every organisation shares for any member of an organisation, without their originals', async () => {
    const { organisation, admin, member, other, outsider } = await libraryWorld(t);
    const own = await uploaded(t, admin, organisation.id, { shared: 'true' });
    const hidden = await uploaded(t, admin, organisation.id);
    const theirs = await uploaded(t, outsider, other.id, { shared: 'true', licence: 'own', author: 'Max Muster' });

    const res = await call(t, member, 'GET', `${libraryUrl(organisation.id)}?shared=true&limit=100`);
    expect(res.statusCode).toBe(200);
    const items: Array<{ id: string }> = res.json().items;
    const ids = items.map((i) => i.id);
    expect(ids).toContain(own.id);
    expect(ids).toContain(theirs.id);
    expect(ids).not.toContain(hidden.id);
    expect(items.find((i) => i.id === theirs.id)).toMatchObject({
      organisationId: other.id,
      attribution: `Foto: Max Muster, © ${(await t.request({ method: 'GET', url: `/api/organisations/${other.id}` })).json().name}`,
      originalUrl: null,
      viewer: { canEdit: false },
    });
  });

  it('keeps a library from everyone outside the organisation', async () => {
    const { organisation, pending, outsider, homeless } = await libraryWorld(t);
    expect(problemOf(await call(t, null, 'GET', libraryUrl(organisation.id)), 401).type).toBe(
      '/problems/unauthenticated',
    );
    expect(problemOf(await call(t, null, 'GET', `${libraryUrl(organisation.id)}?shared=true`), 401).status).toBe(401);
    for (const stranger of [pending, outsider, homeless]) {
      expect(problemOf(await call(t, stranger, 'GET', libraryUrl(organisation.id)), 404).type).toBe(
        '/problems/not-found',
      );
      expect(problemOf(await call(t, stranger, 'GET', `${libraryUrl(organisation.id)}?shared=true`), 404).status).toBe(
        404,
      );
    }
    problemOf(await call(t, outsider, 'GET', `${libraryUrl(organisation.id)}?limit=1000`), 400);
    problemOf(await call(t, outsider, 'GET', `${libraryUrl(organisation.id)}?mine=1`), 400);
    problemOf(await call(t, outsider, 'GET', libraryUrl('not-a-uuid')), 400);
  });
});

describe('PATCH and DELETE /api/content/media/:id', () => {
  it('lets an editor change the details, which the credit line follows', async () => {
    const { organisation, admin, editor } = await libraryWorld(t);
    const item = await uploaded(t, admin, organisation.id, { sourceUrl: 'https://example.org/a' });
    const res = await call(t, editor, 'PATCH', `/api/content/media/${item.id}`, {
      author: 'Erika Mustermann',
      licence: 'DL-DE-BY-2.0',
      altText: 'Der Marktplatz',
      sourceUrl: null,
      shared: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      author: 'Erika Mustermann',
      licence: 'DL-DE-BY-2.0',
      altText: 'Der Marktplatz',
      sourceUrl: null,
      shared: true,
      attribution: 'Foto: Erika Mustermann, dl-de/by-2-0',
    });
    const listed = (await call(t, admin, 'GET', libraryUrl(organisation.id))).json().items[0];
    expect(listed).toMatchObject({ id: item.id, attribution: 'Foto: Erika Mustermann, dl-de/by-2-0', shared: true });
  });

  it('refuses empty, unknown and wrong-typed changes', async () => {
    const { organisation, admin } = await libraryWorld(t);
    const item = await uploaded(t, admin, organisation.id);
    const url = `/api/content/media/${item.id}`;
    for (const body of [
      {},
      { author: '' },
      { author: '  ' },
      { licence: 'all-rights' },
      { shared: 'yes' },
      { sourceUrl: 'javascript:alert(1)' },
      { fileName: 'x.png' },
    ]) {
      expect(problemOf(await call(t, admin, 'PATCH', url, body), 400).type, JSON.stringify(body)).toBe(
        '/problems/validation',
      );
    }
  });

  it('lets admins and editors delete an image, after which its addresses are gone', async () => {
    const { organisation, admin, member } = await libraryWorld(t);
    const item = await uploaded(t, admin, organisation.id, { shared: 'true' });
    expect((await call(t, admin, 'DELETE', `/api/content/media/${item.id}`)).statusCode).toBe(204);
    problemOf(await call(t, admin, 'DELETE', `/api/content/media/${item.id}`), 404);
    problemOf(await call(t, member, 'GET', item.webUrl), 404);
    problemOf(await call(t, null, 'GET', item.webUrl), 401);
    expect((await call(t, member, 'GET', libraryUrl(organisation.id))).json().total).toBe(0);
  });

  it('keeps changes and deletion to the organisation’s admins and editors', async () => {
    const { organisation, admin, member, outsider, homeless } = await libraryWorld(t);
    const hidden = await uploaded(t, admin, organisation.id);
    const shared = await uploaded(t, admin, organisation.id, { shared: 'true' });
    for (const method of ['PATCH', 'DELETE'] as const) {
      const body = method === 'PATCH' ? { altText: 'übernommen' } : undefined;
      for (const item of [hidden, shared]) {
        const url = `/api/content/media/${item.id}`;
        expect(problemOf(await call(t, null, method, url, body), 401).type).toBe('/problems/unauthenticated');
        expect(problemOf(await call(t, member, method, url, body), 403).type).toBe('/problems/forbidden');
      }
      // An image shared with everyone is visible to them (403); an unshared one does not exist for them (404).
      for (const stranger of [outsider, homeless]) {
        problemOf(await call(t, stranger, method, `/api/content/media/${hidden.id}`, body), 404);
        problemOf(await call(t, stranger, method, `/api/content/media/${shared.id}`, body), 403);
      }
      problemOf(await call(t, admin, method, '/api/content/media/01900000-0000-7000-8000-00000000abcd', body), 404);
    }
    const unchanged = (await call(t, admin, 'GET', libraryUrl(organisation.id))).json();
    expect(unchanged.total).toBe(2);
    expect(unchanged.items.every((i: { altText: string }) => i.altText === '')).toBe(true);
  });
});

describe('GET /api/content/media/:id/file', () => {
  it('serves an unshared image to its organisation’s members only, kept in their browser', async () => {
    const { organisation, admin, member, pending, outsider, homeless } = await libraryWorld(t);
    const item = await uploaded(t, admin, organisation.id);
    const originalUrl = `/api/content/media/${item.id}/file?size=original`;
    expect(item.originalUrl).toBe(originalUrl);
    for (const url of [item.webUrl, originalUrl]) {
      const res = await call(t, member, 'GET', url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('private, max-age=31536000, immutable');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain('sandbox');
      expect(problemOf(await call(t, null, 'GET', url), 401).type).toBe('/problems/unauthenticated');
      for (const stranger of [pending, outsider, homeless]) problemOf(await call(t, stranger, 'GET', url), 404);
    }
    expect((await call(t, member, 'GET', item.webUrl)).headers['content-type']).toBe('image/webp');
    expect((await call(t, member, 'GET', originalUrl)).headers['content-type']).toBe('image/png');
  });

  it('serves a shared image’s web version to everyone, its original to the organisation’s members only', async () => {
    const { organisation, admin, member, outsider } = await libraryWorld(t);
    const item = await uploaded(t, admin, organisation.id, { shared: 'true' });
    const originalUrl = `/api/content/media/${item.id}/file?size=original`;
    for (const person of [null, outsider, member]) {
      const res = await call(t, person, 'GET', item.webUrl);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('image/webp');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    const byDefault = await call(t, null, 'GET', `/api/content/media/${item.id}/file`);
    expect(byDefault.headers['content-type']).toBe('image/webp');
    expect(problemOf(await call(t, null, 'GET', originalUrl), 401).status).toBe(401);
    expect(problemOf(await call(t, outsider, 'GET', originalUrl), 403).type).toBe('/problems/forbidden');
    expect((await call(t, member, 'GET', originalUrl)).headers['cache-control']).toBe(
      'private, max-age=31536000, immutable',
    );

    // Unshared again, it is the organisation's alone.
    await call(t, admin, 'PATCH', `/api/content/media/${item.id}`, { shared: false });
    problemOf(await call(t, null, 'GET', item.webUrl), 401);
    problemOf(await call(t, outsider, 'GET', item.webUrl), 404);
  });

  it('answers a repeated request with 304 by the content’s key, and refuses unknown sizes and IDs', async () => {
    const { organisation, admin } = await libraryWorld(t);
    const item = await uploaded(t, admin, organisation.id, { shared: 'true' });
    const first = await call(t, null, 'GET', item.webUrl);
    expect(first.headers.etag).toMatch(/^"[0-9a-f]{64}"$/);
    const again = await t.request({
      method: 'GET',
      url: item.webUrl,
      headers: { 'if-none-match': first.headers.etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    problemOf(await call(t, null, 'GET', `/api/content/media/${item.id}/file?size=huge`), 400);
    problemOf(await call(t, null, 'GET', '/api/content/media/1234/file'), 400);
    problemOf(await call(t, admin, 'GET', '/api/content/media/01900000-0000-7000-8000-00000000abcd/file'), 404);
  });
});
