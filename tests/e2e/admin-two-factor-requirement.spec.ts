import type { APIRequestContext, Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { PLATFORM_ADMIN, platformAdminApi } from './admin.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

const SETTING = '/api/admin/two-factor-requirement';

/** The code an authenticator app would show, `offsetSteps` 30-second steps from now. */
const codeOf = (secret: string, offsetSteps = 0) =>
  new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });

async function atNarrowWidth(page: Page, name: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  await shot(page, `${name}-320`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible(page, `${name}-320`);
  if (size) await page.setViewportSize(size);
}

/** Turns two-factor sign-in on through the API with the code `step` steps from now. */
async function enrol(api: APIRequestContext, step: number): Promise<string> {
  const setup = await api.post('/api/me/two-factor/setup');
  expect(setup.status(), await setup.text()).toBe(200);
  const secret = (await setup.json()).secret as string;
  const confirmed = await api.post('/api/me/two-factor/confirm', { data: { code: codeOf(secret, step) } });
  expect(confirmed.status(), await confirmed.text()).toBe(200);
  return secret;
}

/** Leaves the platform as the other journeys expect it: no requirement, the admin without a second factor. */
async function restore(api: APIRequestContext, enrolled: string | null) {
  let secret = enrolled;
  if (!secret && (await api.put(SETTING, { data: { platformAdmins: false } })).status() === 403) {
    // Stopped between requiring and enrolling: enrol to be allowed to lift the requirement.
    secret = await enrol(api, -1);
  }
  if (secret) {
    expect((await api.put(SETTING, { data: { platformAdmins: false } })).status()).toBe(200);
    const disabled = await api.post('/api/me/two-factor/disable', {
      data: { password: PLATFORM_ADMIN.password, code: codeOf(secret) },
    });
    expect(disabled.status(), await disabled.text()).toBe(204);
  }
}

test('a platform admin requires two factors of admins by keyboard; an admin without one sees the notice instead of the administration', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const api = await platformAdminApi();
  const off = await api.put(SETTING, { data: { platformAdmins: false } });
  expect(off.status(), await off.text()).toBe(200);
  let secret: string | null = null;
  try {
    await signInThroughUi(page, PLATFORM_ADMIN.email, PLATFORM_ADMIN.name);
    // Only an admin with a second factor may require it: without one, the server refuses.
    expect((await api.put(SETTING, { data: { platformAdmins: true } })).status()).toBe(409);
    secret = await enrol(api, -1);

    await page.goto('/admin/settings');
    await expect(page.getByRole('heading', { level: 2, name: 'Zwei-Faktor-Anmeldung' })).toBeVisible();
    const box = page.getByRole('checkbox', { name: 'Zwei-Faktor-Anmeldung für Plattform-Admins verlangen' });
    await expect(box).not.toBeChecked();
    await shot(page, 'admin-two-factor-setting');
    await expectAccessible(page, 'admin-two-factor-setting');
    await atNarrowWidth(page, 'admin-two-factor-setting');

    // By keyboard: tick the box, Tab to its button, send.
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Speichern', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Die Einstellung ist gespeichert.' })).toBeVisible();
    expect(await (await api.get(SETTING)).json()).toEqual({ platformAdmins: true });

    // Without a second factor (turned off on the account page), the notice stands in place of the administration.
    const disabled = await api.post('/api/me/two-factor/disable', {
      data: { password: PLATFORM_ADMIN.password, code: codeOf(secret) },
    });
    expect(disabled.status(), await disabled.text()).toBe(204);
    secret = null;
    await page.goto('/admin/people');
    await expect(page.getByRole('heading', { level: 1, name: 'Zweiter Faktor nötig' })).toBeVisible();
    await expect(
      page.getByText('Für die Verwaltung der Plattform ist die Zwei-Faktor-Anmeldung vorgeschrieben.'),
    ).toBeVisible();
    await shot(page, 'admin-two-factor-gate');
    await expectAccessible(page, 'admin-two-factor-gate');
    await atNarrowWidth(page, 'admin-two-factor-gate');
    const refused = await api.get('/api/admin/persons');
    expect(refused.status()).toBe(403);
    expect((await refused.json()).type).toBe('/problems/two-factor-required');

    // The link leads, by keyboard, to the account page, which stays open.
    const link = page.getByRole('link', { name: 'Zur Kontoseite: Zwei-Faktor-Anmeldung einrichten' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Zwei-Faktor-Anmeldung' })).toBeVisible();

    // Enrolled again (here through the API, with a computed code), the administration opens.
    secret = await enrol(api, -1);
    await page.goto('/admin/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen der Plattform' })).toBeVisible();
    await expect(box).toBeChecked();
  } finally {
    await restore(api, secret);
  }
});
