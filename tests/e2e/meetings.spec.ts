import { expect as baseExpect, expectAccessible, expectNoSidewaysScroll, shot, test } from './fixtures.ts';
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

test('two people meet from a channel: pictures both ways, a shared screen, the card follows who is in', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const { people, channelId } = await meetingWorkspace(['Marta Meetingsee', 'Nils Meetingsee'], 'Seevetal');
  const [marta, nils] = people;
  if (!marta || !nils) throw new Error('people missing');
  const a = await contextOf(browser, marta);
  const b = await contextOf(browser, nils);

  // Marta starts the meeting in the channel and arrives at the pre-join screen.
  await a.page.goto(`/chat/${channelId}`);
  await a.page.getByRole('button', { name: 'Besprechung starten' }).click();
  await expect(a.page.getByRole('button', { name: 'Jetzt teilnehmen' })).toBeVisible();
  await expect(a.page.getByText('Nur Geräte im selben Netz', { exact: false })).toBeVisible();
  await expect(a.page.getByText('höchstens 4 Personen mit Video', { exact: false })).toBeVisible();
  await expect(a.page.getByText('Untertitel gibt es', { exact: false })).toBeVisible();
  await expectPlaying(a.page.getByLabel('Vorschau Ihrer Kamera'), 'pre-join preview');
  await expectAccessible(a.page, 'meeting-prejoin');
  await shot(a.page, 'meeting-prejoin');
  await a.page.getByRole('button', { name: 'Jetzt teilnehmen' }).click();
  await expect(a.page.getByRole('button', { name: 'Verlassen' })).toBeVisible();

  // Nils sees the live card with Marta in it and joins from there.
  await b.page.goto(`/chat/${channelId}`);
  const card = b.page.locator('.meeting-card').last();
  await expect(card).toContainText('Besprechung läuft');
  await expect(card).toContainText('1 Person dabei: Marta Meetingsee');
  await expectAccessible(b.page, 'meeting-card-in-chat');
  await joinFromChannel(b.page, channelId);

  await expectPlaying(remoteCameras(a.page).first(), 'Nils at Marta');
  await expectPlaying(remoteCameras(b.page).first(), 'Marta at Nils');
  await expect(a.page.getByRole('status').filter({ hasText: 'Nils Meetingsee ist beigetreten.' })).toBeAttached();
  await expectAccessible(a.page, 'meeting-room');
  await shot(a.page, 'meeting-room');
  const join = await probeOf(b.page);
  console.log(
    `meeting 2: join→first remote frame ${join.firstFrameMs?.toFixed(0)} ms; signalling ${JSON.stringify(join.signals)}`,
  );

  // Marta shares her screen; Nils sees the shared picture as a tile of its own.
  await a.page.getByRole('button', { name: 'Bildschirm teilen' }).click();
  await expect(a.page.getByRole('button', { name: 'Teilen beenden' })).toBeVisible();
  await expect(remoteScreens(b.page)).toHaveCount(1);
  await expectPlaying(remoteScreens(b.page).first(), 'Marta’s screen at Nils');

  // Hand raised, announced to the other.
  await b.page.getByRole('button', { name: 'Hand heben' }).click();
  await expect(a.page.getByRole('status').filter({ hasText: 'Nils Meetingsee hat die Hand gehoben.' })).toBeAttached();

  // At 320 px the meeting still fits.
  await b.page.setViewportSize({ width: 320, height: 640 });
  await expectNoSidewaysScroll(b.page);
  await b.page.setViewportSize({ width: 1280, height: 800 });

  // Nils leaves: Marta hears it, and the card in the channel shows only her.
  await b.page.getByRole('button', { name: 'Verlassen' }).click();
  await expect(
    a.page.getByRole('status').filter({ hasText: 'Nils Meetingsee hat die Besprechung verlassen.' }),
  ).toBeAttached();
  await b.page.goto(`/chat/${channelId}`);
  await expect(b.page.locator('.meeting-card').last()).toContainText('1 Person dabei: Marta Meetingsee');
  // Marta leaves too: the card turns into the summary, live.
  await a.page.getByRole('button', { name: 'Verlassen' }).click();
  await expect(b.page.locator('.meeting-card').last()).toContainText('Besprechung beendet');
  await expect(b.page.locator('.meeting-card').last()).toContainText('Teilgenommen: Marta Meetingsee, Nils Meetingsee');
  await a.context.close();
  await b.context.close();
});
