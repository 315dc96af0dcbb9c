import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callProcess, type ServerProcess, stopServerProcess } from '../../src/server/test/server-process.ts';
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

// One of two processes killed with SIGKILL while people post through it and read on the other: what
// it acknowledged and had not yet published, the survivor's publisher sends on.
// Skipped in the default run (PGlite, no services): it needs PostgreSQL and Redis (see faultsEnabled).
describe.skipIf(!faultsEnabled)('a process killed with -9 while clients are connected to the other', () => {
  let platform: Awaited<ReturnType<typeof isolatedPlatform>>;
  let victim: ServerProcess;
  let survivor: ServerProcess;
  let restarted: ServerProcess | undefined;
  let scene: ChannelScene;

  beforeAll(async () => {
    platform = await isolatedPlatform('kill');
    [victim, survivor] = await Promise.all([startServerProcess(platform.env()), startServerProcess(platform.env())]);
    scene = await channelScene(platform.database, survivor as ServerProcess, 2);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([stopServerProcess(victim), stopServerProcess(survivor), stopServerProcess(restarted)]);
    await platform?.close();
  }, 60_000);

  it('delivers every message either process acknowledged exactly once to the readers on the survivor', async () => {
    const readers = [
      await connectReader(survivor, scene.members[0] as never, scene.channelId),
      await connectReader(survivor, scene.members[1] as never, scene.channelId),
    ];
    const outsider = await connectReader(survivor, scene.outsider, scene.channelId);
    const onVictim = await connectReader(victim, scene.members[0] as never, scene.channelId);

    let stopVictim = false;
    let stopAll = false;
    const victimLog: PostLog = { acknowledged: [], failures: new Map() };
    const throughVictim = postUntil([victim], scene.owner, scene.channelId, () => stopVictim, 10, victimLog);
    const throughSurvivor = postUntil([survivor], scene.owner, scene.channelId, () => stopAll, 30);
    // Killed once it has acknowledged a few messages (however slow the machine is), mid-stream.
    const deadline = Date.now() + 30_000;
    while (victimLog.acknowledged.length <= 5 && Date.now() < deadline) await sleep(50);
    await sleep(300);
    victim.child.kill('SIGKILL');
    await new Promise((resolve) => victim.child.once('exit', resolve));
    stopVictim = true;
    await sleep(1500);
    stopAll = true;
    const logs = [await throughVictim, await throughSurvivor];
    const ids = logs.flatMap((log) => log.acknowledged.map((m) => m.id));
    await untilDelivered(readers, ids);

    console.log(
      `kill -9: ${logs[0]?.acknowledged.length} acknowledged by the killed process, ` +
        `${logs[1]?.acknowledged.length} by the survivor; ` +
        readers.map((r, i) => `reader ${i + 1} received ${r.counts.size}`).join(', '),
    );
    expect(logs[0]?.acknowledged.length).toBeGreaterThan(5);
    for (const reader of readers) expect(deliveryReport(reader, ids)).toEqual({ missed: [], duplicated: [] });
    expect(outsider.counts.size).toBe(0);
    // The socket on the killed process is gone; its reader reconnects elsewhere and resumes.
    expect(await Promise.race([onVictim.socket.closed, sleep(2000).then(() => 'open')])).not.toBe('open');

    // The killed process starts again cleanly on the same database and serves.
    restarted = await startServerProcess(platform.env());
    const again = await callProcess<{ id: string }>(
      restarted,
      scene.owner,
      'POST',
      `/api/channels/${scene.channelId}/messages`,
      {
        text: 'Wieder da',
      },
    );
    await untilDelivered(readers, [again.id], 10_000);
    for (const reader of readers) expect(reader.counts.get(again.id)).toBe(1);
  }, 120_000);
});
