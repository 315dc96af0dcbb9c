import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPerson } from '../../src/server/test/factories.ts';
import { callProcess, type ServerProcess, stopServerProcess } from '../../src/server/test/server-process.ts';
import {
  type ChannelScene,
  channelScene,
  connectReader,
  deliveryReport,
  faultsEnabled,
  isolatedPlatform,
  postUntil,
  sleep,
  startServerProcess,
  untilDelivered,
} from './fault-scene.ts';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.ts';

const OUTAGE_MS = 6000;

// Skipped in the default run (PGlite, no services): it needs PostgreSQL and Redis (see faultsEnabled).
describe.skipIf(!faultsEnabled)('Redis cut for a few seconds and restored, two processes', () => {
  let platform: Awaited<ReturnType<typeof isolatedPlatform>>;
  let proxies: TcpProxy[] = [];
  let one: ServerProcess;
  let two: ServerProcess;
  let scene: ChannelScene;

  beforeAll(async () => {
    platform = await isolatedPlatform('redis');
    const redis = new URL(process.env.REDIS_URL as string);
    proxies = await Promise.all([1, 2].map(() => startTcpProxy(redis.hostname, Number(redis.port || 6379))));
    [one, two] = (await Promise.all(
      proxies.map((proxy) =>
        startServerProcess(platform.env({ REDIS_URL: proxy.url(process.env.REDIS_URL as string) })),
      ),
    )) as [ServerProcess, ServerProcess];
    scene = await channelScene(platform.database, one as ServerProcess, 4);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([stopServerProcess(one), stopServerProcess(two)]);
    await Promise.all(proxies.map((p) => p.close()));
    await platform?.close();
  }, 60_000);

  it('delivers every acknowledged message to every reader exactly once; removals and sign-outs made meanwhile hold', async () => {
    const [readerOne, readerTwo, leaver, signingOut] = scene.members as [
      TestPerson,
      TestPerson,
      TestPerson,
      TestPerson,
    ];
    const readers = [
      await connectReader(one, readerOne, scene.channelId),
      await connectReader(two, readerTwo, scene.channelId),
    ];
    const leaverSocket = await connectReader(two, leaver, scene.channelId);
    const signingOutSocket = await connectReader(two, signingOut, scene.channelId);
    const outsiders = [
      await connectReader(one, scene.outsider, scene.channelId),
      await connectReader(two, scene.outsider, scene.channelId),
    ];

    let stop = false;
    const posting = postUntil([one, two], scene.owner, scene.channelId, () => stop);
    await sleep(1000);
    for (const proxy of proxies) proxy.cut();
    await sleep(1000);
    // While Redis is away: the leaver is taken out of the workspace and a member signs out, both
    // through process one; process two hears of neither on the bus.
    await callProcess(one, scene.owner, 'DELETE', `/api/workspaces/${scene.workspaceId}/members/${leaver.id}`);
    const removedAt = Date.now();
    const signOut = await fetch(`${one.base}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: signingOut.cookie, origin: 'http://localhost:3999' },
    });
    expect(signOut.status).toBe(204);
    await sleep(OUTAGE_MS - 1000);
    for (const proxy of proxies) proxy.restore();
    await sleep(3000);
    stop = true;
    const log = await posting;
    const ids = log.acknowledged.map((m) => m.id);
    await untilDelivered(readers, ids);

    const reports = readers.map((r) => deliveryReport(r, ids));
    console.log(
      `Redis cut ${OUTAGE_MS / 1000} s: ${ids.length} messages acknowledged, ` +
        `${[...log.failures].map(([s, n]) => `${n} answered ${s}`).join(', ') || 'none refused'}; ` +
        readers.map((r, i) => `reader ${i + 1} received ${r.counts.size}`).join(', '),
    );
    // Enough posts to span the outage even on a busy machine (about 80 on a quiet one).
    expect(ids.length).toBeGreaterThan(10);
    for (const report of reports) expect(report).toEqual({ missed: [], duplicated: [] });
    for (const outsider of outsiders) expect(outsider.counts.size).toBe(0);
    // Nothing posted after the removal reached the leaver (a post sent before it may have been
    // delivered while they were still a member, even if its answer came later).
    const afterRemoval = log.acknowledged.filter((m) => m.sentAt > removedAt).map((m) => m.id);
    expect(afterRemoval.length).toBeGreaterThan(0);
    expect(afterRemoval.filter((id) => leaverSocket.counts.has(id))).toEqual([]);
    // The signed-out session's socket on the other process was closed once the bus was back.
    expect(await Promise.race([signingOutSocket.socket.closed, sleep(5000).then(() => 'open')])).toBe(4401);
  }, 120_000);
});
