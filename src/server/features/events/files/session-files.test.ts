import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT_LIMITS, type EventDetail, type SessionFile } from '../../../../shared/contracts/events.ts';
import { auditLog } from '../../../platform/audit/tables.ts';
import { newId } from '../../../platform/db/ids.ts';
import { blobStorageFor } from '../../../platform/storage/blob-storage.ts';
import type { TestPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { chatWorkspace, post } from '../../chat/chat-fixtures.ts';
import { createdEvent, type EventWorld, eventWorld, send, sessionInput } from '../event-fixtures.ts';
import { eventSessionFiles } from '../tables.ts';

// A session's slides as uploads: organisers attach PDF, ODP and PPTX files before or after the event;
// whoever may see the event downloads them (signed out for a public event), nobody else.

let t: TestApp;
let w: EventWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await eventWorld(t);
});

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('Folien zum Dialogforum\n%%EOF\n')]);
const ZIP = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]);

async function eventWithSession(visibility: 'public' | 'platform' | 'organisation' = 'public') {
  const event = await createdEvent(t, w.organiser, { visibility, organiserIds: [w.home.id] });
  const res = await send(t, w.organiser, 'POST', `/api/events/${event.id}/sessions`, sessionInput());
  expect(res.statusCode, res.body).toBe(201);
  return { event, sessionId: (res.json() as { id: string }).id };
}

function upload(who: TestPerson | null, eventId: string, sessionId: string, name: string, bytes: Buffer) {
  return t.request({
    method: 'POST',
    url: `/api/events/${eventId}/sessions/${sessionId}/files?name=${encodeURIComponent(name)}`,
    cookie: who?.cookie,
    headers: { 'content-type': 'application/octet-stream' },
    payload: bytes,
  });
}

async function uploaded(eventId: string, sessionId: string, name: string, bytes: Buffer): Promise<SessionFile> {
  const res = await upload(w.organiser, eventId, sessionId, name, bytes);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as SessionFile;
}

const detailOf = async (who: TestPerson | null, eventId: string) =>
  (await send(t, who, 'GET', `/api/events/${eventId}`)).json() as EventDetail;

describe('a session’s files', () => {
  it('lets organisers attach slides; the event shows them and anyone who may see it downloads them', async () => {
    const { event, sessionId } = await eventWithSession('public');
    const pdf = await uploaded(event.id, sessionId, 'Folien Dialogforum.pdf', PDF);
    expect(pdf).toMatchObject({ name: 'Folien Dialogforum.pdf', mediaType: 'application/pdf', size: PDF.length });
    expect(pdf.href).toBe(`/api/events/${event.id}/files/${pdf.id}`);
    const pptx = await uploaded(event.id, sessionId, 'Workshop.PPTX', ZIP);
    expect(pptx.mediaType).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    const odp = await uploaded(event.id, sessionId, 'Ergebnisse.odp', ZIP);
    expect(odp.mediaType).toBe('application/vnd.oasis.opendocument.presentation');

    const detail = await detailOf(null, event.id);
    expect(detail.sessions[0]?.files.map((f) => f.name)).toEqual([
      'Folien Dialogforum.pdf',
      'Workshop.PPTX',
      'Ergebnisse.odp',
    ]);
    // Signed out, for a public event: the bytes, as a download that runs nothing.
    const download = await send(t, null, 'GET', pdf.href);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(download.headers['content-disposition']).toContain('Folien%20Dialogforum.pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');

    const [entry] = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'event.session_file_added'), eq(auditLog.subjectId, sessionId)));
    expect(entry).toMatchObject({ actorId: w.organiser.id });
  });

  it('keeps the files of a non-public event behind its wall: 404 signed out and for outsiders', async () => {
    const { event, sessionId } = await eventWithSession('organisation');
    const file = await uploaded(event.id, sessionId, 'intern.pdf', PDF);
    expect((await send(t, w.colleague, 'GET', file.href)).statusCode).toBe(200);
    for (const who of [null, w.outsider, w.loner]) problemOf(await send(t, who, 'GET', file.href), 404);
    // A file is found only under its own event.
    const other = await eventWithSession('public');
    problemOf(await send(t, null, 'GET', `/api/events/${other.event.id}/files/${file.id}`), 404);
    problemOf(await send(t, null, 'GET', `/api/events/${event.id}/files/not-a-uuid`), 400);
  });

  it('lets only organisers upload and remove: 401 signed out, 403 for who sees the event, 404 for who does not', async () => {
    const open = await eventWithSession('public');
    problemOf(await upload(null, open.event.id, open.sessionId, 'a.pdf', PDF), 401);
    problemOf(await upload(w.colleague, open.event.id, open.sessionId, 'a.pdf', PDF), 403);
    problemOf(await upload(w.outsider, open.event.id, open.sessionId, 'a.pdf', PDF), 403);
    const closed = await eventWithSession('organisation');
    problemOf(await upload(w.outsider, closed.event.id, closed.sessionId, 'a.pdf', PDF), 404);

    const file = await uploaded(open.event.id, open.sessionId, 'weg.pdf', PDF);
    const url = `/api/events/${open.event.id}/sessions/${open.sessionId}/files/${file.id}`;
    problemOf(await send(t, w.colleague, 'DELETE', url), 403);
    problemOf(
      await send(
        t,
        w.outsider,
        'DELETE',
        `/api/events/${closed.event.id}/sessions/${closed.sessionId}/files/${file.id}`,
      ),
      404,
    );
    problemOf(await send(t, null, 'DELETE', url), 401);
    expect((await send(t, w.organiser, 'DELETE', url)).statusCode).toBe(204);
    problemOf(await send(t, w.organiser, 'DELETE', url), 404);
    problemOf(await send(t, null, 'GET', file.href), 404);
    expect((await detailOf(null, open.event.id)).sessions[0]?.files).toEqual([]);
  });

  it('refuses other kinds, disguised files, empty and bad names, unknown sessions, and writes no row', async () => {
    const { event, sessionId } = await eventWithSession('public');
    expect(problemOf(await upload(w.organiser, event.id, sessionId, 'Folien.docx', ZIP), 415).type).toContain(
      'unsupported-file-type',
    );
    expect(problemOf(await upload(w.organiser, event.id, sessionId, 'ohne-endung', PDF), 415).status).toBe(415);
    // A page that calls itself a PDF, and a PDF that calls itself a presentation.
    problemOf(await upload(w.organiser, event.id, sessionId, 'seite.pdf', Buffer.from('<html>hallo</html>')), 415);
    problemOf(await upload(w.organiser, event.id, sessionId, 'folien.pptx', PDF), 415);
    problemOf(await upload(w.organiser, event.id, sessionId, 'leer.pdf', Buffer.alloc(0)), 400);
    problemOf(await upload(w.organiser, event.id, sessionId, 'a/b.pdf', PDF), 400);
    problemOf(await upload(w.organiser, event.id, sessionId, 'CON.pdf', PDF), 400);
    problemOf(await upload(w.organiser, event.id, sessionId, `${'x'.repeat(300)}.pdf`, PDF), 400);
    const missingName = await t.request({
      method: 'POST',
      url: `/api/events/${event.id}/sessions/${sessionId}/files`,
      cookie: w.organiser.cookie,
      headers: { 'content-type': 'application/pdf' },
      payload: PDF,
    });
    problemOf(missingName, 400);
    problemOf(await upload(w.organiser, event.id, '01890000-0000-7000-8000-000000000000', 'a.pdf', PDF), 404);
    const rows = await t.deps.db.select().from(eventSessionFiles).where(eq(eventSessionFiles.sessionId, sessionId));
    expect(rows).toEqual([]);
  });

  it('refuses a file past the size limit with 413 naming it, and more than the files a session takes with 409', async () => {
    const { event, sessionId } = await eventWithSession('public');
    const big = Buffer.concat([PDF, Buffer.alloc(EVENT_LIMITS.sessionFileBytes)]);
    const res = await upload(w.organiser, event.id, sessionId, 'gross.pdf', big);
    expect(problemOf(res, 413).detail).toContain('50 MiB');
    for (let i = 0; i < EVENT_LIMITS.sessionFiles; i += 1) await uploaded(event.id, sessionId, `teil-${i}.pdf`, PDF);
    expect(problemOf(await upload(w.organiser, event.id, sessionId, 'eins-zu-viel.pdf', PDF), 409).type).toContain(
      'too-many-files',
    );
  });

  it('goes with its session', async () => {
    const { event, sessionId } = await eventWithSession('public');
    const file = await uploaded(event.id, sessionId, 'a.pdf', PDF);
    expect((await send(t, w.organiser, 'DELETE', `/api/events/${event.id}/sessions/${sessionId}`)).statusCode).toBe(
      204,
    );
    problemOf(await send(t, null, 'GET', file.href), 404);
  });

  it('keeps a slide’s bytes when a deleted account’s attachment shared them', async () => {
    const { event, sessionId } = await eventWithSession('public');
    const bytes = Buffer.from(`%PDF-1.7\ngeteilt ${newId()}\n%%EOF\n`);
    const file = await uploaded(event.id, sessionId, 'geteilt.pdf', bytes);
    const chat = await chatWorkspace(t);
    const message = (await post(t, chat.member, chat.defaultChannelId, 'Anhang')) as { id: string };
    const blobKey = await blobStorageFor(t.config).put(bytes);
    await t.deps.db.execute(
      sql`insert into message_attachments (id, message_id, channel_id, uploaded_by, blob_key, file_name, media_type, size)
          values (${newId()}, ${message.id}, ${chat.defaultChannelId}, ${chat.member.id}, ${blobKey}, 'a.pdf', 'application/pdf', ${bytes.length})`,
    );
    const res = await t.request({
      method: 'POST',
      url: '/api/me/account-deletion',
      cookie: chat.member.cookie,
      payload: { password: chat.member.password, contributions: 'delete' },
    });
    expect(res.statusCode, res.body).toBe(204);
    const download = await send(t, null, 'GET', file.href);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(bytes)).toBe(true);
  });
});
