import { connect } from 'node:net';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/tables.ts';
import { createOrganisation, createPerson } from '../../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { docQuotas } from '../tables.ts';
import { type DavClient, davClient, spacePath } from './dav-fixtures.ts';

let t: TestApp;
let anna: DavClient;
let ben: DavClient;
let space: string;
let organisation: Awaited<ReturnType<typeof createOrganisation>>;

// Building the app and its world takes a few seconds, more on a busy machine.
beforeAll(async () => {
  t = await buildTestApp();
  organisation = await createOrganisation(t);
  anna = await davClient(t, await createPerson(t, { organisation }));
  ben = await davClient(t, await createPerson(t, { organisation }));
  space = spacePath(`Organisation – ${organisation.name}`);
}, 120_000);

const LOCK_BODY =
  '<?xml version="1.0"?><D:lockinfo xmlns:D="DAV:"><D:lockscope><D:exclusive/></D:lockscope>' +
  '<D:locktype><D:write/></D:locktype><D:owner><D:href>mailto:anna@example.org</D:href></D:owner></D:lockinfo>';

/** The status of a request sent over a socket exactly as written (no URL parser resolves its dots). */
async function rawStatus(method: string, path: string, body: string, extraHeaders = ''): Promise<number> {
  if (!t.app.server.listening) await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as { port: number };
  const auth = Buffer.from(`${anna.person.email}:${anna.token}`).toString('base64');
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic ${auth}\r\n${extraHeaders}` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    });
    socket.on('data', (d) => {
      answer += String(d);
    });
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}

describe('hostile names', () => {
  it('refuses traversal, NUL, backslashes, reserved and over-long names with 400, never 500 nor a path outside', async () => {
    // Sent over a socket as written: a URL parser would resolve the dots before they reach the server.
    const names = [
      '..',
      '%2e%2e',
      '%2E%2E/x.txt',
      '..%2f..%2fetc%2fpasswd',
      'a%00b.txt',
      'a%5C..%5Cb.txt',
      'CON',
      'con.txt',
      'LPT1.docx',
      'x%E2%80%AEtxt.exe',
      'trailing.',
      `${'ä'.repeat(130)}.txt`,
      'a%3Cb%3E.txt',
      '%E2%82',
    ];
    for (const name of names) {
      for (const method of ['PUT', 'MKCOL']) {
        expect(await rawStatus(method, `${space}/${name}`, method === 'PUT' ? 'x' : ''), `${method} ${name}`).toBe(400);
      }
      expect([400, 404], `PROPFIND ${name}`).toContain(
        await rawStatus('PROPFIND', `${space}/${name}`, '', 'Depth: 0\r\n'),
      );
    }
    expect((await anna.send('PUT', `${space}/gut.txt`, { body: 'ok' })).statusCode).toBe(201);
    for (const destination of [
      `${space}/..%2fx.txt`,
      `${space}/CON`,
      `${space}/%2e%2e`,
      `${space}/a%00`,
      '/dav/../api/x',
    ]) {
      const res = await anna.send('MOVE', `${space}/gut.txt`, { headers: { destination } });
      expect(res.statusCode, `MOVE to ${destination}: ${res.body}`).toBe(400);
    }
    const listing = await anna.send('PROPFIND', `${space}/`, { headers: { depth: '1' } });
    expect(listing.body).toContain('gut.txt');
    expect(listing.body).not.toMatch(/passwd|CON</);
  });

  it('stores names in NFC and finds them whatever the case or normal form of the request', async () => {
    expect((await anna.send('PUT', `${space}/Pla%CC%88ne.txt`, { body: 'nfd' })).statusCode).toBe(201);
    expect((await anna.send('GET', `${space}/PL%C3%84NE.TXT`)).body).toBe('nfd');
    const listing = await anna.send('PROPFIND', `${space}/`, { headers: { depth: '1' } });
    expect(listing.body).toContain('/Pl%C3%A4ne.txt</D:href>');
  });
});

describe('files as Office and Explorer need them', () => {
  it('answers GET with type, strong ETag, Last-Modified, ranges and 304s; PUT makes versions', async () => {
    const created = await anna.send('PUT', `${space}/Bericht.docx`, { body: 'Version 1' });
    expect(created.statusCode).toBe(201);
    const got = await anna.send('GET', `${space}/Bericht.docx`);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(got.headers.etag).toMatch(/^"[^"]+"$/);
    expect(got.headers.etag).toBe(created.headers.etag);
    expect(new Date(String(got.headers['last-modified'])).toUTCString()).toBe(got.headers['last-modified']);
    expect(got.headers['content-length']).toBe('9');
    const etag = String(got.headers.etag);
    expect((await anna.send('GET', `${space}/Bericht.docx`, { headers: { 'if-none-match': etag } })).statusCode).toBe(
      304,
    );
    const since = String(got.headers['last-modified']);
    expect(
      (await anna.send('GET', `${space}/Bericht.docx`, { headers: { 'if-modified-since': since } })).statusCode,
    ).toBe(304);
    const part = await anna.send('GET', `${space}/Bericht.docx`, { headers: { range: 'bytes=2-5' } });
    expect(part.statusCode).toBe(206);
    expect(part.body).toBe('rsio');
    expect(part.headers['content-range']).toBe('bytes 2-5/9');
    expect((await anna.send('GET', `${space}/Bericht.docx`, { headers: { range: 'bytes=50-' } })).statusCode).toBe(416);
    const head = await anna.send('HEAD', `${space}/Bericht.docx`);
    expect(head.headers['content-length']).toBe('9');

    expect(
      (await anna.send('PUT', `${space}/Bericht.docx`, { body: 'x', headers: { 'if-match': '"other"' } })).statusCode,
    ).toBe(412);
    expect(
      (await anna.send('PUT', `${space}/Bericht.docx`, { body: 'x', headers: { 'if-none-match': '*' } })).statusCode,
    ).toBe(412);
    const second = await anna.send('PUT', `${space}/Bericht.docx`, {
      body: 'Version 2',
      headers: { 'if-match': etag },
    });
    expect(second.statusCode).toBe(204);
    expect(second.headers.etag).not.toBe(etag);
    expect((await anna.send('GET', `${space}/Bericht.docx`, { headers: { 'if-none-match': etag } })).body).toBe(
      'Version 2',
    );
    expect((await anna.send('PUT', `${space}/fehlt/x.txt`, { body: 'x' })).statusCode).toBe(409);
  });

  it('answers Finder’s metadata files at once without keeping them', async () => {
    expect((await anna.send('PROPFIND', `${space}/._Bericht.docx`, { headers: { depth: '0' } })).statusCode).toBe(404);
    expect((await anna.send('PUT', `${space}/._Bericht.docx`, { body: 'meta' })).statusCode).toBe(201);
    expect((await anna.send('PUT', `${space}/.DS_Store`, { body: 'meta' })).statusCode).toBe(201);
    const listing = await anna.send('PROPFIND', `${space}/`, { headers: { depth: '1' } });
    expect(listing.body).not.toContain('._Bericht');
    expect(listing.body).not.toContain('DS_Store');
  });

  it('refuses a body the space has no room for before reading it (413)', async () => {
    const own = await createOrganisation(t);
    const client = await davClient(t, await createPerson(t, { organisation: own }));
    await t.deps.db.insert(docQuotas).values({ spaceKind: 'organisation', spaceId: own.id, bytes: 10 });
    const full = spacePath(`Organisation – ${own.name}`);
    expect((await client.send('PUT', `${full}/gross.bin`, { body: 'x'.repeat(11) })).statusCode).toBe(413);
    expect((await client.send('PROPFIND', `${full}/gross.bin`, { headers: { depth: '0' } })).statusCode).toBe(404);
    expect((await client.send('PUT', `${full}/klein.bin`, { body: 'x'.repeat(10) })).statusCode).toBe(201);
  });

  it('leaves nothing when a PUT breaks off mid-body', async () => {
    if (!t.app.server.listening) await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const path = `${space}/abgebrochen.bin`;
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `PUT ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic ${Buffer.from(`${anna.person.email}:${anna.token}`).toString('base64')}\r\nContent-Length: 1000000\r\n\r\n`,
        );
        socket.write(Buffer.alloc(64 * 1024, 1), () => setTimeout(() => socket.destroy(), 300));
      });
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await anna.send('PROPFIND', path, { headers: { depth: '0' } })).statusCode).toBe(404);
  });
});

describe('locks between colleagues', () => {
  it('keeps others out of a locked file (423), lets the holder write with the token, and unlocks only by it', async () => {
    const file = `${space}/Haushalt.xlsx`;
    expect((await anna.send('PUT', file, { body: 'v1' })).statusCode).toBe(201);
    const locked = await anna.send('LOCK', file, { body: LOCK_BODY, headers: { timeout: 'Second-600' } });
    expect(locked.statusCode).toBe(200);
    const token = /<([^>]+)>/.exec(String(locked.headers['lock-token']))?.[1] as string;
    expect(token).toMatch(/^urn:uuid:/);
    expect(locked.body).toContain('<D:owner><D:href xmlns:D="DAV:">mailto:anna@example.org</D:href></D:owner>');
    expect(locked.body).toMatch(/<D:timeout>Second-(5\d\d|600)<\/D:timeout>/);

    expect((await ben.send('GET', file)).body).toBe('v1');
    expect((await ben.send('PUT', file, { body: 'ben' })).statusCode).toBe(423);
    expect((await ben.send('DELETE', file)).statusCode).toBe(423);
    expect((await ben.send('LOCK', file, { body: LOCK_BODY })).statusCode).toBe(423);
    expect((await ben.send('PUT', file, { body: 'ben', headers: { if: `(<${token}>)` } })).statusCode).toBe(423);
    expect((await anna.send('PUT', file, { body: 'no token' })).statusCode).toBe(423);
    expect((await anna.send('PUT', file, { body: 'v2', headers: { if: `(<${token}>)` } })).statusCode).toBe(204);
    expect((await anna.send('PUT', file, { body: 'v3', headers: { if: '(<urn:uuid:wrong>)' } })).statusCode).toBe(412);

    const discovered = await ben.send('PROPFIND', file, {
      headers: { depth: '0' },
      body: '<D:propfind xmlns:D="DAV:"><D:prop><D:lockdiscovery/></D:prop></D:propfind>',
    });
    expect(discovered.body).toContain(token);

    const wrong = await anna.send('UNLOCK', file, {
      headers: { 'lock-token': '<urn:uuid:00000000-0000-0000-0000-000000000000>' },
    });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.body).toContain('<D:lock-token-matches-request-uri/>');
    expect((await ben.send('UNLOCK', file, { headers: { 'lock-token': `<${token}>` } })).statusCode).toBe(403);
    expect((await anna.send('UNLOCK', file, { headers: { 'lock-token': `<${token}>` } })).statusCode).toBe(204);
    expect((await ben.send('PUT', file, { body: 'ben' })).statusCode).toBe(204);
  });

  it('lets who manages the space end another’s lock by its token, recorded in the audit log', async () => {
    const file = `${space}/Vergessen.docx`;
    expect((await anna.send('PUT', file, { body: 'v1' })).statusCode).toBe(201);
    const locked = await anna.send('LOCK', file, { body: LOCK_BODY });
    const token = /<([^>]+)>/.exec(String(locked.headers['lock-token']))?.[1] as string;
    const adminPerson = await createPerson(t, { organisation, role: 'admin' });
    const admin = await davClient(t, adminPerson);
    expect((await admin.send('UNLOCK', file, { headers: { 'lock-token': `<${token}>` } })).statusCode).toBe(204);
    const entries = await t.deps.db.select().from(auditLog).where(eq(auditLog.actorId, adminPerson.id));
    expect(entries.map((e) => e.action)).toContain('document.lock_broken');
    expect((await ben.send('PUT', file, { body: 'v2' })).statusCode).toBe(204);
  });

  it('creates an empty file for a LOCK of an unmapped name, as editors do before saving', async () => {
    const file = `${space}/Neu.docx`;
    const locked = await anna.send('LOCK', file, { body: LOCK_BODY });
    expect(locked.statusCode).toBe(201);
    const head = await anna.send('HEAD', file);
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-length']).toBe('0');
    expect((await ben.send('PUT', file, { body: 'x' })).statusCode).toBe(423);
  });
});

describe('moving between spaces', () => {
  it('moves a folder with its files from the organisation into a workspace, and nothing stays behind', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/workspaces',
      cookie: anna.person.cookie,
      payload: { name: `Umzug ${Date.now()}`, ownerOrganisationId: organisation.id, visibility: 'members' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const workspace = spacePath(`Arbeitsraum – ${created.json().name}`);
    expect((await anna.send('MKCOL', `${space}/Umzug`)).statusCode).toBe(201);
    expect((await anna.send('PUT', `${space}/Umzug/Plan.txt`, { body: 'Plan' })).statusCode).toBe(201);
    const moved = await anna.send('MOVE', `${space}/Umzug`, {
      headers: { destination: `http://localhost${workspace}/Umzug` },
    });
    expect(moved.statusCode, moved.body).toBe(201);
    expect((await anna.send('GET', `${workspace}/Umzug/Plan.txt`)).body).toBe('Plan');
    expect((await anna.send('GET', `${space}/Umzug/Plan.txt`)).statusCode).toBe(404);
    const listing = await t.request({
      method: 'GET',
      url: `/api/documents/spaces/workspace/${created.json().id}/items`,
      cookie: anna.person.cookie,
    });
    expect(listing.json().items.map((i: { name: string }) => i.name)).toEqual(['Umzug']);
    // Ben is in the organisation, not the workspace: the folder is out of his sight now.
    expect((await ben.send('GET', `${space}/Umzug/Plan.txt`)).statusCode).toBe(404);
  });
});
