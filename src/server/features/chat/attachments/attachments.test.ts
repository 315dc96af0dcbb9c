import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Attachment, MAX_ATTACHMENT_BYTES } from '../../../../shared/contracts/chat.ts';
import { MAX_ATTACHMENT_BYTES as WEB_MAX_ATTACHMENT_BYTES } from '../../../../web/features/workspaces/chat/limits.ts';
import type { TestPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { addToChannel, call, chatWorkspace, createChannel, ok, post } from '../chat-fixtures.ts';

const t = await buildTestApp();

/** A PNG header with IHDR: enough for the type and the size to be read. */
function png(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(40);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
  bytes.writeUInt32BE(13, 8);
  bytes.write('IHDR', 12, 'latin1');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

function upload(
  person: TestPerson | null,
  channelId: string,
  body: Buffer | string,
  headers: Record<string, string>,
  query = '',
) {
  return t.request({
    method: 'POST',
    url: `/api/channels/${channelId}/attachments${query}`,
    cookie: person?.cookie,
    headers,
    payload: body,
  });
}

describe('POST /api/channels/:id/attachments and GET /api/attachments/:id', () => {
  it('stores files, recognises images by their bytes and serves them to the channel’s readers only', async () => {
    const w = await chatWorkspace(t);
    const closed = await createChannel(t, w.owner, w.workspaceId, true);
    await addToChannel(t, w.owner, closed.id, w.member);

    const image = await upload(w.member, closed.id, png(640, 480), {
      'content-type': 'image/png',
      'x-file-name': encodeURIComponent('Plan Süd.png'),
    });
    expect(image.statusCode, image.body).toBe(201);
    const picture = image.json() as Attachment;
    expect(picture).toMatchObject({
      fileName: 'Plan Süd.png',
      mediaType: 'image/png',
      isImage: true,
      width: 640,
      height: 480,
      size: 40,
    });
    const text = (
      await upload(w.member, closed.id, 'Protokoll', { 'content-type': 'text/plain' }, '?name=../../notiz.txt')
    ).json() as Attachment;
    expect(text).toMatchObject({ fileName: 'notiz.txt', mediaType: 'text/plain', isImage: false, width: null });
    const json = await upload(
      w.member,
      closed.id,
      '{"a":1}',
      { 'content-type': 'application/json' },
      '?name=daten.json',
    );
    expect((json.json() as Attachment).size).toBe(7);
    const fake = (
      await upload(w.member, closed.id, '<svg onload=alert(1)>', { 'content-type': 'image/png' }, '?name=x.png')
    ).json() as Attachment;
    expect(fake).toMatchObject({ mediaType: 'application/octet-stream', isImage: false });

    // Until posted, only the uploader can fetch it.
    expect((await call(t, w.owner, 'GET', picture.url)).statusCode).toBe(404);
    const message = await post(t, w.member, closed.id, 'Anbei der Plan', { attachmentIds: [picture.id, text.id] });
    expect(message.attachments.map((a) => a.id)).toEqual([picture.id, text.id]);

    const served = await call(t, w.owner, 'GET', picture.url);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-disposition']).toMatch(/^inline; /);
    expect(served.rawPayload.equals(png(640, 480))).toBe(true);
    const download = await call(t, w.owner, 'GET', text.url);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="notiz.txt"; filename*=UTF-8''notiz.txt`,
    );
    expect(download.body).toBe('Protokoll');
    expect(problemOf(await call(t, w.guest, 'GET', picture.url), 404).type).toBe('/problems/not-found');
    expect((await call(t, w.outsider, 'GET', picture.url)).statusCode).toBe(404);
    expect((await call(t, null, 'GET', picture.url)).statusCode).toBe(401);

    // Attached once, an upload cannot be attached again, nor someone else's.
    const again = await call(t, w.member, 'POST', `/api/channels/${closed.id}/messages`, {
      text: 'nochmal',
      attachmentIds: [picture.id],
    });
    expect(problemOf(again, 400).errors?.[0]?.field).toBe('body:/attachmentIds');
    const foreign = await call(t, w.owner, 'POST', `/api/channels/${closed.id}/messages`, {
      text: 'fremd',
      attachmentIds: [json.json().id],
    });
    expect(foreign.statusCode).toBe(400);

    await ok(t, w.member, 'DELETE', `/api/messages/${message.id}`, undefined, 204);
    expect((await call(t, w.owner, 'GET', picture.url)).statusCode).toBe(404);
  });

  it('takes 25 MiB and no more, and needs a name and a body; outsiders are refused', async () => {
    const w = await chatWorkspace(t);
    const channel = w.defaultChannelId;
    const largest = await upload(
      w.member,
      channel,
      Buffer.alloc(MAX_ATTACHMENT_BYTES, 1),
      { 'content-type': 'application/pdf' },
      '?name=gross.pdf',
    );
    expect(largest.statusCode).toBe(201);
    const tooLarge = await upload(
      w.member,
      channel,
      Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 1),
      { 'content-type': 'application/pdf' },
      '?name=zu-gross.pdf',
    );
    const problem = problemOf(tooLarge, 413);
    expect(problem.type).toBe('/problems/too-large');
    expect(problem.detail).toBe('A file may have at most 25 MiB (26,214,400 bytes).');
    expect(problemOf(await upload(w.member, channel, 'x', { 'content-type': 'text/plain' }), 400).type).toBe(
      '/problems/validation',
    );
    expect(
      (await upload(w.member, channel, 'x', { 'content-type': 'text/plain', 'x-file-name': '%E0%A4%A' })).statusCode,
    ).toBe(400);
    expect((await upload(w.member, channel, '', { 'content-type': 'text/plain' }, '?name=leer.txt')).statusCode).toBe(
      400,
    );
    expect((await upload(w.guest, channel, 'x', { 'content-type': 'text/plain' }, '?name=a.txt')).statusCode).toBe(404);
    expect((await upload(null, channel, 'x', { 'content-type': 'text/plain' }, '?name=a.txt')).statusCode).toBe(401);
    const noOrigin = await t.app.inject({
      method: 'POST',
      url: `/api/channels/${channel}/attachments?name=a.txt`,
      headers: { cookie: w.member.cookie, 'content-type': 'text/plain', origin: 'https://evil.example' },
      payload: 'x',
    });
    expect(noOrigin.statusCode).toBe(403);
  });

  it('is said as 25 MiB wherever it is said: the web app checks the same number and both languages name it', () => {
    expect(MAX_ATTACHMENT_BYTES).toBe(25 * 1024 * 1024);
    expect(WEB_MAX_ATTACHMENT_BYTES).toBe(MAX_ATTACHMENT_BYTES);
    const i18n = join(import.meta.dirname, '../../../../web/i18n/areas');
    for (const language of ['de', 'en']) {
      const texts = JSON.parse(readFileSync(join(i18n, `workspaces.${language}.json`), 'utf8'));
      expect(texts.workspaces.composer.tooBig).toMatch(/ 25 MiB\.$/);
    }
    const api = readFileSync(join(import.meta.dirname, '../../../../../docs/api.md'), 'utf8');
    expect(api).toContain('files up to 25 MiB');
    expect(api).not.toMatch(/25 MB/);
  });
});
