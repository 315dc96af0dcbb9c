import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Attachment } from '../../../shared/contracts/chat.ts';
import { type ChatWorkspace, call, chatWorkspace, ok } from '../../features/chat/chat-fixtures.ts';
import { messageAttachments } from '../../features/chat/tables.ts';
import { createOrganisation, createPerson, type TestPerson } from '../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../test/test-app.ts';

// The input rule (input-text.ts) on the paths where NUL once reached the database and answered 500,
// and bidi overrides in file names once reached Content-Disposition.

let t: TestApp;
let admin: TestPerson;
let w: ChatWorkspace;
let organisation: Awaited<ReturnType<typeof createOrganisation>>;

beforeAll(async () => {
  t = await buildTestApp();
  organisation = await createOrganisation(t);
  admin = await createPerson(t, { organisation, role: 'admin', platformAdmin: true });
  w = await chatWorkspace(t);
});

function expectRefused(response: Awaited<ReturnType<TestApp['request']>>, field: string) {
  const problem = problemOf(response, 400);
  expect(problem.type).toBe('/problems/validation');
  expect(problem.errors).toEqual([{ field, message: expect.stringContaining('NUL') }]);
}

describe('NUL is refused with 400 naming the field, wherever it enters', () => {
  it.each([
    ['GET', '/api/alliances?q=%00', null, 'querystring:/q', false],
    ['GET', '/api/persons?q=a%00', null, 'querystring:/q', true],
    ['GET', '/api/search/messages?q=%00', null, 'querystring:/q', true],
    ['GET', '/api/admin/persons?q=%00', null, 'querystring:/q', true],
    ['GET', '/api/admin/audit?action=%00', null, 'querystring:/action', true],
    ['PATCH', '/api/me', { name: 'Anna\u0000' }, 'body:/name', true],
    ['POST', '/api/alliances', { name: 'Verbund\u0000' }, 'body:/name', true],
    ['POST', '/api/alliances', { name: 'Verbund', description: '\u0000' }, 'body:/description', true],
  ] as const)('%s %s', async (method, url, payload, field, signedIn) => {
    const response = await t.request({
      method,
      url,
      cookie: signedIn ? admin.cookie : undefined,
      ...(payload ? { payload } : {}),
    });
    expectRefused(response, field);
  });

  it('in path parameters and in workspace names and descriptions', async () => {
    const domain = await t.request({
      method: 'DELETE',
      url: `/api/organisations/${organisation.id}/domains/%00`,
      cookie: admin.cookie,
    });
    expectRefused(domain, 'params:/domain');
    for (const [payload, field] of [
      [{ name: 'Raum\u0000', ownerOrganisationId: organisation.id, visibility: 'members' }, 'body:/name'],
      [
        { name: 'Raum', description: 'a\u0000', ownerOrganisationId: organisation.id, visibility: 'members' },
        'body:/description',
      ],
    ] as const) {
      expectRefused(await call(t, admin, 'POST', '/api/workspaces', payload), field);
    }
    expectRefused(
      await call(t, w.owner, 'PATCH', `/api/workspaces/${w.workspaceId}`, { description: '\u0000' }),
      'body:/description',
    );
  });
});

describe('control characters and bidi overrides are removed', () => {
  it('from names, keeping line breaks in multi-line text', async () => {
    const me = await ok<{ name: string }>(t, w.member, 'PATCH', '/api/me', { name: 'Anna\u202E \u0007Schulz\u2066' });
    expect(me.name).toBe('Anna Schulz');
    const workspace = await ok<{ name: string; description: string }>(
      t,
      w.owner,
      'PATCH',
      `/api/workspaces/${w.workspaceId}`,
      {
        name: 'Bau\u009Bhof\u202D',
        description: 'Zeile 1\r\n\tZeile 2\u0001',
      },
    );
    expect(workspace).toMatchObject({ name: 'Bauhof', description: 'Zeile 1\r\n\tZeile 2' });
  });

  it('from file names: rechnung\u202Efdp.exe never reaches Content-Disposition', async () => {
    const channelId = w.defaultChannelId;
    const upload = (headers: Record<string, string>, query = '') =>
      t.request({
        method: 'POST',
        url: `/api/channels/${channelId}/attachments${query}`,
        cookie: w.member.cookie,
        headers: { 'content-type': 'application/octet-stream', ...headers },
        payload: Buffer.from('MZ'),
      });
    const byHeader = (await upload({ 'x-file-name': 'rechnung%E2%80%AEfdp.exe' })).json() as Attachment;
    const byQuery = (await upload({}, '?name=rechnung%E2%80%AEfdp.exe')).json() as Attachment;
    expect([byHeader.fileName, byQuery.fileName]).toEqual(['rechnungfdp.exe', 'rechnungfdp.exe']);
    expectRefused(await upload({ 'x-file-name': 'a%00.txt' }), 'headers:/x-file-name');

    // A name stored before the rule existed is cleaned on the way out.
    await t.deps.db
      .update(messageAttachments)
      .set({ fileName: 'alt\u202Efdp.exe' })
      .where(eq(messageAttachments.id, byQuery.id));
    const disposition = async (attachment: Attachment) =>
      String((await call(t, w.member, 'GET', attachment.url)).headers['content-disposition']);
    for (const header of [await disposition(byHeader), await disposition(byQuery)]) {
      expect(header).not.toMatch(/\u202E|%E2%80%AE/i);
      expect(header).toMatch(
        /^attachment; filename="(rechnung|alt)fdp\.exe"; filename\*=UTF-8''(rechnung|alt)fdp\.exe$/,
      );
    }
  });
});
