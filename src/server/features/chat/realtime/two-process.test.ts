import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ChannelSummary, ChatMessage } from '../../../../shared/contracts/chat.ts';
import { type Database, openDatabase } from '../../../platform/db/client.ts';
import { openSocket, type TestSocket, type WireMessage } from '../../../platform/events/ws-test-client.ts';
import { createOrganisation, createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import { createScratchDatabase, type ScratchDatabase } from '../../../test/scratch-database.ts';
import {
  callProcess as api,
  PROCESS_PUBLIC_URL as PUBLIC_URL,
  type ServerProcess as Server,
  sleep,
  startServerProcess,
  stopServerProcess as stopServer,
} from '../../../test/server-process.ts';
import type { TestApp } from '../../../test/test-app.ts';

// Two real server processes on one PostgreSQL database and one Redis: what CI runs to show that the
// platform scales out. It needs both services, which the default (PGlite) test run does without, so
// it runs only when DATABASE_URL and REDIS_URL are set.
const enabled = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);

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
    // (A copy of the run's prepared database: migrated, directory loaded.)
    scratch = await createScratchDatabase(
      process.env.DATABASE_URL as string,
      `allmende_2p_${unique('db').replace(/-/g, '_')}`,
      inject('databaseTemplate'),
    );
    database = await openDatabase({ databaseUrl: scratch.url, maxConnections: 2 });
    // A channel of its own too: events of the other test files' platforms must not reach these processes.
    const channel = `allmende:2p:${unique('c')}`;
    [one, two] = await Promise.all([
      startServerProcess({ DATABASE_URL: scratch.url, REDIS_URL: process.env.REDIS_URL, REDIS_CHANNEL: channel }),
      startServerProcess({ DATABASE_URL: scratch.url, REDIS_URL: process.env.REDIS_URL, REDIS_CHANNEL: channel }),
    ]);
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

    // Signing out through process two closes the session's socket on process one within a second.
    const signedOut = await fetch(`${two.base}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: colleague.cookie, origin: PUBLIC_URL },
    });
    expect(signedOut.status).toBe(204);
    expect(await Promise.race([again.closed, sleep(1000).then(() => 'open')])).toBe(4401);
  }, 120_000);
});
