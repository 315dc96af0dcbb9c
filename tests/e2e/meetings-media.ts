import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  expect,
  type Locator,
  type Page,
} from '@playwright/test';
import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';

// Helpers of the meeting journeys: Chromium with fake camera, microphone and screen, people in
// contexts of their own, and the checks that a <video> really plays.

/** Chromium's flags for media without devices or prompts (the screen comes from the same fake device). */
export const FAKE_MEDIA_ARGS = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--auto-select-desktop-capture-source=Entire screen',
  '--autoplay-policy=no-user-gesture-required',
];

export const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export interface Person {
  name: string;
  api: APIRequestContext;
  id: string;
}

async function json<T>(api: APIRequestContext, method: 'get' | 'post', url: string, data?: unknown): Promise<T> {
  const res = await api[method](url, data === undefined ? {} : { data });
  expect(res.ok(), `${method} ${url}: ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

/** People of one town in a workspace of their own; its default channel is where the meeting starts. */
export async function meetingWorkspace(names: string[], town: string) {
  const platform = await platformAdminApi();
  const organisation = await findOrganisation(platform, town);
  const people: Person[] = [];
  for (const name of names) {
    const api = await registerVerifiedViaApi({
      name,
      email: uniqueEmail(name.split(' ')[0]?.toLowerCase() ?? 'p'),
      organisationId: organisation.id,
    });
    const me = await json<{ id: string }>(api, 'get', '/api/me');
    await makeOrganisationAdmin(platform, organisation.id, me.id);
    people.push({ name, api, id: me.id });
  }
  const [owner, ...others] = people;
  if (!owner) throw new Error('nobody');
  const workspace = await json<{ id: string }>(owner.api, 'post', '/api/workspaces', {
    name: `Besprechungen ${town} ${Date.now().toString(36)}`,
    ownerOrganisationId: organisation.id,
    visibility: 'members',
  });
  for (const person of others) {
    await json(owner.api, 'post', `/api/workspaces/${workspace.id}/members`, { personId: person.id, role: 'member' });
  }
  const channels = await json<{ id: string; isDefault: boolean }[]>(
    owner.api,
    'get',
    `/api/workspaces/${workspace.id}/channels`,
  );
  const channelId = channels.find((c) => c.isDefault)?.id as string;
  return { people, channelId, workspaceId: workspace.id };
}

/** A browser context signed in as the person (their API session's cookie), allowed camera and microphone. */
export async function contextOf(browser: Browser, person: Person): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    storageState: await person.api.storageState(),
    permissions: ['camera', 'microphone'],
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  });
  return { context, page: await context.newPage() };
}

/** The video plays: it has a picture and its frames advance. */
export async function expectPlaying(video: Locator, what: string) {
  await expect
    .poll(async () => video.evaluate((v: HTMLVideoElement) => v.videoWidth), {
      message: `${what}: no picture`,
      timeout: 30_000,
    })
    .toBeGreaterThan(0);
  const frames = () =>
    video.evaluate((v: HTMLVideoElement) => ({ t: v.currentTime, n: v.getVideoPlaybackQuality().totalVideoFrames }));
  const before = await frames();
  await expect
    .poll(
      async () => {
        const now = await frames();
        return now.t > before.t && now.n > before.n;
      },
      { message: `${what}: frames do not advance`, timeout: 10_000 },
    )
    .toBe(true);
}

/** The camera tiles of the others on a person's meeting screen. */
export const remoteCameras = (page: Page) =>
  page.locator('figure.video-tile[data-kind="camera"][data-connection-id] video');
export const remoteScreens = (page: Page) => page.locator('figure.video-tile--screen[data-connection-id] video');

/** From the channel, through the pre-join screen, into the meeting. */
export async function joinFromChannel(page: Page, channelId: string) {
  await page.goto(`/chat/${channelId}`);
  await page
    .getByRole('link', { name: /^Teilnehmen/ })
    .last()
    .click();
  await expect(page.getByRole('button', { name: 'Jetzt teilnehmen' })).toBeVisible();
  await expect(page.getByLabel('Vorschau Ihrer Kamera')).toBeVisible();
  await page.getByRole('button', { name: 'Jetzt teilnehmen' }).click();
  await expect(page.getByRole('button', { name: 'Verlassen' })).toBeVisible({ timeout: 30_000 });
}

/** Join click to first remote frame (ms) and the signalling messages this browser sent and received. */
export async function probeOf(page: Page) {
  return page.evaluate(() => {
    const p = window.allmendeMeeting;
    return {
      firstFrameMs: p?.firstRemoteFrameAt && p.joinClickedAt ? p.firstRemoteFrameAt - p.joinClickedAt : null,
      signals: p?.stats() ?? { sent: 0, received: 0 },
    };
  });
}
