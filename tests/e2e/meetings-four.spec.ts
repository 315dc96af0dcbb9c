import { expect as baseExpect, test } from './fixtures.ts';
import {
  BASE_ARGS,
  contextOf,
  expectPlaying,
  FAKE_MEDIA_ARGS,
  joinFromChannel,
  meetingWorkspace,
  probeOf,
  remoteCameras,
  remoteScreens,
} from './meetings-media.ts';

const expect = baseExpect.configure({ timeout: 30_000 });

test.use({ launchOptions: { executablePath: '/usr/bin/chromium', args: [...BASE_ARGS, ...FAKE_MEDIA_ARGS] } });

/** CPU seconds used so far by each process of this browser (browser, renderers, GPU, utility), from Chromium itself. */
async function cpuSeconds(browser: import('@playwright/test').Browser): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: Array<{ type: string; id: number; cpuTime: number }>;
  };
  await cdp.detach();
  return processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
}

test('four people meet in a full mesh and see a shared screen; a fifth with video is told the limit', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const names = ['Olga Viererrunde', 'Paul Viererrunde', 'Quirin Viererrunde', 'Rita Viererrunde', 'Sven Viererrunde'];
  const { people, channelId } = await meetingWorkspace(names, 'Meschede');
  const starter = people[0];
  if (!starter) throw new Error('nobody');
  const res = await starter.api.post('/api/meetings', { data: { channelId, title: 'Viererrunde' } });
  expect(res.status(), await res.text()).toBe(201);

  const contexts = [];
  for (const person of people.slice(0, 4)) {
    const c = await contextOf(browser, person);
    contexts.push(c);
    await joinFromChannel(c.page, channelId);
  }
  // Everyone sees the three others' pictures playing.
  for (const [i, c] of contexts.entries()) {
    await expect(remoteCameras(c.page)).toHaveCount(3);
    for (let k = 0; k < 3; k += 1)
      await expectPlaying(remoteCameras(c.page).nth(k), `picture ${k + 1} at person ${i + 1}`);
  }
  const fourth = contexts[3];
  if (!fourth) throw new Error('no fourth');
  const join = await probeOf(fourth.page);
  console.log(
    `meeting 4: 4th joiner join→first remote frame ${join.firstFrameMs?.toFixed(0)} ms; signalling ${JSON.stringify(join.signals)}`,
  );

  // CPU of the browser holding all four over 10 s of the running mesh.
  const before = await cpuSeconds(browser);
  const started = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  const used = (await cpuSeconds(browser)) - before;
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `meeting 4: browser with 4 participants used ${((100 * used) / seconds).toFixed(0)} % of one core (${(
      (100 * used) / seconds / 4
    ).toFixed(0)} % per participant) over ${seconds.toFixed(1)} s`,
  );

  // The third shares the screen: the three others see it as a picture of its own, playing.
  const sharer = contexts[2];
  if (!sharer) throw new Error('no third');
  await sharer.page.getByRole('button', { name: 'Bildschirm teilen' }).click();
  await expect(sharer.page.getByRole('button', { name: 'Teilen beenden' })).toBeVisible();
  for (const [i, c] of contexts.entries()) {
    if (c === sharer) continue;
    await expect(remoteScreens(c.page)).toHaveCount(1);
    await expectPlaying(remoteScreens(c.page).first(), `the shared screen at person ${i + 1}`);
  }
  await sharer.page.getByRole('button', { name: 'Teilen beenden' }).click();
  await expect(remoteScreens(contexts[0]?.page ?? sharer.page)).toHaveCount(0);

  // The fifth, with camera, is told the limit on the pre-join screen.
  const fifthPerson = people[4];
  if (!fifthPerson) throw new Error('no fifth');
  const fifth = await contextOf(browser, fifthPerson);
  await fifth.page.goto(`/chat/${channelId}`);
  await fifth.page
    .getByRole('link', { name: /^Teilnehmen/ })
    .last()
    .click();
  await fifth.page.getByRole('button', { name: 'Jetzt teilnehmen' }).click();
  await expect(fifth.page.getByRole('alert')).toContainText('Die Besprechung ist voll');
  await expect(fifth.page.getByRole('alert')).toContainText('4');

  // One leaves; the others' screens and the card follow.
  await contexts[1]?.page.getByRole('button', { name: 'Verlassen' }).click();
  await expect(remoteCameras(contexts[0]?.page ?? fifth.page)).toHaveCount(2);
  await fifth.page.goto(`/chat/${channelId}`);
  await expect(fifth.page.locator('.meeting-card').last()).toContainText('3 Personen dabei');
  for (const c of [...contexts, fifth]) await c.context.close();
});
