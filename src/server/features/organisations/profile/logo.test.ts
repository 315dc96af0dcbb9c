import { describe, expect, it } from 'vitest';
import { newId } from '../../../platform/db/ids.ts';
import { createOrganisation, createPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { auditEntries } from '../organisation-fixtures.ts';

const t = await buildTestApp();

// A real 1×1 PNG; the other formats need only their signatures to be recognised.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60, 1)]);
const WEBP = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([40, 0, 0, 0]),
  Buffer.from('WEBPVP8 '),
  Buffer.alloc(32, 2),
]);

const logoUrl = (id: string) => `/api/organisations/${id}/logo`;

async function organisationWithAdmin() {
  const organisation = await createOrganisation(t);
  const admin = await createPerson(t, { organisation, role: 'admin' });
  return { organisation, admin };
}

function upload(id: string, bytes: Buffer | string, type: string, cookie?: string) {
  return t.request({ method: 'PUT', url: logoUrl(id), cookie, headers: { 'content-type': type }, payload: bytes });
}

describe('PUT and GET /api/organisations/:id/logo', () => {
  it('stores a PNG and serves it with its type, a cache key in the profile and revalidation', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    expect((await upload(organisation.id, PNG, 'image/png', admin.cookie)).statusCode).toBe(204);

    const profile = await t.request({ method: 'GET', url: `/api/organisations/${organisation.id}` });
    const url = profile.json().logoUrl as string;
    expect(url).toMatch(new RegExp(`^/api/organisations/${organisation.id}/logo\\?v=[0-9a-f]{16}$`));

    const res = await t.request({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.rawPayload.equals(PNG)).toBe(true);

    const plain = await t.request({ method: 'GET', url: logoUrl(organisation.id) });
    expect(plain.headers['cache-control']).not.toContain('immutable');
    const revalidated = await t.request({
      method: 'GET',
      url: logoUrl(organisation.id),
      headers: { 'if-none-match': String(plain.headers.etag) },
    });
    expect(revalidated.statusCode).toBe(304);

    const [entry] = await auditEntries(t, 'organisation.logo_changed', organisation.id);
    expect(entry).toMatchObject({ actorId: admin.id, details: { type: 'image/png', bytes: PNG.length } });
  });

  it('accepts JPEG and WebP, and replaces the logo', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    for (const [bytes, type] of [
      [JPEG, 'image/jpeg'],
      [WEBP, 'image/webp'],
    ] as const) {
      expect((await upload(organisation.id, bytes, type, admin.cookie)).statusCode).toBe(204);
      const res = await t.request({ method: 'GET', url: logoUrl(organisation.id) });
      expect(res.headers['content-type']).toBe(type);
      expect(res.rawPayload.equals(bytes)).toBe(true);
    }
  });

  it('lets a platform admin set it and removes it again', async () => {
    const { organisation } = await organisationWithAdmin();
    const platformAdmin = await createPerson(t, { platformAdmin: true });
    expect((await upload(organisation.id, PNG, 'image/png', platformAdmin.cookie)).statusCode).toBe(204);
    const del = await t.request({ method: 'DELETE', url: logoUrl(organisation.id), cookie: platformAdmin.cookie });
    expect(del.statusCode).toBe(204);
    expect(problemOf(await t.request({ method: 'GET', url: logoUrl(organisation.id) }), 404).type).toBe(
      '/problems/not-found',
    );
    const again = await t.request({ method: 'DELETE', url: logoUrl(organisation.id), cookie: platformAdmin.cookie });
    expect(problemOf(again, 404).type).toBe('/problems/not-found');
  });

  it('judges the bytes, not the declared type', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    const svgAsPng = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(problemOf(await upload(organisation.id, svgAsPng, 'image/png', admin.cookie), 400).type).toBe(
      '/problems/invalid-image',
    );
    expect(problemOf(await upload(organisation.id, JPEG, 'image/png', admin.cookie), 400).type).toBe(
      '/problems/invalid-image',
    );
    expect(problemOf(await upload(organisation.id, Buffer.alloc(0), 'image/png', admin.cookie), 400).type).toBe(
      '/problems/invalid-image',
    );
  });

  it('refuses other media types and images over 512 KiB', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    for (const type of ['image/svg+xml', 'application/json', 'text/plain', 'image/gif']) {
      const body = type === 'application/json' ? '{"a":1}' : PNG;
      expect(problemOf(await upload(organisation.id, body, type, admin.cookie), 415).type, type).toBe(
        '/problems/unsupported-media-type',
      );
    }
    const large = Buffer.concat([PNG, Buffer.alloc(512 * 1024)]);
    expect(problemOf(await upload(organisation.id, large, 'image/png', admin.cookie), 413).type).toBe(
      '/problems/too-large',
    );
    expect((await t.request({ method: 'GET', url: logoUrl(organisation.id) })).statusCode).toBe(404);
  });

  it('is refused to members, other admins and the signed out; unknown organisations are 404', async () => {
    const { organisation } = await organisationWithAdmin();
    const member = await createPerson(t, { organisation });
    const otherAdmin = await createPerson(t, { organisation: await createOrganisation(t), role: 'admin' });
    expect(problemOf(await upload(organisation.id, PNG, 'image/png'), 401).type).toBe('/problems/unauthenticated');
    for (const person of [member, otherAdmin]) {
      expect(problemOf(await upload(organisation.id, PNG, 'image/png', person.cookie), 403).type).toBe(
        '/problems/forbidden',
      );
      const del = await t.request({ method: 'DELETE', url: logoUrl(organisation.id), cookie: person.cookie });
      expect(problemOf(del, 403).type).toBe('/problems/forbidden');
    }
    expect(problemOf(await upload(newId(), PNG, 'image/png', otherAdmin.cookie), 404).type).toBe('/problems/not-found');
    expect(problemOf(await t.request({ method: 'GET', url: logoUrl(newId()) }), 404).type).toBe('/problems/not-found');
  });
});

describe('image bodies elsewhere', () => {
  it('stay unsupported outside the logo route', async () => {
    const admin = await createPerson(t, { platformAdmin: true });
    const res = await t.request({
      method: 'POST',
      url: '/api/organisations',
      cookie: admin.cookie,
      headers: { 'content-type': 'image/png' },
      payload: PNG,
    });
    expect(problemOf(res, 415).type).toBe('/problems/unsupported-media-type');
  });
});
