import { beforeAll, describe, expect, it } from 'vitest';
import type { ChannelSummary } from '../../../../shared/contracts/chat.ts';
import type { DocumentItem } from '../../../../shared/contracts/documents.ts';
import type { TestPerson } from '../../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { saveRecord } from '../../atlas/search/search-fixtures.ts';
import { chatWorkspace, ok, post } from '../../chat/chat-fixtures.ts';
import {
  createdProject,
  createdTask,
  type ProjectWorld,
  projectOnChannel,
  projectWorld,
  send,
} from '../../projects/project-fixtures.ts';
import { uploaded } from '../document-fixtures.ts';

// Links between documents and messages, tasks and atlas records, from every side: who may link
// (write right in the document's space, and sees the target), what each person is shown.

let t: TestApp;
let w: ProjectWorld;
let space: string;
let file: DocumentItem;
let other: DocumentItem;
let messageId: string;
let generalChannelId: string;
let foreignMessageId: string;
let foreignTaskId: string;
let taskId: string;
let channelTaskId: string;
let published: { id: string; slug: string };
let foreignDraft: { id: string; slug: string };

const links = (id: string) => `/api/documents/nodes/${id}/links`;
const linked = (kind: string, id: string) => `/api/documents/linked?targetKind=${kind}&targetId=${id}`;
const linkAs = (person: TestPerson | null, nodeId: string, targetKind: string, targetId: string) =>
  send(t, person, 'POST', links(nodeId), { targetKind, targetId });

beforeAll(async () => {
  t = await buildTestApp();
  w = await projectWorld(t);
  space = `/api/documents/spaces/workspace/${w.workspace.id}`;
  file = await uploaded(t, w.member, space, 'Leistungsverzeichnis.pdf', '%PDF-1.4 LV');
  other = await uploaded(t, w.member, space, 'Angebot.txt', 'Angebot');
  const channels = await ok<ChannelSummary[]>(t, w.owner, 'GET', `/api/workspaces/${w.workspace.id}/channels`);
  const general = channels.find((c) => c.isDefault)?.id as string;
  generalChannelId = general;
  messageId = (
    await post(t, w.owner, general, 'Das Leistungsverzeichnis für die Ausschreibung liegt bei den Dokumenten.')
  ).id;
  // A project on a closed channel: its tasks are for the workspace's members, not for the guest.
  const closed = await projectOnChannel(t, w, 'Vertraulich');
  channelTaskId = (await createdTask(t, w.owner, closed.project.id, { title: 'Vertrag prüfen' })).id;
  // Another organisation's workspace, with a message and a task nobody here sees.
  const foreign = await chatWorkspace(t);
  foreignMessageId = (await post(t, foreign.owner, foreign.defaultChannelId, 'Nur für uns')).id;
  const foreignProject = await createdProject(t, foreign.owner, foreign.workspaceId, { name: 'Intern' });
  foreignTaskId = (await createdTask(t, foreign.owner, foreignProject.id, { title: 'Intern' })).id;
  const project = await createdProject(t, w.owner, w.workspace.id, { name: 'Breitband' });
  taskId = (await createdTask(t, w.owner, project.id, { title: 'Ausschreibung vorbereiten' })).id;
  published = await saveRecord(t, { title: 'Gemeinsame Vergabestelle', partnerIds: [w.organisation.id] });
  foreignDraft = await saveRecord(t, { title: 'Fremder Entwurf', partnerIds: [w.otherOrganisation.id] }, 'draft');
});

describe('POST /api/documents/nodes/:id/links', () => {
  it('links a document to a message, a task and an atlas record; twice changes nothing', async () => {
    const first = await linkAs(w.member, file.id, 'message', messageId);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({
      targetKind: 'message',
      targetId: messageId,
      title: 'Das Leistungsverzeichnis für die Ausschreibung liegt bei den Dokumenten.',
      href: expect.stringMatching(new RegExp(`^/chat/[0-9a-f-]+\\?message=${messageId}$`)),
    });
    expect((await linkAs(w.member, file.id, 'message', messageId)).statusCode).toBe(200);
    const task = await linkAs(w.member, file.id, 'task', taskId);
    expect(task.statusCode, task.body).toBe(201);
    expect(task.json()).toMatchObject({
      title: 'Ausschreibung vorbereiten',
      href: expect.stringMatching(/^\/projects\/.+\/tasks\//),
    });
    const record = await linkAs(w.owner, file.id, 'cooperation', published.id);
    expect(record.json()).toMatchObject({ title: 'Gemeinsame Vergabestelle', href: `/atlas/${published.slug}` });
    expect((await linkAs(w.owner, file.id, 'task', channelTaskId)).statusCode).toBe(201);
  });

  it('signed out 401; a document the caller may not read 404; read only (a guest) 403', async () => {
    expect((await linkAs(null, other.id, 'message', messageId)).statusCode).toBe(401);
    expect((await linkAs(w.outsider, other.id, 'message', messageId)).statusCode).toBe(404);
    const guest = await linkAs(w.guest, other.id, 'message', messageId);
    expect(guest.statusCode).toBe(403);
    expect(guest.headers['content-type']).toContain('application/problem+json');
  });

  it('a target the caller may not see is 404, as one that does not exist', async () => {
    expect((await linkAs(w.member, other.id, 'message', foreignMessageId)).statusCode).toBe(404);
    expect((await linkAs(w.member, other.id, 'task', foreignTaskId)).statusCode).toBe(404);
    expect((await linkAs(w.member, other.id, 'cooperation', foreignDraft.id)).statusCode).toBe(404);
    expect((await linkAs(w.member, other.id, 'task', '0190f000-0000-7000-8000-000000000000')).statusCode).toBe(404);
    expect((await linkAs(w.member, other.id, 'task', messageId)).statusCode).toBe(404);
  });

  it('refuses bad input with 400 problems', async () => {
    for (const body of [
      { targetKind: 'folder', targetId: messageId },
      { targetKind: 'message', targetId: 'nicht-uuid' },
      { targetKind: 'message' },
      { targetKind: 'message', targetId: messageId, extra: 1 },
      { targetKind: 'message', targetId: `${messageId}\u0000` },
    ]) {
      const res = await send(t, w.member, 'POST', links(other.id), body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await linkAs(w.member, 'kein-dokument', 'message', messageId)).statusCode).toBe(400);
  });
});

describe('GET /api/documents/nodes/:id/links and GET /api/documents/linked', () => {
  it('lists the links whose targets the caller may see', async () => {
    const owner = await ok<{ links: { targetKind: string; title: string }[] }>(t, w.owner, 'GET', links(file.id));
    expect(owner.links.map((l) => l.title)).toEqual([
      'Das Leistungsverzeichnis für die Ausschreibung liegt bei den Dokumenten.',
      'Ausschreibung vorbereiten',
      'Gemeinsame Vergabestelle',
      'Vertrag prüfen',
    ]);
    // The guest reads the workspace's documents, but not the closed channel's project, so not its task.
    const guest = await ok<{ links: { title: string }[] }>(t, w.guest, 'GET', links(file.id));
    expect(guest.links.map((l) => l.title)).not.toContain('Vertrag prüfen');
    expect(guest.links.map((l) => l.title)).toContain('Gemeinsame Vergabestelle');
    // The file's page shows the same, for each reader.
    const page = await ok<{ links: { title: string }[] }>(t, w.guest, 'GET', `/api/documents/nodes/${file.id}`);
    expect(page.links.map((l) => l.title)).toEqual(guest.links.map((l) => l.title));
    expect((await send(t, null, 'GET', links(file.id))).statusCode).toBe(401);
    expect((await send(t, w.outsider, 'GET', links(file.id))).statusCode).toBe(404);
  });

  it('lists the documents linked from a target the caller sees, in spaces they may read', async () => {
    const found = await ok<{ items: { item: DocumentItem; space: { kind: string; id: string } }[] }>(
      t,
      w.member,
      'GET',
      linked('task', taskId),
    );
    expect(found.items.map((i) => i.item.name)).toEqual(['Leistungsverzeichnis.pdf']);
    expect(found.items[0]?.space).toMatchObject({ kind: 'workspace', id: w.workspace.id });
    // A published record is seen by everyone signed in; its documents only by those who read their space.
    const outsider = await ok<{ items: unknown[] }>(t, w.outsider, 'GET', linked('cooperation', published.id));
    expect(outsider.items).toEqual([]);
    expect((await send(t, null, 'GET', linked('cooperation', published.id))).statusCode).toBe(401);
    expect((await send(t, w.member, 'GET', linked('task', foreignTaskId))).statusCode).toBe(404);
    expect((await send(t, w.guest, 'GET', linked('task', channelTaskId))).statusCode).toBe(404);
    expect((await ok<{ items: unknown[] }>(t, w.member, 'GET', linked('task', channelTaskId))).items).toHaveLength(1);
    expect((await send(t, w.member, 'GET', linked('cooperation', foreignDraft.id))).statusCode).toBe(404);
    expect((await send(t, w.member, 'GET', '/api/documents/linked?targetKind=task')).statusCode).toBe(400);
    expect(
      (await send(t, w.member, 'GET', `/api/documents/linked?targetKind=nope&targetId=${taskId}`)).statusCode,
    ).toBe(400);
  });

  it('leaves out a trashed document', async () => {
    const draft = await uploaded(t, w.member, space, 'Entwurf.txt', 'x');
    expect((await linkAs(w.member, draft.id, 'task', taskId)).statusCode).toBe(201);
    expect((await send(t, w.member, 'DELETE', `/api/documents/nodes/${draft.id}`)).statusCode).toBe(204);
    const found = await ok<{ items: { item: DocumentItem }[] }>(t, w.member, 'GET', linked('task', taskId));
    expect(found.items.map((i) => i.item.name)).toEqual(['Leistungsverzeichnis.pdf']);
  });
});

describe('GET /api/documents/linked/messages', () => {
  it('lists the documents under the messages of a channel the caller reads; 401, 404 and 400 otherwise', async () => {
    const url = `/api/documents/linked/messages?channelId=${generalChannelId}`;
    const found = await ok<{ messages: { messageId: string; documents: { name: string }[] }[] }>(
      t,
      w.member,
      'GET',
      url,
    );
    expect(found.messages).toEqual([{ messageId, documents: [{ id: file.id, name: 'Leistungsverzeichnis.pdf' }] }]);
    expect((await send(t, null, 'GET', url)).statusCode).toBe(401);
    expect((await send(t, w.outsider, 'GET', url)).statusCode).toBe(404);
    expect((await send(t, w.member, 'GET', '/api/documents/linked/messages?channelId=x')).statusCode).toBe(400);
  });
});

describe('DELETE /api/documents/nodes/:id/links/:targetKind/:targetId', () => {
  it('unlinks: signed out 401, outsider 404, guest 403, then 204 and 404 for a link that is gone', async () => {
    const url = `${links(file.id)}/cooperation/${published.id}`;
    expect((await send(t, null, 'DELETE', url)).statusCode).toBe(401);
    expect((await send(t, w.outsider, 'DELETE', url)).statusCode).toBe(404);
    expect((await send(t, w.guest, 'DELETE', url)).statusCode).toBe(403);
    expect((await send(t, w.member, 'DELETE', `${links(file.id)}/task/${foreignTaskId}`)).statusCode).toBe(404);
    expect((await send(t, w.member, 'DELETE', `${links(file.id)}/bogus/${published.id}`)).statusCode).toBe(400);
    expect((await send(t, w.member, 'DELETE', url)).statusCode).toBe(204);
    expect((await send(t, w.member, 'DELETE', url)).statusCode).toBe(404);
    const after = await ok<{ items: unknown[] }>(t, w.member, 'GET', linked('cooperation', published.id));
    expect(after.items).toEqual([]);
  });
});
