import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES as CHAT_MAX_ATTACHMENT_BYTES } from '../../../../../shared/contracts/chat.ts';
import {
  TASK_ATTACHMENT_MAX_BYTES,
  type TaskAttachment,
  type TaskAttachments,
} from '../../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../../platform/auth/session-store.ts';
import { outbox } from '../../../../platform/events/tables.ts';
import type { BlobStorage } from '../../../../platform/storage/blob-storage.ts';
import type { TestPerson } from '../../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../../test/test-app.ts';
import {
  createdProject,
  createdTask,
  detailOf,
  joinChannel,
  projectOnChannel,
  projectWorld,
  send,
} from '../../project-fixtures.ts';
import { projectTaskAttachments, projectTasks } from '../../tables.ts';
import { uploadAttachment } from './upload-task-attachment.ts';

const t = await buildTestApp();
const w = await projectWorld(t);
const projectId = (await createdProject(t, w.owner, w.workspace.id, { name: 'Digitale Bauakte' })).id;

/** A PNG signature and IHDR: enough to be recognised as an image. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 7)]);

function upload(
  person: TestPerson | null,
  taskId: string,
  body: Buffer | string,
  headers: Record<string, string> = {},
  query = '',
) {
  return t.request({
    method: 'POST',
    url: `/api/tasks/${taskId}/attachments${query}`,
    cookie: person?.cookie,
    headers: { 'content-type': 'application/octet-stream', ...headers },
    payload: body,
  });
}

async function uploaded(person: TestPerson, taskId: string, body: Buffer | string, name: string, type = 'text/plain') {
  const res = await upload(person, taskId, body, { 'content-type': type, 'x-file-name': encodeURIComponent(name) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as TaskAttachment;
}

async function listed(person: TestPerson, taskId: string) {
  const res = await send(t, person, 'GET', `/api/tasks/${taskId}/attachments`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as TaskAttachments).attachments;
}

const rowsOf = async (taskId: string) =>
  (
    await t.deps.db
      .select({ n: sql<number>`count(*)::int` })
      .from(projectTaskAttachments)
      .where(eq(projectTaskAttachments.taskId, taskId))
  )[0]?.n;

/** A project on a closed channel the guest was added to. */
async function projectWithGuest(name: string) {
  const { channelId, project } = await projectOnChannel(t, w, name);
  await joinChannel(t, w, channelId, w.guest);
  return project;
}

describe('files attached to tasks', () => {
  it('stores a file, lists it with its uploader, serves the same bytes as a download, and removes it', async () => {
    const task = await createdTask(t, w.owner, projectId, { title: 'Bauantrag prüfen' });
    const before = (await detailOf(t, w.owner, projectId)).lastActivityAt;
    const bytes = Buffer.from('Stellungnahme des Bauamts\nSeite 1\n');
    const file = await uploaded(w.member, task.id, bytes, 'C:\\Akten\\Stellungnahme Süd.txt');
    expect(file).toMatchObject({
      taskId: task.id,
      fileName: 'Stellungnahme Süd.txt',
      mediaType: 'text/plain',
      size: bytes.length,
      isImage: false,
      uploadedBy: { id: w.member.id, name: expect.any(String) },
      url: `/api/task-attachments/${file.id}`,
      canDelete: true,
    });

    // Everyone who sees the project sees it; the task says how many files it has, the board too.
    expect((await listed(w.owner, task.id)).map((a) => [a.fileName, a.canDelete])).toEqual([
      ['Stellungnahme Süd.txt', true],
    ]);
    expect((await send(t, w.owner, 'GET', `/api/tasks/${task.id}`)).json().attachmentCount).toBe(1);
    const board = (await send(t, w.owner, 'GET', `/api/projects/${projectId}/tasks`)).json().tasks;
    expect(board.find((x: { id: string }) => x.id === task.id).attachmentCount).toBe(1);
    // It counts as the project's activity, and those looking at the project hear of the task.
    expect((await detailOf(t, w.owner, projectId)).lastActivityAt > before).toBe(true);
    const events = await t.deps.db
      .select({ payload: outbox.payload })
      .from(outbox)
      .where(and(eq(outbox.type, 'project.changed'), sql`${outbox.payload}->>'taskId' = ${task.id}`));
    expect(events.length).toBeGreaterThanOrEqual(2);

    const download = await send(t, w.owner, 'GET', file.url);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(bytes)).toBe(true);
    expect(download.headers['content-type']).toMatch(/^text\/plain/);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Stellungnahme S_d.txt"; filename*=UTF-8''Stellungnahme%20S%C3%BCd.txt`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-security-policy']).toContain('sandbox');

    const removed = await send(t, w.member, 'DELETE', file.url);
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await listed(w.owner, task.id)).toEqual([]);
    expect((await send(t, w.owner, 'GET', `/api/tasks/${task.id}`)).json().attachmentCount).toBe(0);
    expect(problemOf(await send(t, w.owner, 'GET', file.url), 404).title).toBe('Attachment not found');
    expect(problemOf(await send(t, w.member, 'DELETE', file.url), 404).type).toBe('/problems/not-found');
  });

  it('opens only real images in the browser; anything else, whatever it claims, is a download', async () => {
    const task = await createdTask(t, w.owner, projectId, { title: 'Lageplan' });
    const image = await uploaded(w.member, task.id, PNG, 'lageplan.png', 'application/octet-stream');
    expect(image).toMatchObject({ mediaType: 'image/png', isImage: true });
    const shown = await send(t, w.member, 'GET', image.url);
    expect(shown.headers['content-type']).toBe('image/png');
    expect(shown.headers['content-disposition']).toMatch(/^inline; /);

    const page = await uploaded(w.member, task.id, '<script>alert(1)</script>', 'seite.html', 'text/html');
    const served = await send(t, w.member, 'GET', page.url);
    expect(served.headers['content-disposition']).toMatch(/^attachment; /);
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    const svg = await uploaded(w.member, task.id, '<svg onload="alert(1)"/>', 'plan.svg', 'image/svg+xml');
    expect(svg).toMatchObject({ mediaType: 'application/octet-stream', isImage: false });
    const fake = await uploaded(w.member, task.id, 'kein Bild', 'foto.png', 'image/png');
    expect(fake.isImage).toBe(false);
    expect((await send(t, w.member, 'GET', fake.url)).headers['content-disposition']).toMatch(/^attachment; /);
    // A declared type that is no media type is refused before anything is stored.
    const odd = await upload(w.member, task.id, 'x', { 'content-type': 'kaputt', 'x-file-name': 'x.bin' });
    expect(problemOf(odd, 415).type).toBe('/problems/unsupported-media-type');
    expect((await listed(w.member, task.id)).map((a) => a.fileName)).toEqual([
      'lageplan.png',
      'seite.html',
      'plan.svg',
      'foto.png',
    ]);
  });

  it('lets the uploader, the project’s lead and the owners remove a file, and nobody else', async () => {
    const project = await createdProject(t, w.owner, w.workspace.id, { name: 'Schulweg', leadPersonId: w.member.id });
    const guestProject = await projectWithGuest('Radwege');
    const task = await createdTask(t, w.owner, project.id, { title: 'Zählung' });
    const byOwner = await uploaded(w.owner, task.id, 'Zählbogen', 'zaehlung.txt');
    // The lead (a member) removes the owner's file.
    expect((await listed(w.member, task.id))[0]?.canDelete).toBe(true);
    expect((await send(t, w.member, 'DELETE', byOwner.url)).statusCode).toBe(204);

    // A guest attaches a file to a task of their channel's project; a member who does not lead it may not remove it.
    const guestTask = await createdTask(t, w.owner, guestProject.id, { title: 'Ortstermin' });
    const byGuest = await uploaded(w.guest, guestTask.id, 'Fotos folgen', 'notiz.txt');
    expect((await listed(w.member, guestTask.id))[0]?.canDelete).toBe(false);
    expect(problemOf(await send(t, w.member, 'DELETE', byGuest.url), 403).type).toBe('/problems/forbidden');
    const byMember = await uploaded(w.member, guestTask.id, 'Protokoll', 'protokoll.txt');
    expect(problemOf(await send(t, w.guest, 'DELETE', byMember.url), 403).type).toBe('/problems/forbidden');
    expect((await send(t, w.guest, 'DELETE', byGuest.url)).statusCode).toBe(204);
    expect((await send(t, w.owner, 'DELETE', byMember.url)).statusCode).toBe(204);
    expect(await listed(w.owner, guestTask.id)).toEqual([]);
  });

  it('keeps files behind the task’s wall from every side', async () => {
    const task = await createdTask(t, w.owner, projectId, { title: 'Vertraulich' });
    const file = await uploaded(w.owner, task.id, 'Geheimes Gutachten', 'gutachten.txt');
    // The guest was added to another project's channel, not to this project's.
    const elsewhere = await projectWithGuest('Anderswo');
    const guestTask = await createdTask(t, w.owner, elsewhere.id, { title: 'Sichtbar für den Gast' });
    expect((await listed(w.guest, guestTask.id)).length).toBe(0);

    for (const [person, status] of [
      [null, 401],
      [w.outsider, 404],
      [w.guest, 404],
    ] as const) {
      const who = person ? 'someone' : 'signed out';
      expect((await send(t, person, 'GET', `/api/tasks/${task.id}/attachments`)).statusCode, who).toBe(status);
      expect((await send(t, person, 'GET', file.url)).statusCode, who).toBe(status);
      expect((await send(t, person, 'DELETE', file.url)).statusCode, who).toBe(status);
      const refused = await upload(person, task.id, 'x', { 'x-file-name': 'x.txt' });
      expect(problemOf(refused, status).status, who).toBe(status);
    }
    expect(await rowsOf(task.id)).toBe(1);
    // Nothing of the file shows through the wall: not its name, not that it exists.
    const outside = await send(t, w.outsider, 'GET', file.url);
    expect(outside.body).not.toContain('gutachten');
    expect(problemOf(outside, 404).title).toBe('Attachment not found');
    expect((await send(t, w.member, 'GET', file.url)).body).toBe('Geheimes Gutachten');

    // Removed from the workspace, a former member neither reads nor removes their own file.
    const leaving = await uploaded(w.member, task.id, 'Entwurf', 'entwurf.txt');
    await send(t, w.owner, 'DELETE', `/api/workspaces/${w.workspace.id}/members/${w.member.id}`);
    expect((await send(t, w.member, 'GET', leaving.url)).statusCode).toBe(404);
    expect((await send(t, w.member, 'DELETE', leaving.url)).statusCode).toBe(404);
    expect((await listed(w.owner, task.id)).map((a) => a.fileName)).toEqual(['gutachten.txt', 'entwurf.txt']);
    // The cross-site request a browser would send without the platform's Origin is refused.
    const foreign = await t.app.inject({
      method: 'POST',
      url: `/api/tasks/${task.id}/attachments?name=a.txt`,
      headers: { cookie: w.owner.cookie, 'content-type': 'text/plain', origin: 'https://evil.example' },
      payload: 'x',
    });
    expect(foreign.statusCode).toBe(403);
  });

  it('takes 25 MiB and no more, needs a name and bytes, and leaves nothing behind when it refuses', async () => {
    expect(TASK_ATTACHMENT_MAX_BYTES).toBe(CHAT_MAX_ATTACHMENT_BYTES);
    const project = await createdProject(t, w.owner, w.workspace.id, { name: 'Große Dateien' });
    const task = await createdTask(t, w.owner, project.id, { title: 'Pläne' });
    const tooLarge = await upload(w.owner, task.id, Buffer.alloc(TASK_ATTACHMENT_MAX_BYTES + 1, 1), {
      'x-file-name': 'zu-gross.pdf',
      'content-type': 'application/pdf',
    });
    const problem = problemOf(tooLarge, 413);
    expect(problem.type).toBe('/problems/too-large');
    expect(problem.detail).toBe('A file may have at most 25 MiB (26,214,400 bytes).');
    expect(problemOf(await upload(w.owner, task.id, 'x'), 400).errors?.[0]?.field).toBe('querystring:/name');
    expect(problemOf(await upload(w.owner, task.id, '', {}, '?name=leer.txt'), 400).errors?.[0]?.field).toBe('body:/');
    expect(problemOf(await upload(w.owner, task.id, 'x', { 'x-file-name': '%E0%A4%A' }), 400).type).toBe(
      '/problems/validation',
    );
    expect(problemOf(await upload(w.owner, task.id, 'x', { 'x-file-name': 'a%00b.txt' }), 400).type).toBe(
      '/problems/validation',
    );
    expect((await upload(w.owner, task.id, 'x', { 'x-file-name': '..' })).statusCode).toBe(400);
    expect((await upload(w.owner, task.id, 'x', {}, `?name=${'a'.repeat(256)}`)).statusCode).toBe(400);
    for (const url of ['/api/tasks/nicht-da/attachments', '/api/task-attachments/123', "/api/task-attachments/'1"]) {
      expect(problemOf(await send(t, w.owner, 'GET', url), 400).type).toBe('/problems/validation');
    }
    expect(problemOf(await send(t, w.owner, 'DELETE', '/api/task-attachments/x'), 400).type).toBe(
      '/problems/validation',
    );
    expect(problemOf(await upload(w.owner, 'kein-uuid', 'x', {}, '?name=a.txt'), 400).type).toBe(
      '/problems/validation',
    );
    const unknown = '01890000-0000-7000-8000-000000000000';
    expect(problemOf(await upload(w.owner, unknown, 'x', {}, '?name=a.txt'), 404).title).toBe('Task not found');
    expect((await send(t, w.owner, 'GET', `/api/task-attachments/${unknown}`)).statusCode).toBe(404);
    expect(await rowsOf(task.id)).toBe(0);
    expect((await send(t, w.owner, 'GET', `/api/tasks/${task.id}`)).json().attachmentCount).toBe(0);

    // Exactly the limit is taken; a long name is kept to 255 characters.
    const largest = await upload(w.owner, task.id, Buffer.alloc(TASK_ATTACHMENT_MAX_BYTES, 1), {
      'x-file-name': encodeURIComponent(`${'Ü'.repeat(300)}.pdf`),
      'content-type': 'application/pdf',
    });
    expect(largest.statusCode, largest.body).toBe(201);
    expect((largest.json() as TaskAttachment).fileName).toHaveLength(255);
    expect(await rowsOf(task.id)).toBe(1);
  });

  it('writes no row when storing the bytes fails, nor when the task goes while they are written', async () => {
    const task = await createdTask(t, w.owner, projectId, { title: 'Halb geschrieben' });
    const principal = { personId: w.owner.id, isPlatformAdmin: false } as Principal;
    const file = { bytes: Buffer.from('Inhalt'), fileName: 'inhalt.txt', declaredType: 'text/plain' };
    const full: BlobStorage = {
      put: () => Promise.reject(new Error('disk full')),
      get: () => Promise.resolve(null),
    };
    await expect(uploadAttachment(t.deps.db, full, principal, task.id, file)).rejects.toThrow('disk full');
    const racing: BlobStorage = {
      put: async () => {
        await t.deps.db.delete(projectTasks).where(eq(projectTasks.id, task.id));
        return '0'.repeat(64);
      },
      get: () => Promise.resolve(null),
    };
    await expect(uploadAttachment(t.deps.db, racing, principal, task.id, file)).rejects.toMatchObject({ status: 404 });
    expect(await rowsOf(task.id)).toBe(0);
  });

  it('goes with its task', async () => {
    const task = await createdTask(t, w.owner, projectId, { title: 'Wird gelöscht' });
    const file = await uploaded(w.owner, task.id, 'weg damit', 'weg.txt');
    expect((await send(t, w.owner, 'DELETE', `/api/tasks/${task.id}`)).statusCode).toBe(204);
    expect(await rowsOf(task.id)).toBe(0);
    expect((await send(t, w.owner, 'GET', file.url)).statusCode).toBe(404);
    expect((await upload(w.owner, task.id, 'x', {}, '?name=a.txt')).statusCode).toBe(404);
  });
});
