import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MEDIA_LIMITS } from '../../../../shared/contracts/content-media.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { call, libraryWorld, upload, uploaded } from './media-test-kit.ts';
import { animatedGif, GIF_POLYGLOT, HOSTILE_SVG, photo, pixelBomb, plain } from './test-images.ts';

const t = await buildTestApp();

describe('POST /api/content/organisations/:id/media', () => {
  it('keeps the original and serves a smaller, upright web version without the camera’s metadata', async () => {
    const { organisation, admin } = await libraryWorld(t);
    const original = await photo(2000, 1700, 8);
    const res = await upload(t, admin, organisation.id, original, {
      type: 'image/jpeg',
      fileName: 'Rathaus im Schnee.jpg',
      details: {
        author: ' Jane Doe ',
        licence: 'CC-BY-4.0',
        sourceUrl: 'https://example.org/rathaus',
        altText: 'Das Rathaus im Schnee',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const item = res.json();
    expect(item).toMatchObject({
      organisationId: organisation.id,
      organisationName: organisation.name,
      fileName: 'Rathaus im Schnee.jpg',
      mimeType: 'image/jpeg',
      width: 1700,
      height: 2000,
      bytes: original.length,
      author: 'Jane Doe',
      licence: 'CC-BY-4.0',
      altText: 'Das Rathaus im Schnee',
      shared: false,
      attribution: 'Foto: Jane Doe, CC BY 4.0, Quelle: https://example.org/rathaus',
      webUrl: `/api/content/media/${item.id}/file?size=web`,
      originalUrl: `/api/content/media/${item.id}/file?size=original`,
      viewer: { canEdit: true },
    });
    expect(item.embedHtml).toBe(
      `<figure><img src="/api/content/media/${item.id}/file?size=web" alt="Das Rathaus im Schnee" /><figcaption>Foto: Jane Doe, <a href="https://creativecommons.org/licenses/by/4.0/deed.de" rel="noopener">CC BY 4.0</a>, Quelle: <a href="https://example.org/rathaus" rel="noopener">https://example.org/rathaus</a></figcaption></figure>`,
    );

    const web = await call(t, admin, 'GET', item.webUrl);
    expect(web.statusCode).toBe(200);
    expect(web.headers['content-type']).toBe('image/webp');
    expect(web.headers['x-content-type-options']).toBe('nosniff');
    expect(web.rawPayload.length).toBeLessThan(original.length);
    const info = await sharp(web.rawPayload).metadata();
    expect(info).toMatchObject({ format: 'webp', width: 1600, height: 1882 });
    expect(info.exif).toBeUndefined();

    const kept = await call(t, admin, 'GET', item.originalUrl);
    expect(kept.headers['content-type']).toBe('image/jpeg');
    expect(kept.rawPayload.equals(original)).toBe(true);
  });

  it('takes PNG, WebP and GIF (an animation stays animated), named by their bytes, not by the name or header', async () => {
    const { organisation, editor } = await libraryWorld(t);
    for (const format of ['png', 'webp', 'gif'] as const) {
      const res = await upload(t, editor, organisation.id, await plain(format), {
        type: 'application/octet-stream',
        fileName: 'bild.svg',
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ mimeType: `image/${format}`, fileName: 'bild.svg', width: 40, height: 30 });
    }
    const gif = await upload(t, editor, organisation.id, await animatedGif(60, 40, 3), { type: 'image/gif' });
    const web = await call(t, editor, 'GET', gif.json().webUrl);
    expect((await sharp(web.rawPayload, { animated: true }).metadata()).pages).toBe(3);
    const unnamed = await upload(t, editor, organisation.id, await plain('png'));
    expect(unnamed.json().fileName).toBe('bild.png');
  });

  it('refuses SVG, HTML and files that only pretend to be images', async () => {
    const { organisation, admin } = await libraryWorld(t);
    const refusals = [
      [HOSTILE_SVG, 'image/svg+xml', 415],
      [HOSTILE_SVG, 'image/png', 415],
      [Buffer.from('<html><script>alert(1)</script></html>'), 'text/html', 415],
      [Buffer.from('%PDF-1.7\n'), 'application/pdf', 415],
      [GIF_POLYGLOT, 'image/gif', 400],
      [(await photo(200, 100)).subarray(0, 300), 'image/jpeg', 400],
    ] as const;
    for (const [bytes, type, status] of refusals) {
      const problem = problemOf(await upload(t, admin, organisation.id, bytes, { type }), status);
      expect(problem.type).toBe(status === 415 ? '/problems/unsupported-media-type' : '/problems/invalid-image');
    }
    const library = await call(t, admin, 'GET', `/api/content/organisations/${organisation.id}/media`);
    expect(library.json().total).toBe(0);
  });

  it('refuses a file over 10 MiB and an image of too many pixels with 413', async () => {
    const { organisation, admin } = await libraryWorld(t);
    const big = Buffer.concat([await plain('png'), Buffer.alloc(MEDIA_LIMITS.bytes)]);
    const tooLarge = problemOf(await upload(t, admin, organisation.id, big), 413);
    expect(tooLarge).toMatchObject({ type: '/problems/too-large' });
    expect(tooLarge.detail).toContain('10 MiB');
    const bomb = problemOf(await upload(t, admin, organisation.id, pixelBomb(10_000)), 413);
    expect(bomb.type).toBe('/problems/too-many-pixels');
  });

  it('asks for author and licence, takes only known licences and web addresses as source', async () => {
    const { organisation, admin } = await libraryWorld(t);
    const png = await plain('png');
    const cases: Array<[Record<string, string>, string]> = [
      [{ licence: 'CC-BY-4.0' }, 'author'],
      [{ author: '   ', licence: 'CC-BY-4.0' }, 'author'],
      [{ author: 'Jane Doe' }, 'licence'],
      [{ author: 'Jane Doe', licence: 'CC-BY-NC-4.0' }, 'licence'],
      [{ author: 'Jane Doe', licence: 'own', sourceUrl: 'javascript:alert(1)' }, 'sourceUrl'],
      [{ author: 'Jane Doe', licence: 'own', sourceUrl: 'ftp://example.org/x' }, 'sourceUrl'],
      [{ author: 'x'.repeat(MEDIA_LIMITS.author + 1), licence: 'own' }, 'author'],
      [{ author: 'Jane Doe', licence: 'own', altText: 'x'.repeat(MEDIA_LIMITS.altText + 1) }, 'altText'],
      [{ author: 'Jane Doe', licence: 'own', shared: 'vielleicht' }, 'shared'],
      [{ author: 'Jane Doe', licence: 'own', extra: '1' }, ''],
    ];
    for (const [details, field] of cases) {
      const problem = problemOf(await upload(t, admin, organisation.id, png, { details }), 400);
      expect(JSON.stringify(problem.errors ?? problem), JSON.stringify(details)).toContain(field);
    }
    problemOf(await upload(t, admin, organisation.id, Buffer.alloc(0)), 400);
  });

  it('lets only the organisation’s admins and editors upload', async () => {
    const { organisation, member, pending, outsider, homeless } = await libraryWorld(t);
    const png = await plain('png');
    expect(problemOf(await upload(t, null, organisation.id, png), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await upload(t, member, organisation.id, png), 403).type).toBe('/problems/forbidden');
    for (const stranger of [pending, outsider, homeless]) {
      expect(problemOf(await upload(t, stranger, organisation.id, png), 404).type).toBe('/problems/not-found');
    }
    expect(problemOf(await upload(t, outsider, '01900000-0000-7000-8000-00000000abcd', png), 404).type).toBe(
      '/problems/not-found',
    );
  });

  it('keeps the details of a shared upload and says so in its credit line', async () => {
    const { organisation, admin } = await libraryWorld(t);
    const item = await uploaded(t, admin, organisation.id, { licence: 'own', shared: 'true' });
    expect(item).toMatchObject({ shared: true, attribution: `Foto: Jane Doe, © ${organisation.name}` });
  });
});
