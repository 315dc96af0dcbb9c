import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DocumentItem, FolderListing } from '../../../shared/contracts/documents.ts';
import { openDatabase, pgliteDirOf } from '../../platform/db/client.ts';
import { createOrganisation, createPerson, type TestPerson, unique } from '../../test/factories.ts';
import { createScratchDatabase, type ScratchDatabase } from '../../test/scratch-database.ts';
import {
  callProcess as api,
  PROCESS_PUBLIC_URL,
  type ServerProcess,
  sleep,
  startServerProcess,
  stopServerProcess,
} from '../../test/server-process.ts';
import { pgliteSnapshot, type TestApp } from '../../test/test-app.ts';

// A real server process killed with SIGKILL while it moves files, then started again on the same
// data: every file is in exactly one place with its bytes. And an upload cut off midway leaves nothing.

const dataDir = mkdtempSync(join(tmpdir(), 'allmende-docs-crash-'));
let scratch: ScratchDatabase | undefined;
let env: { DATABASE_URL: string; DATA_DIR: string };
let owner: TestPerson;
let server: ServerProcess | undefined;

beforeAll(async () => {
  const databaseUrl = inject('databaseUrl');
  if (databaseUrl) {
    scratch = await createScratchDatabase(
      databaseUrl,
      `allmende_crash_${unique('db').replace(/-/g, '_')}`,
      inject('databaseTemplate'),
    );
  }
  // People are written into the database before the process opens it (PGlite: one process at a time).
  const database = scratch
    ? await openDatabase({ databaseUrl: scratch.url, maxConnections: 2 })
    : await openDatabase({
        pgliteDir: pgliteDirOf(dataDir),
        pgliteSnapshot: await pgliteSnapshot(inject('pgliteSnapshot') as string),
      });
  const t = { deps: { db: database.db } } as unknown as TestApp;
  owner = await createPerson(t, { organisation: await createOrganisation(t) });
  await database.close();
  env = { DATABASE_URL: scratch?.url ?? '', DATA_DIR: dataDir };
  server = await startServerProcess(env);
}, 180_000);

afterAll(async () => {
  await stopServerProcess(server);
  await scratch?.drop();
  await rm(dataDir, { recursive: true, force: true });
}, 60_000);

async function upload(space: string, name: string, body: string, parent: string) {
  const res = await fetch(`${server?.base}${space}/files?name=${encodeURIComponent(name)}&parent=${parent}`, {
    method: 'POST',
    headers: { cookie: owner.cookie, origin: PROCESS_PUBLIC_URL, 'content-type': 'application/octet-stream' },
    body,
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as DocumentItem;
}

describe('documents through a crash', () => {
  it('loses no file when the process is killed in the middle of moving them', async () => {
    const s = server as ServerProcess;
    const organisation = await api<{ organisation: { id: string } }>(s, owner, 'GET', '/api/me');
    const workspace = await api<{ id: string }>(s, owner, 'POST', '/api/workspaces', {
      name: `Absturz ${unique('w')}`,
      ownerOrganisationId: organisation.organisation.id,
      visibility: 'members',
    });
    const space = `/api/documents/spaces/workspace/${workspace.id}`;
    const from = await api<DocumentItem>(s, owner, 'POST', `${space}/folders`, { name: 'Eingang' });
    const to = await api<DocumentItem>(s, owner, 'POST', `${space}/folders`, { name: 'Ablage' });
    const files: DocumentItem[] = [];
    for (let n = 0; n < 30; n += 1) files.push(await upload(space, `Akte ${n}.txt`, `Inhalt ${n}`, from.id));

    const moves = files.map((file) =>
      fetch(`${s.base}/api/documents/nodes/${file.id}`, {
        method: 'PATCH',
        headers: { cookie: owner.cookie, origin: PROCESS_PUBLIC_URL, 'content-type': 'application/json' },
        body: JSON.stringify({ parentId: to.id }),
      }).catch(() => null),
    );
    await sleep(40);
    s.child.kill('SIGKILL');
    await Promise.all(moves);
    await new Promise((resolve) =>
      s.child.exitCode !== null || s.child.signalCode ? resolve(null) : s.child.once('exit', resolve),
    );

    server = await startServerProcess(env);
    const listed = async (folder: string) =>
      (await api<FolderListing>(server as ServerProcess, owner, 'GET', `${space}/items?folder=${folder}`)).items;
    const inFrom = await listed(from.id);
    const inTo = await listed(to.id);
    expect(inFrom.length + inTo.length).toBe(30);
    const ids = new Set([...inFrom, ...inTo].map((item) => item.id));
    expect(ids.size).toBe(30);
    for (const [n, file] of files.entries()) {
      expect(ids.has(file.id)).toBe(true);
      const res = await fetch(`${(server as ServerProcess).base}/api/documents/nodes/${file.id}/content`, {
        headers: { cookie: owner.cookie },
      });
      expect(await res.text()).toBe(`Inhalt ${n}`);
    }
  }, 180_000);

  it('shows nothing of an upload whose connection broke off midway', async () => {
    const s = server as ServerProcess;
    const organisation = await api<{ organisation: { id: string } }>(s, owner, 'GET', '/api/me');
    const workspace = await api<{ id: string }>(s, owner, 'POST', '/api/workspaces', {
      name: `Abbruch ${unique('w')}`,
      ownerOrganisationId: organisation.organisation.id,
      visibility: 'members',
    });
    const space = `/api/documents/spaces/workspace/${workspace.id}`;
    const url = new URL(`${s.base}${space}/files?name=halb.bin`);
    await new Promise<void>((resolve) => {
      const req = request(url, {
        method: 'POST',
        headers: {
          cookie: owner.cookie,
          origin: PROCESS_PUBLIC_URL,
          'content-type': 'application/octet-stream',
          'content-length': String(4 * 1024 * 1024),
        },
      });
      req.on('error', () => resolve());
      req.on('close', () => resolve());
      req.write(Buffer.alloc(1024 * 1024, 1), () => setTimeout(() => req.destroy(), 200));
    });
    await sleep(300);
    const listing = await api<FolderListing>(s, owner, 'GET', `${space}/items`);
    expect(listing.items).toEqual([]);
    expect(listing.space.usage.usedBytes).toBe(0);
  }, 60_000);
});
