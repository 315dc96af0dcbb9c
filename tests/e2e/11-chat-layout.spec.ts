import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect as baseExpect, expectAccessible, expectNoSidewaysScroll, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

// The machine that runs the journeys may be busy: a page gets longer than the default to show up.
const expect = baseExpect.configure({ timeout: 30_000 });

const SIZES = [
  [320, 640],
  [375, 667],
  [1280, 800],
  [1920, 1080],
] as const;

const messages = (page: Page) => page.getByRole('list', { name: 'Nachrichten in #allgemein' });
const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Arbeitsräume, Kanäle und Direktnachrichten' });
const composer = (page: Page) => page.getByRole('textbox', { name: 'Nachricht an #allgemein' });
const notices = (page: Page) => page.getByRole('status', { name: 'Neuigkeiten' });

async function json<T>(api: APIRequestContext, method: 'get' | 'post', url: string, data?: unknown): Promise<T> {
  const res = await api[method](url, data === undefined ? {} : { data });
  expect(res.ok(), `${method} ${url}: ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`no box for ${locator}`);
  return found;
}

/** The element lies wholly inside the window. */
async function expectInsideViewport(page: Page, locator: Locator, what: string) {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  const b = await box(locator);
  expect(b.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(b.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width, `${what}: right edge`).toBeLessThanOrEqual(width + 0.5);
  expect(b.y + b.height, `${what}: bottom edge`).toBeLessThanOrEqual(height + 0.5);
}

/** Neither sideways nor up and down: the page is the window; only the chat's lists scroll. */
async function expectPageDoesNotScroll(page: Page) {
  await expectNoSidewaysScroll(page);
  const size = await page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    height: document.documentElement.clientHeight,
  }));
  expect(size.scrollHeight, 'the page scrolls up and down').toBeLessThanOrEqual(size.height);
}

/** The whole placeholder fits into its field (measured in the field's own font). */
async function expectPlaceholderFits(field: Locator) {
  const fit = await field.evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return { text: 0, room: 0 };
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    return { text: context.measureText(input.placeholder).width, room };
  });
  expect(fit.text, 'placeholder is cut off').toBeLessThanOrEqual(fit.room);
}

test('the chat fills the window at every size, one pane at a time on a phone, with a formatting toolbar', async ({
  page,
}) => {
  test.setTimeout(480_000);
  const platform = await platformAdminApi();
  const town = await findOrganisation(platform, 'Seevetal');
  const clara = { name: 'Clara Nordheide', email: uniqueEmail('clara.nordheide') };
  const dirk = { name: 'Dirk Nordheide', email: uniqueEmail('dirk.nordheide') };
  const claraApi = await registerVerifiedViaApi({ ...clara, organisationId: town.id });
  const dirkApi = await registerVerifiedViaApi({ ...dirk, organisationId: town.id });
  for (const api of [claraApi, dirkApi]) {
    const me = await json<{ id: string }>(api, 'get', '/api/me');
    await makeOrganisationAdmin(platform, town.id, me.id);
  }
  const dirkId = (await json<{ id: string }>(dirkApi, 'get', '/api/me')).id;
  const suffix = Date.now().toString(36);
  const workspace = await json<{ id: string }>(claraApi, 'post', '/api/workspaces', {
    name: `Digitale Verwaltung Nordheide ${suffix}`,
    description: 'Die Rathäuser der Nordheide digitalisieren ihre Verwaltung gemeinsam.',
    ownerOrganisationId: town.id,
    visibility: 'members',
  });
  await json(claraApi, 'post', `/api/workspaces/${workspace.id}/members`, { personId: dirkId, role: 'member' });
  const channels = await json<{ id: string; isDefault: boolean }[]>(
    claraApi,
    'get',
    `/api/workspaces/${workspace.id}/channels`,
  );
  const general = channels.find((c) => c.isDefault)?.id as string;
  const topics = ['Breitband', 'E-Akte', 'Bauhof', 'Onlinezugang', 'Haushalt', 'Ratsinformationssystem'];
  for (let i = 1; i <= 26; i += 1) {
    await json(i % 3 === 0 ? dirkApi : claraApi, 'post', `/api/channels/${general}/messages`, {
      text: `Stand ${i}: ${topics[i % topics.length]} – die Arbeitsgruppe hat die nächsten Schritte abgestimmt.`,
    });
  }
  const root = await json<{ id: string }>(claraApi, 'post', `/api/channels/${general}/messages`, {
    text: 'Zeitplan für den Glasfaserausbau: Wer übernimmt die Abstimmung mit dem Landkreis?',
  });
  await json(dirkApi, 'post', `/api/channels/${general}/messages`, {
    text: 'Das mache ich, bis Freitag.',
    threadRootId: root.id,
  });
  const newest = 'Das Protokoll der Sitzung liegt im Ordner „Gremien“.';
  await json(dirkApi, 'post', `/api/channels/${general}/messages`, { text: newest });
  // A second workspace of the town that Dirk may join by himself.
  const open = await json<{ id: string }>(claraApi, 'post', '/api/workspaces', {
    name: `Feuerwehr-Kooperation Nordheide ${suffix}`,
    description: 'Gemeinsame Beschaffung und Ausbildung der Freiwilligen Feuerwehren.',
    ownerOrganisationId: town.id,
    visibility: 'owner',
  });

  await signInThroughUi(page, dirk.email, dirk.name);
  const workspaceUrl = `/workspaces/${workspace.id}`;

  // At every size: the composer and the newest message are in the window, the page itself does not scroll.
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await page.goto(workspaceUrl);
    const last = messages(page).getByRole('listitem').filter({ hasText: newest });
    await expect(last).toBeVisible();
    await expectInsideViewport(page, composer(page), `composer at ${width}×${height}`);
    await expectInsideViewport(page, page.getByRole('button', { name: 'Senden' }), `send at ${width}×${height}`);
    await expectInsideViewport(
      page,
      page.getByRole('toolbar', { name: 'Formatierung' }),
      `toolbar at ${width}×${height}`,
    );
    await expect(last).toBeInViewport({ ratio: 1 });
    const list = await box(page.locator('.message-list__scroller'));
    const item = await box(last);
    expect(item.y, 'newest message below the list’s top').toBeGreaterThanOrEqual(list.y - 0.5);
    expect(item.y + item.height, 'newest message above the list’s bottom').toBeLessThanOrEqual(
      list.y + list.height + 0.5,
    );
    await expectInsideViewport(page, last, `newest message at ${width}×${height}`);
    await expectPageDoesNotScroll(page);
    // The older messages are there, in the list's own scrolling.
    expect(await page.locator('.message-list__scroller').evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(
      true,
    );
    if (width >= 768) {
      await expect(sidebar(page)).toBeVisible();
      await expectPlaceholderFits(page.getByRole('searchbox', { name: 'Nachrichten durchsuchen' }));
      // The legal and other footer links stay at the foot of the channel list.
      await expect(page.locator('.chat__legal').getByRole('link', { name: 'API-Dokumentation' })).toBeVisible();
    } else {
      await expect(sidebar(page)).toBeHidden();
    }
    await expectAccessible(page, `chat-${width}x${height}`);
    await shot(page, `chat-${width}x${height}`);
  }

  // On a phone: channels → messages → thread and back, by keyboard, focus following along.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(workspaceUrl);
  await expect(messages(page)).toBeVisible();
  const back = page.getByRole('button', { name: 'Alle Kanäle' });
  await back.focus();
  await page.keyboard.press('Enter');
  await expect(sidebar(page)).toBeVisible();
  await expect(messages(page)).toBeHidden();
  const current = sidebar(page).getByRole('link', { name: /allgemein/ });
  await expect(current).toBeFocused();
  await expect(page.locator('.chat__legal').getByRole('link', { name: 'API-Dokumentation' })).toBeAttached();
  await expectPageDoesNotScroll(page);
  await expectAccessible(page, 'chat-320-channels');
  await shot(page, 'chat-320x640-channels');
  await page.keyboard.press('Enter');
  await expect(messages(page)).toBeVisible();
  await expect(sidebar(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: '#allgemein' })).toBeFocused();

  const rootItem = messages(page).getByRole('listitem').filter({ hasText: 'Zeitplan für den Glasfaserausbau' });
  await rootItem.getByRole('button', { name: /^1 Antwort/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Thread' })).toBeFocused();
  await expect(messages(page)).toBeHidden();
  await expect(page.getByRole('list', { name: 'Antworten im Thread' })).toContainText('Das mache ich');
  await expectInsideViewport(page, page.getByRole('textbox', { name: 'Antwort im Thread' }), 'thread composer');
  await expectPageDoesNotScroll(page);
  await expectAccessible(page, 'chat-320-thread');
  await shot(page, 'chat-320x640-thread');
  await page.getByRole('button', { name: 'Zurück zum Kanal' }).focus();
  await page.keyboard.press('Enter');
  await expect(messages(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Thread' })).toHaveCount(0);
  await expect(rootItem).toBeFocused();

  // The header's tools fold away on a phone; the search opens with its field focused and fits the placeholder.
  await page.getByRole('button', { name: 'Nachrichten durchsuchen', expanded: false }).click();
  const search = page.getByRole('searchbox', { name: 'Nachrichten durchsuchen' });
  await expect(search).toBeFocused();
  await expectPlaceholderFits(search);
  await expectPageDoesNotScroll(page);
  await expectAccessible(page, 'chat-320-search');
  await shot(page, 'chat-320x640-search');
  await page.getByRole('button', { name: 'Nachrichten durchsuchen', expanded: true }).click();
  await page.getByRole('button', { name: 'Weitere Optionen' }).click();
  await expect(page.getByRole('link', { name: 'Mitglieder und Einstellungen' })).toBeVisible();
  await expect(page.getByLabel('Benachrichtigung', { exact: true })).toBeVisible();
  await expectPageDoesNotScroll(page);
  await expectAccessible(page, 'chat-320-more');
  await shot(page, 'chat-320x640-more');
  await page.getByRole('button', { name: 'Weitere Optionen' }).click();

  // The toolbar fits a phone and writes Markdown: a bold word is sent and shows as bold.
  const toolbar = page.getByRole('toolbar', { name: 'Formatierung' });
  for (const name of ['Fett', 'Kursiv', 'Liste', 'Link', 'Code']) {
    await expectInsideViewport(page, toolbar.getByRole('button', { name }), `toolbar button ${name}`);
  }
  await composer(page).fill('Sitzung');
  await composer(page).press('ControlOrMeta+a');
  await composer(page).press('ControlOrMeta+i');
  await expect(composer(page)).toHaveValue('_Sitzung_');
  await composer(page).fill('Beschluss');
  await composer(page).press('ControlOrMeta+a');
  await toolbar.getByRole('button', { name: 'Fett' }).click();
  await expect(composer(page)).toHaveValue('**Beschluss**');
  await expect(composer(page)).toBeFocused();
  await composer(page).press('End');
  await composer(page).pressSequentially(' zur E-Akte ist gefasst.');
  await composer(page).press('Enter');
  const sent = messages(page).getByRole('listitem').filter({ hasText: 'zur E-Akte ist gefasst.' });
  await expect(sent.locator('strong')).toHaveText('Beschluss');
  await expect(sent).toBeInViewport({ ratio: 1 });
  await expect(composer(page)).toHaveValue('');

  // A mention in the channel one is reading raises no notice: it is on screen already.
  await json(claraApi, 'post', `/api/channels/${general}/messages`, { text: `@${dirk.name} danke für den Beschluss!` });
  await expect(messages(page)).toContainText('danke für den Beschluss!');
  await page.waitForTimeout(2_500);
  await expect(notices(page)).toBeEmpty();

  // "Beitreten" leads into the workspace, on its default channel.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/workspaces');
  const card = page.getByRole('listitem').filter({ hasText: `Feuerwehr-Kooperation Nordheide ${suffix}` });
  await card.getByRole('button', { name: /^Beitreten/ }).click();
  await expect(page).toHaveURL(new RegExp(`/workspaces/${open.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: '#allgemein' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '#allgemein' })).toBeFocused();
  await expect(page.locator('.chat-header .kern-preline')).toHaveText(`Feuerwehr-Kooperation Nordheide ${suffix}`);
  await expect(sidebar(page)).toContainText(`Feuerwehr-Kooperation Nordheide ${suffix}`);
  await expectInsideViewport(page, composer(page), 'composer after joining');
  await expectAccessible(page, 'chat-joined');
  await shot(page, 'chat-joined-1280x800');

  // Elsewhere, a mention is a small toast over the corner: the page does not move.
  const heading = page.getByRole('heading', { level: 1, name: '#allgemein' });
  const before = await box(heading);
  await json(claraApi, 'post', `/api/channels/${general}/messages`, { text: `@${dirk.name} bitte einmal gegenlesen.` });
  const notice = notices(page).getByText(/Neue Benachrichtigung/);
  await expect(notice).toBeVisible();
  // It goes by itself after a while, but not while the pointer rests on it.
  await notice.hover();
  expect(await box(heading)).toEqual(before);
  await expectInsideViewport(page, notice, 'notice');
  await expectAccessible(page, 'chat-notice');
  await shot(page, 'chat-notice-1280x800');
  await notices(page).getByRole('button', { name: 'Hinweis schließen' }).click();
  await expect(notices(page)).toBeEmpty();
});
