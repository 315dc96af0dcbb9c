import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDetail, DocumentItem, FolderListing } from '../../../shared/contracts/documents.ts';
import { auditLog } from '../../platform/audit/tables.ts';
import { createPerson } from '../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../test/test-app.ts';
import { call, ok } from '../chat/chat-fixtures.ts';
import { type DocumentWorld, documentWorld, sendBytes, uploaded } from './document-fixtures.ts';

let t: TestApp;
let w: DocumentWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await documentWorld(t);
});

const auditedFor = async (subjectId: string) =>
  (await t.deps.db.select().from(auditLog).where(eq(auditLog.subjectId, subjectId))).map((row) => row.action);

const names = (listing: FolderListing) => listing.items.map((item) => item.name);

describe('folders and files of a workspace', () => {
  it('creates folders, uploads files into them and lists folders first, with the path', async () => {
    const folder = await ok<DocumentItem>(t, w.owner, 'POST', `${w.space}/folders`, { name: 'Protokolle' }, 201);
    await uploaded(t, w.member, w.space, 'Übersicht.md', '# Übersicht\n\nText');
    const file = await uploaded(
      t,
      w.member,
      w.space,
      'Sitzung 1.txt',
      'Tagesordnung',
      `&parent=${folder.id}&comment=Entwurf`,
    );
    expect(file).toMatchObject({ kind: 'file', size: 12, mediaType: 'text/plain', version: 1, parentId: folder.id });
    const top = await ok<FolderListing>(t, w.guest, 'GET', `${w.space}/items`);
    expect(names(top).slice(0, 2)).toEqual(['Protokolle', 'Übersicht.md']);
    const inside = await ok<FolderListing>(t, w.guest, 'GET', `${w.space}/items?folder=${folder.id}`);
    expect(inside.path).toEqual([{ id: folder.id, name: 'Protokolle' }]);
    expect(names(inside)).toEqual(['Sitzung 1.txt']);
    expect(inside.space.rights).toEqual({ read: true, write: false, manage: false });
  });

  it('keeps the walls: signed out 401, an outsider 404, a guest reads but may not write (403)', async () => {
    const file = await uploaded(t, w.member, w.space, 'intern.txt', 'nur für uns');
    expect((await call(t, null, 'GET', `${w.space}/items`)).statusCode).toBe(401);
    expect(problemOf(await call(t, w.outsider, 'GET', `${w.space}/items`), 404).type).toBe('/problems/not-found');
    expect((await call(t, w.outsider, 'GET', `/api/documents/nodes/${file.id}`)).statusCode).toBe(404);
    expect((await call(t, w.outsider, 'GET', `/api/documents/nodes/${file.id}/content`)).statusCode).toBe(404);
    expect((await call(t, null, 'GET', `/api/documents/nodes/${file.id}/content`)).statusCode).toBe(401);
    expect((await call(t, w.guest, 'GET', `/api/documents/nodes/${file.id}/content`)).statusCode).toBe(200);
    expect((await sendBytes(t, w.guest, 'POST', `${w.space}/files?name=g.txt`, 'x')).statusCode).toBe(403);
    expect((await sendBytes(t, w.outsider, 'POST', `${w.space}/files?name=g.txt`, 'x')).statusCode).toBe(404);
    expect((await call(t, w.guest, 'DELETE', `/api/documents/nodes/${file.id}`)).statusCode).toBe(403);
    expect((await call(t, w.outsider, 'PATCH', `/api/documents/nodes/${file.id}`, { name: 'y.txt' })).statusCode).toBe(
      404,
    );
    const spaces = await ok<{ spaces: { kind: string; id: string }[] }>(t, w.outsider, 'GET', '/api/documents/spaces');
    expect(spaces.spaces.some((s) => s.id === w.workspaceId)).toBe(false);
  });

  it('refuses names no file system takes, each with a 400 saying why, and keeps nothing', async () => {
    for (const name of ['../etc/passwd', '..', 'CON', 'con.txt', 'a\\b', 'x:y', 'trailing.', 'ä'.repeat(128)]) {
      const res = await sendBytes(t, w.member, 'POST', `${w.space}/files?name=${encodeURIComponent(name)}`, 'x');
      expect(res.statusCode, `${name}: ${res.body}`).toBe(400);
    }
    const nul = await sendBytes(t, w.member, 'POST', `${w.space}/files?name=a%00b`, 'x');
    expect(nul.statusCode).toBe(400);
    // Direction controls are taken out of any text that enters (the platform's rule): "exe.txt" cannot pose as text.
    const bidi = await uploaded(t, w.member, w.space, 'evil\u202Etxt.exe', 'x');
    expect(bidi.name).toBe('eviltxt.exe');
    const folder = await call(t, w.member, 'POST', `${w.space}/folders`, { name: '%2e%2e/x' });
    expect(problemOf(folder, 400).type).toBe('/problems/document-name-invalid');
    const top = await ok<FolderListing>(t, w.member, 'GET', `${w.space}/items`);
    expect(names(top).some((n) => n.includes('passwd') || n.toLowerCase().startsWith('con'))).toBe(false);
  });

  it('answers a taken name (whatever its case) with 409 naming the file, and a new version goes there', async () => {
    const first = await uploaded(t, w.member, w.space, 'Haushalt.xlsx', 'v1');
    const taken = await sendBytes(t, w.owner, 'POST', `${w.space}/files?name=HAUSHALT.xlsx`, 'v2');
    expect(problemOf(taken, 409).type).toBe('/problems/document-exists');
    expect(taken.json().existingId).toBe(first.id);
    const second = await sendBytes(
      t,
      w.owner,
      'POST',
      `/api/documents/nodes/${first.id}/versions?comment=Zahlen%202027`,
      'v2!',
    );
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ version: 2, size: 3 });
    const detail = await ok<DocumentDetail>(t, w.guest, 'GET', `/api/documents/nodes/${first.id}`);
    expect(detail.versions.map((v) => [v.number, v.comment, v.current])).toEqual([
      [2, 'Zahlen 2027', true],
      [1, '', false],
    ]);
    const old = await call(
      t,
      w.guest,
      'GET',
      `/api/documents/nodes/${first.id}/content?version=${detail.versions[1]?.id}`,
    );
    expect(old.body).toBe('v1');
    const restored = await ok<DocumentItem>(
      t,
      w.member,
      'POST',
      `/api/documents/nodes/${first.id}/versions/${detail.versions[1]?.id}/restore`,
    );
    expect(restored.version).toBe(3);
    expect((await call(t, w.guest, 'GET', `/api/documents/nodes/${first.id}/content`)).body).toBe('v1');
  });
});

describe('locks', () => {
  it('lets others read a checked-out file but not change it; the owner or the workspace owner releases it', async () => {
    const file = await uploaded(t, w.member, w.space, 'Vertrag.docx', 'Entwurf');
    const locked = await ok<DocumentItem>(t, w.member, 'POST', `/api/documents/nodes/${file.id}/lock`, { minutes: 30 });
    expect(locked.lock).toMatchObject({ owner: { id: w.member.id }, via: 'web', mine: true });
    const seen = await ok<DocumentDetail>(t, w.owner, 'GET', `/api/documents/nodes/${file.id}`);
    expect(seen.item.lock).toMatchObject({ owner: { id: w.member.id }, mine: false });
    expect((await call(t, w.guest, 'GET', `/api/documents/nodes/${file.id}/content`)).statusCode).toBe(200);
    const refused = await sendBytes(t, w.owner, 'POST', `/api/documents/nodes/${file.id}/versions`, 'anders');
    expect(problemOf(refused, 423).type).toBe('/problems/document-locked');
    expect(refused.json().lockedBy).toBe(w.member.name);
    expect((await call(t, w.owner, 'PATCH', `/api/documents/nodes/${file.id}`, { name: 'x.docx' })).statusCode).toBe(
      423,
    );
    expect((await call(t, w.owner, 'DELETE', `/api/documents/nodes/${file.id}`)).statusCode).toBe(423);
    expect((await call(t, w.owner, 'POST', `/api/documents/nodes/${file.id}/lock`, {})).statusCode).toBe(423);
    // The holder writes through their own lock.
    expect(
      (await sendBytes(t, w.member, 'POST', `/api/documents/nodes/${file.id}/versions`, 'Fassung 2')).statusCode,
    ).toBe(201);
    // The workspace owner may end a colleague's lock; a guest may not.
    expect((await call(t, w.guest, 'DELETE', `/api/documents/nodes/${file.id}/lock`)).statusCode).toBe(403);
    const released = await ok<DocumentItem>(t, w.owner, 'DELETE', `/api/documents/nodes/${file.id}/lock`);
    expect(released.lock).toBeNull();
    expect(await auditedFor(file.id)).toEqual(['document.lock_broken']);
    expect(
      (await sendBytes(t, w.owner, 'POST', `/api/documents/nodes/${file.id}/versions`, 'Fassung 3')).statusCode,
    ).toBe(201);
  });
});

describe('trash', () => {
  it('trashes a folder with its content, restores it, and only a manager deletes for good', async () => {
    const folder = await ok<DocumentItem>(t, w.member, 'POST', `${w.space}/folders`, { name: 'Alt' }, 201);
    const file = await uploaded(t, w.member, w.space, 'alt.txt', 'alt', `&parent=${folder.id}`);
    expect((await call(t, w.member, 'DELETE', `/api/documents/nodes/${folder.id}`)).statusCode).toBe(204);
    expect(names(await ok<FolderListing>(t, w.member, 'GET', `${w.space}/items`))).not.toContain('Alt');
    expect((await call(t, w.member, 'GET', `/api/documents/nodes/${file.id}/content`)).statusCode).toBe(200);
    expect((await call(t, w.member, 'PATCH', `/api/documents/nodes/${file.id}`, { name: 'neu.txt' })).statusCode).toBe(
      404,
    );
    const trash = await ok<{ items: { item: DocumentItem; purgeAt: string }[] }>(t, w.guest, 'GET', `${w.space}/trash`);
    expect(trash.items.map((i) => i.item.name)).toContain('Alt');
    // A new folder takes the name meanwhile: the restored one gets a free name.
    await ok(t, w.member, 'POST', `${w.space}/folders`, { name: 'Alt' }, 201);
    const restored = await ok<DocumentItem>(t, w.member, 'POST', `/api/documents/nodes/${folder.id}/restore`);
    expect(restored.name).toBe('Alt (2)');
    expect(names(await ok<FolderListing>(t, w.member, 'GET', `${w.space}/items?folder=${folder.id}`))).toEqual([
      'alt.txt',
    ]);
    await call(t, w.member, 'DELETE', `/api/documents/nodes/${folder.id}`);
    expect((await call(t, w.member, 'DELETE', `/api/documents/nodes/${folder.id}/purge`)).statusCode).toBe(403);
    expect((await call(t, w.owner, 'DELETE', `/api/documents/nodes/${folder.id}/purge`)).statusCode).toBe(204);
    expect(await auditedFor(folder.id)).toEqual(['document.purged']);
    expect((await call(t, w.owner, 'GET', `/api/documents/nodes/${file.id}`)).statusCode).toBe(404);
  });
});

describe('approvals', () => {
  it('asks named people, is approved when all approve, and lapses with a new version', async () => {
    const file = await uploaded(t, w.member, w.space, 'Satzung.pdf', '%PDF-1.4 Satzung');
    const stranger = await call(t, w.member, 'POST', `/api/documents/nodes/${file.id}/approvals`, {
      reviewerIds: [w.outsider.id],
    });
    expect(stranger.statusCode).toBe(400);
    const asked = await ok<{ id: string; state: string }>(
      t,
      w.member,
      'POST',
      `/api/documents/nodes/${file.id}/approvals`,
      { reviewerIds: [w.owner.id, w.guest.id], message: 'Bitte prüfen' },
      201,
    );
    expect(asked.state).toBe('pending');
    expect(
      (await call(t, w.outsider, 'POST', `/api/documents/approvals/${asked.id}/decision`, { decision: 'approved' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call(t, w.member, 'POST', `/api/documents/approvals/${asked.id}/decision`, { decision: 'approved' }))
        .statusCode,
    ).toBe(403);
    const half = await ok<{ state: string }>(t, w.owner, 'POST', `/api/documents/approvals/${asked.id}/decision`, {
      decision: 'approved',
      comment: 'Passt',
    });
    expect(half.state).toBe('pending');
    const all = await ok<{ state: string }>(t, w.guest, 'POST', `/api/documents/approvals/${asked.id}/decision`, {
      decision: 'approved',
    });
    expect(all.state).toBe('approved');
    expect((await ok<DocumentDetail>(t, w.member, 'GET', `/api/documents/nodes/${file.id}`)).item.approval).toBe(
      'approved',
    );
    await sendBytes(
      t,
      w.member,
      'POST',
      `/api/documents/nodes/${file.id}/versions?comment=Tippfehler`,
      '%PDF-1.4 Satzung 2',
    );
    const after = await ok<DocumentDetail>(t, w.member, 'GET', `/api/documents/nodes/${file.id}`);
    expect(after.approvals[0]?.state).toBe('lapsed');
    expect(after.item.approval).toBe('lapsed');
    const closed = await call(t, w.owner, 'POST', `/api/documents/approvals/${asked.id}/decision`, {
      decision: 'rejected',
    });
    expect(problemOf(closed, 409).type).toBe('/problems/approval-closed');
  });
});

describe('content', () => {
  it('shows PDFs whose bytes are PDF inline, serves a disguised page as a download, renders Markdown safely', async () => {
    const pdf = await uploaded(t, w.member, w.space, 'plan.pdf', '%PDF-1.7 plan');
    const inline = await call(t, w.guest, 'GET', `/api/documents/nodes/${pdf.id}/content?inline=true`);
    expect(inline.headers['content-type']).toBe('application/pdf');
    expect(inline.headers['content-disposition']).toMatch(/^inline/);
    expect(inline.headers['x-content-type-options']).toBe('nosniff');
    const again = await t.request({
      method: 'GET',
      url: `/api/documents/nodes/${pdf.id}/content`,
      cookie: w.guest.cookie,
      headers: { 'if-none-match': String(inline.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    const fake = await uploaded(t, w.member, w.space, 'bild.png', '<html><script>alert(1)</script></html>');
    expect(fake.mediaType).toBe('application/octet-stream');
    const served = await call(t, w.guest, 'GET', `/api/documents/nodes/${fake.id}/content?inline=true`);
    expect(served.headers['content-disposition']).toMatch(/^attachment/);
    expect(served.headers['content-security-policy']).toContain('sandbox');
    const md = await uploaded(
      t,
      w.member,
      w.space,
      'liesmich.md',
      '# Titel\n\n<script>x</script> [a](javascript:alert(1))',
    );
    const preview = await ok<{ kind: string; html: string }>(
      t,
      w.guest,
      'GET',
      `/api/documents/nodes/${md.id}/preview`,
    );
    expect(preview.kind).toBe('markdown');
    expect(preview.html).toContain('<h1>Titel</h1>');
    expect(preview.html).not.toContain('<script');
    expect(preview.html).not.toMatch(/href="javascript/i);
  });
});

describe('resumable uploads', () => {
  it('takes chunks at the offset it names, refuses a wrong offset, and ends as a file', async () => {
    const bytes = Buffer.alloc(3_000, 7);
    const started = await ok<{ id: string; received: number }>(
      t,
      w.member,
      'POST',
      '/api/documents/uploads',
      { spaceKind: 'workspace', spaceId: w.workspaceId, name: 'gross.bin', size: bytes.length },
      201,
    );
    const chunk = (offset: number, part: Buffer) =>
      sendBytes(t, w.member, 'PATCH', `/api/documents/uploads/${started.id}?offset=${offset}`, part);
    expect((await chunk(0, bytes.subarray(0, 1_000))).json().received).toBe(1_000);
    const wrong = await chunk(0, bytes.subarray(0, 1_000));
    expect(problemOf(wrong, 409).type).toBe('/problems/upload-offset-mismatch');
    expect(wrong.json().received).toBe(1_000);
    expect((await call(t, w.owner, 'GET', `/api/documents/uploads/${started.id}`)).statusCode).toBe(404);
    const early = await sendBytes(t, w.member, 'POST', `${w.space}/files?name=gross.bin&upload=${started.id}`, '');
    expect(problemOf(early, 409).type).toBe('/problems/upload-incomplete');
    expect((await chunk(1_000, bytes.subarray(1_000))).json().received).toBe(3_000);
    const file = await sendBytes(t, w.member, 'POST', `${w.space}/files?name=gross.bin&upload=${started.id}`, '');
    expect(file.statusCode, file.body).toBe(201);
    const content = await call(t, w.member, 'GET', `/api/documents/nodes/${file.json().id}/content`);
    expect(content.rawPayload.equals(bytes)).toBe(true);
    expect((await call(t, w.member, 'GET', `/api/documents/uploads/${started.id}`)).statusCode).toBe(404);
  });

  it('keeps a space within its quota', async () => {
    const admin = await createPerson(t, { platformAdmin: true });
    const set = await call(t, admin, 'PUT', `${w.space}/quota`, { bytes: 1 });
    expect(set.statusCode, set.body).toBe(200);
    const refused = await sendBytes(t, w.member, 'POST', `${w.space}/files?name=voll.txt`, 'zu viel');
    expect(problemOf(refused, 413).type).toBe('/problems/quota-exceeded');
    // To everyone but platform admins the setting does not exist.
    expect((await call(t, w.member, 'PUT', `${w.space}/quota`, { bytes: null })).statusCode).toBe(404);
    await call(t, admin, 'PUT', `${w.space}/quota`, { bytes: null });
  });
});
