import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, stopServerProcess } from '../../src/server/test/server-process.ts';
import {
  type ChannelScene,
  channelScene,
  connectReader,
  deliveryReport,
  faultsEnabled,
  isolatedPlatform,
  type PostLog,
  postUntil,
  sleep,
  startServerProcess,
  untilDelivered,
} from './fault-scene.ts';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.ts';

const OUTAGE_MS = 4000;

// PostgreSQL "restarted" under load: every connection of both processes is dropped and new ones are
// refused for a few seconds, through a proxy, so that other runs on this machine's server go on.
// Skipped in the default run (PGlite, no services): it needs PostgreSQL and Redis (see faultsEnabled).
describe.skipIf(!faultsEnabled)('PostgreSQL cut for a few seconds under load, two processes', () => {
  let platform: Awaited<ReturnType<typeof isolatedPlatform>>;
  let proxy: TcpProxy;
  let one: ServerProcess;
  let two: ServerProcess;
  let scene: ChannelScene;

  beforeAll(async () => {
    platform = await isolatedPlatform('pg');
    const pg = new URL(platform.scratch.url);
    proxy = await startTcpProxy(pg.hostname, Number(pg.port || 5432));
    [one, two] = (await Promise.all(
      [1, 2].map(() => startServerProcess(platform.env({ DATABASE_URL: proxy.url(platform.scratch.url) }))),
    )) as [ServerProcess, ServerProcess];
    scene = await channelScene(platform.database, one as ServerProcess, 2);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([stopServerProcess(one), stopServerProcess(two)]);
    await proxy?.close();
    await platform?.close();
  }, 60_000);

  it('answers 503 problem+json meanwhile, then delivers every acknowledged message once to every reader', async () => {
    const readers = [
      await connectReader(one, scene.members[0] as never, scene.channelId),
      await connectReader(two, scene.members[1] as never, scene.channelId),
    ];
    const outsider = await connectReader(two, scene.outsider, scene.channelId);

    let stop = false;
    const log: PostLog = { acknowledged: [], failures: new Map() };
    const posting = postUntil([one, two], scene.owner, scene.channelId, () => stop, 40, log);
    await sleep(1000);
    proxy.cut();
    await sleep(OUTAGE_MS / 2);
    for (const server of [one, two])
      if (server.child.exitCode !== null) throw new Error(`a process died: ${server.output.join('')}`);
    const during = await fetch(`${one.base}/api/channels/${scene.channelId}/messages`, {
      method: 'POST',
      headers: { cookie: scene.owner.cookie, origin: 'http://localhost:3999', 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Während des Ausfalls' }),
    });
    expect(during.status).toBe(503);
    expect(during.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(during.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await during.json()).toMatchObject({ type: '/problems/service-unavailable', status: 503 });
    await sleep(OUTAGE_MS / 2);
    proxy.restore();
    const restoredAt = Date.now();
    // Posting goes on until it works again: six messages sent after the restore acknowledged (however
    // long reconnecting takes on a busy machine), not for a fixed time.
    const recovered = () => log.acknowledged.filter((m) => m.sentAt > restoredAt).length > 5;
    for (const deadline = restoredAt + 30_000; !recovered() && Date.now() < deadline; ) await sleep(50);
    stop = true;
    await posting;
    const ids = log.acknowledged.map((m) => m.id);
    await untilDelivered(readers, ids);

    console.log(
      `PostgreSQL cut ${OUTAGE_MS / 1000} s: ${ids.length} messages acknowledged, ` +
        `${[...log.failures].map(([s, n]) => `${n} answered ${s}`).join(', ') || 'none refused'}; ` +
        readers.map((r, i) => `reader ${i + 1} received ${r.counts.size}`).join(', '),
    );
    // Refused while the database was away, and only then, and only as 503.
    expect([...log.failures.keys()]).toEqual([503]);
    expect(recovered()).toBe(true);
    for (const reader of readers) expect(deliveryReport(reader, ids)).toEqual({ missed: [], duplicated: [] });
    expect(outsider.counts.size).toBe(0);
  }, 120_000);
});
