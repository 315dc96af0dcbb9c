import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createPerson, type TestPerson } from '../../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { addMember, call, createWorkspace } from '../../workspaces/workspace-fixtures.ts';
import { appPasswordOf, basic, type DavClient, davClient, spacePath, uniqueDavIp } from './dav-fixtures.ts';
import { DAV_CHALLENGE } from './dav-sign-in.ts';

// Every method from every side of the walls: signed out, bad credentials, another organisation, a
// workspace guest (read only), a removed member.

let t: TestApp;
let owner: TestPerson;
let ownerDav: DavClient;
let ws: string;
let workspaceId: string;
const LOCK_BODY =
  '<?xml version="1.0"?><D:lockinfo xmlns:D="DAV:"><D:lockscope><D:exclusive/></D:lockscope>' +
  '<D:locktype><D:write/></D:locktype><D:owner>Anna</D:owner></D:lockinfo>';
const PROPPATCH_BODY =
  '<D:propertyupdate xmlns:D="DAV:" xmlns:Z="urn:z"><D:set><D:prop><Z:colour>blue</Z:colour></D:prop></D:set></D:propertyupdate>';

/** Every method against a path, each answered with its status. */
async function statuses(client: DavClient, path: string) {
  const destination = `http://localhost${path}-copy`;
  const sent: [string, Record<string, string>, string?][] = [
    ['PROPFIND', { depth: '0' }],
    ['GET', {}],
    ['HEAD', {}],
    ['PUT', {}, 'neu'],
    ['MKCOL', {}],
    ['DELETE', {}],
    ['COPY', { destination }],
    ['MOVE', { destination }],
    ['PROPPATCH', {}, PROPPATCH_BODY],
    ['LOCK', {}, LOCK_BODY],
    ['UNLOCK', { 'lock-token': '<urn:uuid:00000000-0000-0000-0000-000000000000>' }],
  ];
  const result: Record<string, number> = {};
  for (const [method, headers, body] of sent) {
    const res = await client.send(method, path, { headers, ...(body !== undefined ? { body } : {}) });
    expect(res.statusCode, `${method} ${res.body}`).toBeLessThan(500);
    result[method] = res.statusCode;
  }
  return result;
}

// Building the app and its world takes a few seconds, more on a busy machine.
beforeAll(async () => {
  t = await buildTestApp();
  const organisation = await createOrganisation(t);
  owner = await createPerson(t, { organisation });
  ownerDav = await davClient(t, owner);
  const workspace = await createWorkspace(t, owner, {
    ownerOrganisationId: organisation.id,
    name: `Bauamt ${Date.now()}`,
  });
  ws = spacePath(`Arbeitsraum – ${workspace.name}`);
  workspaceId = workspace.id;
  expect((await ownerDav.send('PUT', `${ws}/plan.txt`, { body: 'Plan A' })).statusCode).toBe(201);
  expect((await ownerDav.send('MKCOL', `${ws}/Ordner`)).statusCode).toBe(201);
}, 120_000);

describe('signing in to /dav/', () => {
  it('answers 401 with the Basic challenge signed out, with a wrong or API-scoped token and with the cookie alone', async () => {
    const api = await appPasswordOf(t, owner, 'api');
    const attempts = [
      {},
      { authorization: basic(owner.email, 'alm_wrong') },
      { authorization: basic(owner.email, api.token) },
      { authorization: `Bearer ${api.token}` },
      { authorization: basic('someone@else.example', ownerDav.token) },
      { cookie: owner.cookie },
    ];
    for (const headers of attempts as Record<string, string>[]) {
      const res = await t.app.inject({
        method: 'PROPFIND',
        url: `${ws}/`,
        headers: { depth: '0', ...headers },
        remoteAddress: uniqueDavIp(),
      });
      // The cookie alone meets the platform's Origin check first (403); it never opens /dav/.
      expect(res.statusCode, JSON.stringify(headers)).toBe(headers.cookie ? 403 : 401);
      if (!headers.cookie) expect(res.headers['www-authenticate']).toBe(DAV_CHALLENGE);
      expect(res.body).not.toContain('plan.txt');
    }
  });

  it('answers every method signed out with 401 and looks nothing up', async () => {
    const stranger: DavClient = {
      ...ownerDav,
      send: (method, path, options = {}) =>
        t.app.inject({
          method: method as 'GET',
          url: path,
          remoteAddress: uniqueDavIp(),
          headers: options.headers ?? {},
          ...(options.body !== undefined ? { payload: options.body } : {}),
        }),
    };
    for (const path of [`${ws}/plan.txt`, `${ws}/Ordner/`, `${ws}/neu.txt`, '/dav/', '/dav']) {
      const answers = await statuses(stranger, path);
      expect(
        Object.values(answers).every((s) => s === 401),
        `${path} ${JSON.stringify(answers)}`,
      ).toBe(true);
    }
  });

  it('answers every method with a wrong, API-scoped or revoked app password with 401 (or 429 once throttled)', async () => {
    // A person of their own: these failures count against the account, and must not throttle the owner's.
    const person = await createPerson(t, { organisation: await createOrganisation(t) });
    const api = await appPasswordOf(t, person, 'api');
    const revoked = await appPasswordOf(t, person);
    expect((await call(t, person, 'DELETE', `/api/me/app-passwords/${revoked.id}`)).statusCode).toBe(204);
    for (const token of ['alm_wrong', api.token, revoked.token]) {
      const ip = uniqueDavIp();
      const client: DavClient = {
        ...ownerDav,
        send: (method, path, options = {}) =>
          t.app.inject({
            method: method as 'GET',
            url: path,
            remoteAddress: ip,
            headers: { authorization: basic(person.email, token), ...options.headers },
            ...(options.body !== undefined ? { payload: options.body } : {}),
          }),
      };
      const answers = await statuses(client, `${ws}/plan.txt`);
      expect(
        Object.values(answers).every((s) => s === 401 || s === 429),
        JSON.stringify(answers),
      ).toBe(true);
    }
  });

  it('refuses a revoked app password at once', async () => {
    const person = await createPerson(t, { organisation: await createOrganisation(t) });
    const { id, token } = await appPasswordOf(t, person);
    const ask = () =>
      t.app.inject({
        method: 'PROPFIND',
        url: '/dav/',
        headers: { depth: '0', authorization: basic(person.email, token) },
      });
    expect((await ask()).statusCode).toBe(207);
    expect((await call(t, person, 'DELETE', `/api/me/app-passwords/${id}`)).statusCode).toBe(204);
    expect((await ask()).statusCode).toBe(401);
  });

  it('throttles guessing: after the failures the sign-in form allows, 429 with Retry-After', async () => {
    const ip = uniqueDavIp();
    const guess = () =>
      t.app.inject({
        method: 'PROPFIND',
        url: '/dav/',
        headers: { authorization: basic(owner.email, 'alm_guess') },
        remoteAddress: ip,
      });
    const codes: number[] = [];
    for (let i = 0; i < t.config.loginMaxFailures + 1; i += 1) codes.push((await guess()).statusCode);
    expect(codes.slice(0, t.config.loginMaxFailures).every((c) => c === 401)).toBe(true);
    const throttled = await guess();
    expect(throttled.statusCode).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('answers OPTIONS without sign-in: classes 1 and 2, the methods, MS-Author-Via', async () => {
    // Office asks the server's root too.
    for (const url of ['/dav/', '/dav', '/']) {
      const res = await t.app.inject({ method: 'OPTIONS', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers.dav).toBe('1, 2');
      expect(res.headers['ms-author-via']).toBe('DAV');
      expect(String(res.headers.allow)).toContain('PROPFIND');
    }
  });
});

describe('the spaces of /dav/', () => {
  it('lists the spaces the person may read, also for /dav without a slash (Windows), and refuses Depth infinity', async () => {
    const res = await ownerDav.send('PROPFIND', '/dav', { headers: { depth: '1', translate: 'f' } });
    expect(res.statusCode).toBe(207);
    expect(res.body).toContain(`<D:href>${ws}/</D:href>`);
    expect(res.body).toContain('Organisation%20%E2%80%93%20');
    const members = await ownerDav.send('PROPFIND', `${ws}/`, { headers: { depth: '1,noroot' } });
    expect(members.statusCode).toBe(207);
    expect(members.body).toContain('plan.txt');
    expect(members.body).not.toContain(`<D:href>${ws}/</D:href>`);
    for (const depth of ['infinity', undefined]) {
      const refused = await ownerDav.send('PROPFIND', `${ws}/`, { headers: depth ? { depth } : {} });
      expect(refused.statusCode).toBe(403);
      expect(refused.body).toContain('<D:propfind-finite-depth/>');
    }
  });

  it('hides the workspace from a person of another organisation: 404 (403 beside the spaces), never a listing', async () => {
    const outsider = await davClient(t, await createPerson(t, { organisation: await createOrganisation(t) }));
    const top = await outsider.send('PROPFIND', '/dav/', { headers: { depth: '1' } });
    expect(top.body).not.toContain(ws);
    for (const path of [`${ws}/plan.txt`, `${ws}/Ordner/`, `${ws}/new.txt`]) {
      const answers = await statuses(outsider, path);
      expect(
        Object.values(answers).every((s) => s === 404),
        `${path} ${JSON.stringify(answers)}`,
      ).toBe(true);
    }
    expect((await outsider.send('PROPFIND', `${ws}/`, { headers: { depth: '0' } })).statusCode).toBe(404);
    expect((await outsider.send('MKCOL', `${ws}/`)).statusCode).toBe(403);
  });

  it('lets a workspace guest read but not write (403), and a removed member nothing (404)', async () => {
    const guestPerson = await createPerson(t, { organisation: await createOrganisation(t) });
    await addMember(t, owner, workspaceId, guestPerson, 'guest');
    const guest = await davClient(t, guestPerson);
    expect((await guest.send('GET', `${ws}/plan.txt`)).body).toBe('Plan A');
    const answers = await statuses(guest, `${ws}/plan.txt`);
    expect(answers).toMatchObject({ PROPFIND: 207, GET: 200, HEAD: 200 });
    for (const method of ['PUT', 'DELETE', 'MOVE', 'PROPPATCH', 'LOCK', 'UNLOCK'])
      expect(answers[method], method).toBe(403);
    expect((await guest.send('MKCOL', `${ws}/Neu`)).statusCode).toBe(403);
    expect((await guest.send('PUT', `${ws}/neu.txt`, { body: 'x' })).statusCode).toBe(403);
    expect(
      (await ownerDav.send('COPY', `${ws}/plan.txt`, { headers: { destination: `${ws}/kopie.txt` } })).statusCode,
    ).toBe(201);

    const memberPerson = await createPerson(t, { organisation: await createOrganisation(t) });
    await addMember(t, owner, workspaceId, memberPerson, 'member');
    const member = await davClient(t, memberPerson);
    expect((await member.send('PUT', `${ws}/von-mitglied.txt`, { body: 'x' })).statusCode).toBe(201);
    expect(
      (await call(t, owner, 'DELETE', `/api/workspaces/${workspaceId}/members/${memberPerson.id}`)).statusCode,
    ).toBeLessThan(300);
    const after = await statuses(member, `${ws}/plan.txt`);
    expect(
      Object.values(after).every((s) => s === 404),
      JSON.stringify(after),
    ).toBe(true);
  });
});
