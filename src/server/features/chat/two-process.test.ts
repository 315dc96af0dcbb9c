import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelSummary, ChatMessage } from '../../../shared/contracts/chat.ts';
import { type Database, openDatabase } from '../../platform/db/client.ts';
import { openSocket, type TestSocket, type WireMessage } from '../../platform/events/ws-test-client.ts';
import { prepareDatabase } from '../../prepare-database.ts';
import { createOrganisation, createPerson, type TestPerson, unique } from '../../test/factories.ts';
import { createScratchDatabase, type ScratchDatabase } from '../../test/scratch-database.ts';
import type { TestApp } from '../../test/test-app.ts';

// Two real server processes on one PostgreSQL database and one Redis: what CI runs to show that the
// platform scales out. It needs both services, which the default (PGlite) test run does without, so
// it runs only when DATABASE_URL and REDIS_URL are set.
const enabled = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);

const PUBLIC_URL = 'http://localhost:3999';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Server {
  base: string;
  child: ChildProcess;
  output: string[];
}

/** `node --import tsx src/server/main.ts` on its own port and data folder, the same database and Redis. */
async function startServer(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'allmende-2p-'));
  const webDist = join(dataDir, 'web');
  mkdirSync(webDist);
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Allmende</title>');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      WEB_DIST: webDist,
      PUBLIC_URL,
      DATABASE_URL: databaseUrl,
      REDIS_URL: process.env.REDIS_URL,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (d) => output.push(String(d)));
  child.stderr?.on('data', (d) => output.push(String(d)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output.join('')}`);
    const ready = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { base, child, output };
    if (Date.now() > deadline) throw new Error(`server not ready: ${output.join('')}`);
    await sleep(250);
  }
}

async function stopServer(server: Server | undefined) {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
}

async function api<T>(server: Server, person: TestPerson, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.base}${path}`, {
    method,
    headers: {
      cookie: person.cookie,
      origin: PUBLIC_URL,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

const created = (text: string) => (m: WireMessage) =>
  m.type === 'message.created' && (m.message as { text?: string } | undefined)?.text === text;

describe.skipIf(!enabled)('two server processes on PostgreSQL and Redis', () => {
  let scratch: ScratchDatabase;
  let database: Database;
  let one: Server;
  let two: Server;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    // A database of its own: the other test files' publishers (on another bus channel) must not claim these events.
    scratch = await createScratchDatabase(
      process.env.DATABASE_URL as string,
      `allmende_2p_${unique('db').replace(/-/g, '_')}`,
    );
    database = await openDatabase({ databaseUrl: scratch.url, maxConnections: 2 });
    await prepareDatabase(database);
    [one, two] = await Promise.all([startServer(scratch.url), startServer(scratch.url)]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.close()));
    await Promise.all([stopServer(one), stopServer(two)]);
    await database?.close();
    await scratch?.drop();
  }, 60_000);

  async function connect(server: Server, person: TestPerson) {
    const socket = await openSocket(server.base, { cookie: person.cookie, origin: PUBLIC_URL });
    sockets.push(socket);
    return socket;
  }

  it('delivers a message posted through one process to a socket on the other, and stops after removal', async () => {
    // The factories only write rows; the people's sessions work on both processes.
    const t = { deps: { db: database.db } } as unknown as TestApp;
    const organisation = await createOrganisation(t);
    const owner = await createPerson(t, { organisation });
    const colleague = await createPerson(t, { organisation });
    const workspace = await api<{ id: string }>(one, owner, 'POST', '/api/workspaces', {
      name: `Zwei Prozesse ${unique('w')}`,
      ownerOrganisationId: organisation.id,
      visibility: 'members',
    });
    await api(one, owner, 'POST', `/api/workspaces/${workspace.id}/members`, {
      personId: colleague.id,
      role: 'member',
    });
    const channels = await api<ChannelSummary[]>(two, colleague, 'GET', `/api/workspaces/${workspace.id}/channels`);
    const general = channels.find((c) => c.isDefault) as ChannelSummary;

    const onTwo = await connect(two, colleague);
    const onOne = await connect(one, owner);
    const message = await api<ChatMessage>(one, owner, 'POST', `/api/channels/${general.id}/messages`, {
      text: 'Über Redis',
    });
    const received = await onTwo.next(created('Über Redis'), 10_000);
    expect(received).toMatchObject({ type: 'message.created', channelId: general.id, message });

    // Presence is shared between the processes: the owner on one sees the colleague on two online.
    onOne.send({ type: 'presence', status: 'online' });
    await onOne.next((m) => m.type === 'presence' && JSON.stringify(m.statuses).includes(colleague.id), 10_000);

    // Typing travels between the processes too, without the outbox.
    onTwo.send({ type: 'typing', channelId: general.id });
    expect(await onOne.next((m) => m.type === 'typing', 10_000)).toMatchObject({ personId: colleague.id });

    // Removed through process one, the colleague's socket on process two stops receiving the channel.
    const closed = await api<ChannelSummary>(one, owner, 'POST', `/api/workspaces/${workspace.id}/channels`, {
      name: `geschlossen-${unique('c')}`,
      closed: true,
    });
    await api(one, owner, 'POST', `/api/channels/${closed.id}/members`, { personId: colleague.id });
    await api(one, owner, 'POST', `/api/channels/${closed.id}/messages`, { text: 'Noch dabei' });
    await onTwo.next(created('Noch dabei'), 10_000);
    await api(one, owner, 'DELETE', `/api/channels/${closed.id}/members/${colleague.id}`);
    await api(one, owner, 'POST', `/api/channels/${closed.id}/messages`, { text: 'Nicht mehr dabei' });
    const marker = await api<ChatMessage>(one, owner, 'POST', `/api/channels/${general.id}/messages`, {
      text: 'Marke',
    });
    await onTwo.next(created('Marke'), 10_000);
    await sleep(300);
    expect(onTwo.messages.some(created('Nicht mehr dabei'))).toBe(false);

    // Reconnecting to the other process, the colleague gets what they missed.
    await onTwo.close();
    await api(two, owner, 'POST', `/api/channels/${general.id}/messages`, { text: 'Verpasst' });
    const again = await connect(one, colleague);
    const last = onTwo.messages.find(created('Marke'));
    again.send({ type: 'resume', after: last?.position });
    await again.next(created('Verpasst'), 10_000);
    expect(again.messages.some(created('Marke'))).toBe(false);
    expect(marker.seq).toBeGreaterThan(message.seq);
  }, 120_000);
});
