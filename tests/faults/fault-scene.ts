import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/server/platform/db/client.ts';
import { openSocket, type TestSocket } from '../../src/server/platform/events/ws-test-client.ts';
import { createOrganisation, createPerson, type TestPerson, unique } from '../../src/server/test/factories.ts';
import { createScratchDatabase, type ScratchDatabase } from '../../src/server/test/scratch-database.ts';
import {
  callProcess,
  PROCESS_PUBLIC_URL,
  type ServerProcess,
  sleep,
  startServerProcess,
} from '../../src/server/test/server-process.ts';
import type { TestApp } from '../../src/server/test/test-app.ts';
import type { ChannelSummary, ChatMessage } from '../../src/shared/contracts/chat.ts';

/**
 * The fault suite needs two server processes on one PostgreSQL and one Redis; the default run (PGlite,
 * no services) cannot have them, so it runs where CI's PostgreSQL pass sets both URLs.
 */
export const faultsEnabled = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);

/**
 * A database of its own (a copy of the run's prepared one: migrated, directory loaded), and a Redis
 * channel of its own: no other test's events reach it.
 */
export async function isolatedPlatform(name: string) {
  const scratch: ScratchDatabase = await createScratchDatabase(
    process.env.DATABASE_URL as string,
    `allmende_fault_${name}_${unique('db').replace(/-/g, '_')}`,
    inject('databaseTemplate'),
  );
  const database: Database = await openDatabase({ databaseUrl: scratch.url, maxConnections: 2 });
  const redisChannel = `allmende:fault:${name}:${unique('c')}`;
  return {
    scratch,
    database,
    redisChannel,
    /** The environment of a server process of this platform; `overrides` reroute it (through a proxy). */
    env(overrides: { DATABASE_URL?: string; REDIS_URL?: string } = {}) {
      return {
        DATABASE_URL: scratch.url,
        REDIS_URL: process.env.REDIS_URL,
        REDIS_CHANNEL: redisChannel,
        ...overrides,
      };
    },
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}

export interface ChannelScene {
  owner: TestPerson;
  members: TestPerson[];
  outsider: TestPerson;
  workspaceId: string;
  channelId: string;
}

/** A workspace with its default channel, the owner and `memberCount` members of one organisation, and an outsider. */
export async function channelScene(db: Database, server: ServerProcess, memberCount: number): Promise<ChannelScene> {
  // The factories only write rows; the people's sessions work on every process.
  const t = { deps: { db: db.db } } as unknown as TestApp;
  const organisation = await createOrganisation(t);
  const owner = await createPerson(t, { organisation });
  const members: TestPerson[] = [];
  for (let i = 0; i < memberCount; i += 1) members.push(await createPerson(t, { organisation }));
  const outsider = await createPerson(t, { organisation: await createOrganisation(t) });
  const workspace = await callProcess<{ id: string }>(server, owner, 'POST', '/api/workspaces', {
    name: `Störfall ${unique('w')}`,
    ownerOrganisationId: organisation.id,
    visibility: 'members',
  });
  for (const member of members) {
    await callProcess(server, owner, 'POST', `/api/workspaces/${workspace.id}/members`, {
      personId: member.id,
      role: 'member',
    });
  }
  const channels = await callProcess<ChannelSummary[]>(
    server,
    owner,
    'GET',
    `/api/workspaces/${workspace.id}/channels`,
  );
  const general = channels.find((c) => c.isDefault) as ChannelSummary;
  return { owner, members, outsider, workspaceId: workspace.id, channelId: general.id };
}

/** A reader's socket and what it was sent of one channel: message ID → how many times. */
export interface Reader {
  socket: TestSocket;
  counts: Map<string, number>;
}

export async function connectReader(server: ServerProcess, person: TestPerson, channelId: string): Promise<Reader> {
  const socket = await openSocket(server.base, { cookie: person.cookie, origin: PROCESS_PUBLIC_URL });
  const counts = new Map<string, number>();
  const seen = socket.messages;
  let read = 0;
  // The test socket keeps every message; count the channel's new messages as they come.
  const timer = setInterval(() => {
    for (; read < seen.length; read += 1) {
      const m = seen[read];
      if (m?.type !== 'message.created' || m.channelId !== channelId) continue;
      const id = (m.message as ChatMessage).id;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }, 20);
  socket.closed.finally(() => setTimeout(() => clearInterval(timer), 100));
  return { socket, counts };
}

export interface PostLog {
  /** Messages answered with 201, in order, with when the post was sent and when the answer came. */
  acknowledged: Array<{ id: string; sentAt: number; at: number }>;
  /** Answers other than 201 by status (0: no answer: refused, reset or timed out). */
  failures: Map<number, number>;
}

/**
 * Posts to the channel one message after another through the given processes in turn, every `everyMs`,
 * until `stop()` says so. A post that fails is not retried: what counts is what was acknowledged.
 */
export async function postUntil(
  targets: ServerProcess[],
  person: TestPerson,
  channelId: string,
  stop: () => boolean,
  everyMs = 40,
  /** Pass a log to watch it while posting goes on. */
  log: PostLog = { acknowledged: [], failures: new Map() },
): Promise<PostLog> {
  for (let n = 0; !stop(); n += 1) {
    const server = targets[n % targets.length] as ServerProcess;
    const sentAt = Date.now();
    const status = await fetch(`${server.base}/api/channels/${channelId}/messages`, {
      method: 'POST',
      headers: { cookie: person.cookie, origin: PROCESS_PUBLIC_URL, 'content-type': 'application/json' },
      body: JSON.stringify({ text: `Nachricht ${n}` }),
      signal: AbortSignal.timeout(10_000),
    }).then(
      async (res) => {
        if (res.status === 201)
          log.acknowledged.push({ id: ((await res.json()) as ChatMessage).id, sentAt, at: Date.now() });
        else await res.arrayBuffer();
        return res.status;
      },
      () => 0,
    );
    if (status !== 201) log.failures.set(status, (log.failures.get(status) ?? 0) + 1);
    await sleep(everyMs);
  }
  return log;
}

/** Waits until every reader was sent every acknowledged message (or the deadline passes). */
export async function untilDelivered(readers: Reader[], ids: string[], timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (readers.every((r) => ids.every((id) => r.counts.has(id)))) break;
    await sleep(100);
  }
  // Duplicates arriving late would show here.
  await sleep(500);
}

/** What a reader missed of the acknowledged messages and what it was sent more than once. */
export function deliveryReport(reader: Reader, ids: string[]) {
  return {
    missed: ids.filter((id) => !reader.counts.has(id)),
    duplicated: [...reader.counts].filter(([, count]) => count > 1).map(([id]) => id),
  };
}

export { sleep, startServerProcess };
