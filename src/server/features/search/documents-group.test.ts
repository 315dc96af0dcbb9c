import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createPerson, type TestPerson } from '../../test/factories.ts';
import { buildTestAppOnOwnDatabase } from '../../test/own-database.ts';
import type { TestApp } from '../../test/test-app.ts';
import { uniqueWord } from '../atlas/search/search-fixtures.ts';
import { type ChatWorkspace, chatWorkspace } from '../chat/chat-fixtures.ts';
import { davClient, spacePath } from '../documents/dav/dav-fixtures.ts';
import { docx, pdf } from '../documents/extract/extract-fixtures.ts';
import { extracted, storeDocument, storeFolder, trash } from '../documents/extract/stored-document-fixture.ts';
import { workspaces } from '../workspaces/tables.ts';
import { group, searchAs, titles } from './search-fixtures.ts';

// The search over everything finds documents by name and extracted text, only in the spaces the
// person may read now, never in the trash; signed out it finds none.

let t: TestApp;
let w: ChatWorkspace;
let word: string;
let organisationId: string;
let stranger: TestPerson;

const q = (text: string, extra = '') => `q=${encodeURIComponent(text)}${extra}`;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

beforeAll(async () => {
  // A database of its own: on PostgreSQL every test file's job runner takes jobs from the shared
  // database, and another file's app would not find this file's bytes (each app has its own data folder).
  t = await buildTestAppOnOwnDatabase();
  w = await chatWorkspace(t);
  const lower = uniqueWord('akte');
  word = lower.charAt(0).toUpperCase() + lower.slice(1);
  const workspace = { kind: 'workspace' as const, id: w.workspaceId };
  // The organisation of the owner and the member: the workspace's owner organisation.
  const [owner] = await t.deps.db
    .select({ id: workspaces.ownerOrganisationId })
    .from(workspaces)
    .where(eq(workspaces.id, w.workspaceId));
  organisationId = owner?.id as string;
  stranger = await createPerson(t);

  const versions = [
    await storeDocument(t, workspace, {
      name: 'Sitzungsprotokoll.docx',
      bytes: docx([`Der Rat beschließt die Sanierung der ${word}häuser im Ortsteil.`]),
      mediaType: DOCX,
    }),
    await storeDocument(t, workspace, {
      name: `${word}_Lageplan-2026.png`,
      bytes: new Uint8Array([1, 2, 3]),
      mediaType: 'image/png',
    }),
    await storeDocument(
      t,
      { kind: 'organisation', id: organisationId },
      {
        name: 'Dienstanweisung.pdf',
        bytes: pdf([`Interne ${word}regeln der Verwaltung`]),
        mediaType: 'application/pdf',
      },
    ),
    await storeDocument(t, workspace, {
      name: `Papierkorb ${word}.txt`,
      bytes: new TextEncoder().encode('weg'),
      mediaType: 'text/plain',
    }),
  ];
  const folder = await storeFolder(t, workspace, 'Altes');
  const inner = await storeFolder(t, workspace, 'Archiv', folder);
  versions.push(
    await storeDocument(t, workspace, {
      name: 'Vergraben.txt',
      bytes: new TextEncoder().encode(`${word} im Ordner unter dem Papierkorb`),
      mediaType: 'text/plain',
      parentId: inner,
    }),
  );
  await Promise.all(versions.map((version) => extracted(t, version.versionId)));
  await trash(t, versions[3]?.nodeId as string);
  await trash(t, folder);
});

describe('GET /api/search: documents', () => {
  it('finds files by their text in German forms and by name, with the space, highlighted name and snippet', async () => {
    const result = await searchAs(t, w.member, q(`${word}haus`));
    const documents = group(result, 'documents');
    expect(documents?.total).toBe(1);
    expect(documents?.hits[0]).toMatchObject({
      title: 'Sitzungsprotokoll.docx',
      href: `/documents/files/${documents?.hits[0]?.id}`,
      titleHtml: 'Sitzungsprotokoll.docx',
    });
    expect(documents?.hits[0]?.snippetHtml).toContain(`<mark>${word}häuser</mark>`);
    expect(documents?.hits[0]?.names?.[0]).toMatch(/^Arbeitsraum /);
    expect(documents?.showAllHref).toBe(`/search?q=${word}haus&group=documents`);

    const byName = await searchAs(t, w.member, q(`${word} Lageplan`));
    expect(titles(byName, 'documents')).toEqual([`${word}_Lageplan-2026.png`]);
    expect(group(byName, 'documents')?.hits[0]?.titleHtml).toBe(`<mark>${word}</mark>_<mark>Lageplan</mark>-2026.png`);
  });

  it('finds the organisation’s files for its members, the workspace’s for its guest, never trashed ones or those in a trashed folder', async () => {
    expect(titles(await searchAs(t, w.owner, q(word)), 'documents').sort()).toEqual(
      ['Dienstanweisung.pdf', 'Sitzungsprotokoll.docx', `${word}_Lageplan-2026.png`].sort(),
    );
    // The guest belongs to another organisation: the workspace's files, not the organisation's.
    expect(titles(await searchAs(t, w.guest, q(word)), 'documents').sort()).toEqual(
      ['Sitzungsprotokoll.docx', `${word}_Lageplan-2026.png`].sort(),
    );
  });

  it('finds nothing for a person of another organisation, nor for one of no organisation', async () => {
    for (const person of [w.outsider, stranger]) {
      const result = await searchAs(t, person, q(word));
      expect(group(result, 'documents')).toMatchObject({ total: 0, hits: [] });
      expect(JSON.stringify(result)).not.toContain('Sitzungsprotokoll');
    }
  });

  it('signed out: no documents group, named among those that need a sign-in', async () => {
    const result = await searchAs(t, null, q(word));
    expect(group(result, 'documents')).toBeUndefined();
    expect(result.signInFor).toContain('documents');
    const alone = await searchAs(t, null, q(word, '&group=documents'));
    expect(alone.groups).toEqual([]);
    expect(alone.signInFor).toEqual(['documents']);
  });

  it('finds a file uploaded through the API by its text once the job extracted it', async () => {
    const other = uniqueWord('beleg');
    const res = await t.request({
      method: 'POST',
      url: `/api/documents/spaces/workspace/${w.workspaceId}/files?name=Vermerk.docx`,
      cookie: w.member.cookie,
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from(docx([`Vermerk zur ${other}prüfung`])),
    });
    expect(res.statusCode, res.body).toBe(201);
    // The upload's answer woke the job runner: the text is there well before the runner's next look.
    // On PostgreSQL every test file's runner takes jobs from the one shared queue, one at a time, so on a
    // busy machine the extraction may wait behind other files' long jobs: up to a lease (60 s) and more.
    const deadline = Date.now() + 70_000;
    let found: string[] = [];
    while (found.length === 0 && Date.now() < deadline) {
      found = titles(await searchAs(t, w.guest, q(`${other}prüfung`)), 'documents');
      if (found.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(found).toEqual(['Vermerk.docx']);
    // A copy is found by its text too, under its own name.
    const copy = await t.request({
      method: 'POST',
      url: `/api/documents/nodes/${res.json().id}/copy`,
      cookie: w.member.cookie,
      payload: { parentId: null, name: 'Vermerk Kopie.docx' },
    });
    expect(copy.statusCode, copy.body).toBe(201);
    const until = Date.now() + 70_000;
    do {
      found = titles(await searchAs(t, w.guest, q(`${other}prüfung`)), 'documents');
      if (found.length < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    } while (found.length < 2 && Date.now() < until);
    expect(found.sort()).toEqual(['Vermerk Kopie.docx', 'Vermerk.docx']);
  }, 160_000);

  it('finds a file saved through WebDAV by its text within seconds (the save wakes the job runner)', async () => {
    const other = uniqueWord('notiz');
    const workspace = await t.request({
      method: 'GET',
      url: `/api/workspaces/${w.workspaceId}`,
      cookie: w.member.cookie,
    });
    const dav = await davClient(t, w.member);
    const folder = spacePath(`Arbeitsraum – ${workspace.json().workspace.name}`);
    const wake = vi.spyOn(t.app.jobs, 'wake');
    const put = await dav.send('PUT', `${folder}/Notiz.txt`, { body: `Notiz zur ${other}planung` });
    expect(put.statusCode, put.body).toBe(201);
    await vi.waitFor(() => expect(wake).toHaveBeenCalled());
    wake.mockRestore();
    const started = Date.now();
    let found: string[] = [];
    while (found.length === 0 && Date.now() - started < 8_000) {
      found = titles(await searchAs(t, w.guest, q(`${other}planung`)), 'documents');
      if (found.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Well before the runner's next look (10 s) on its own.
    expect(found).toEqual(['Notiz.txt']);
  }, 60_000);

  it('shows the group alone behind its "show all", up to the limit', async () => {
    const result = await searchAs(t, w.owner, q(word, '&group=documents&limit=1'));
    expect(result.groups.map((g) => g.kind)).toEqual(['documents']);
    expect(group(result, 'documents')).toMatchObject({ total: 3, capped: false });
    expect(group(result, 'documents')?.hits).toHaveLength(1);
  });
});
