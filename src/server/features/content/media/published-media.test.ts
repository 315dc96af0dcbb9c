import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { createPage, saveText } from '../public/public-fixtures.ts';
import { call, libraryWorld, uploaded } from './media-test-kit.ts';
import { mediaWebUrl } from './sanitize-content-html.ts';

// Citizens read published pages without signing in, so an image a published page shows must reach
// them, even when its organisation never shared it with other organisations. A draft publishes
// nothing, and a page cannot publish another organisation's image by writing its address.

let t: TestApp;
let w: Awaited<ReturnType<typeof libraryWorld>>;

beforeAll(async () => {
  t = await buildTestApp();
  w = await libraryWorld(t);
});

const figure = (id: string) => `<figure><img src="${mediaWebUrl(id)}" alt="Rathaus" /></figure><p>Text</p>`;
const fileOf = (id: string, size = 'web') => call(t, null, 'GET', `/api/content/media/${id}/file?size=${size}`);

describe('images on published pages', () => {
  it('makes an unshared image public once a published text shows it, its original still for members', async () => {
    const image = await uploaded(t, w.admin, w.organisation.id);
    expect((await fileOf(image.id)).statusCode).toBe(401);

    const page = await createPage(t, w.admin, w.organisation.id, {
      title: 'Rathaus',
      bodyHtml: '<p>Noch ohne Bild</p>',
    });
    await saveText(t, w.admin, page.id, 'de', { title: 'Rathaus', bodyHtml: figure(image.id), draft: true });
    expect((await fileOf(image.id)).statusCode).toBe(401);

    await saveText(t, w.admin, page.id, 'de', { title: 'Rathaus', bodyHtml: figure(image.id) });
    const file = await fileOf(image.id);
    expect(file.statusCode).toBe(200);
    expect(file.headers['cache-control']).toMatch(/^public,/);
    expect((await fileOf(image.id, 'original')).statusCode).toBe(401);
    // Still only its own organisation's library lists it.
    const shared = await call(t, w.outsider, 'GET', `/api/content/organisations/${w.other.id}/media?shared=true`);
    expect(shared.json().items.map((item: { id: string }) => item.id)).not.toContain(image.id);
  });

  it('publishes nothing of a page that is only a draft', async () => {
    const image = await uploaded(t, w.editor, w.organisation.id);
    await createPage(t, w.editor, w.organisation.id, { title: 'Entwurf', bodyHtml: figure(image.id), draft: true });
    expect((await fileOf(image.id)).statusCode).toBe(401);
  });

  it('never publishes another organisation’s image whose address a page holds', async () => {
    const foreign = await uploaded(t, w.admin, w.organisation.id);
    await createPage(t, w.outsider, w.other.id, { title: 'Fremdes Bild', bodyHtml: figure(foreign.id) });
    expect((await fileOf(foreign.id)).statusCode).toBe(401);
    expect((await call(t, w.outsider, 'GET', `/api/content/media/${foreign.id}/file?size=web`)).statusCode).toBe(404);
  });
});
