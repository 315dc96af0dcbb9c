import type { APIRequestContext, Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { PLATFORM_ADMIN, platformAdminApi } from './admin.ts';
import { PASSWORD, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

/** The code an authenticator app would show, `offsetSteps` 30-second steps from now. */
const codeOf = (secret: string, offsetSteps = 0) =>
  new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });

/** Turns two-factor sign-in on through the API with a code of the step before, so this step's is free. */
async function enrol(api: APIRequestContext): Promise<string> {
  const setup = await api.post('/api/me/two-factor/setup');
  expect(setup.status(), await setup.text()).toBe(200);
  const secret = (await setup.json()).secret as string;
  const confirmed = await api.post('/api/me/two-factor/confirm', { data: { code: codeOf(secret, -1) } });
  expect(confirmed.status(), await confirmed.text()).toBe(200);
  return secret;
}

async function noOverflowAt320(page: Page, name: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  await shot(page, name);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible(page, name);
  if (size) await page.setViewportSize(size);
}

test('with two factors on, a new app password is shown only after a current code', async ({ page }) => {
  const name = 'Stefan Stufe';
  const email = uniqueEmail('stefan-stufe');
  const api = await registerVerifiedViaApi({ name, email });
  await signInThroughUi(page, email, name, PASSWORD);
  const secret = await enrol(api);

  await page.goto('/account');
  const section = page
    .locator('section')
    .filter({ has: page.getByRole('heading', { level: 2, name: 'App-Passwörter' }) });
  await section.getByRole('textbox', { name: 'Name des App-Passworts' }).fill('Stufenlos Kalender');
  const code = section.getByRole('textbox', { name: 'Code' });
  await expect(code).toBeVisible();
  await section.getByRole('button', { name: 'App-Passwort erstellen' }).click();
  await expect(section.getByText('Bitte geben Sie den Code ein.').first()).toBeVisible();
  await expect(code).toHaveAttribute('aria-invalid', 'true');

  await code.fill(codeOf(secret) === '000000' ? '111111' : '000000');
  await code.press('Enter');
  await expect(section.getByText('Dieser Code stimmt nicht oder ist abgelaufen.').first()).toBeVisible();
  await shot(page, 'step-up-app-password-wrong');
  await expectAccessible(page, 'step-up-app-password-wrong');
  await noOverflowAt320(page, 'step-up-app-password-320');

  // By keyboard: the current code, Enter.
  await code.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(codeOf(secret));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Ihr neues App-Passwort „Stufenlos Kalender“')).toBeVisible();
  await shot(page, 'step-up-app-password-shown');
  await expectAccessible(page, 'step-up-app-password-shown');
});

test('with two factors on, a platform admin locks a person only after a current code', async ({ page }) => {
  test.setTimeout(120_000);
  const targetName = 'Quirin Sperrprobe';
  await registerVerifiedViaApi({ name: targetName, email: uniqueEmail('quirin-sperrprobe') });
  const admin = await platformAdminApi();
  await signInThroughUi(page, PLATFORM_ADMIN.email, PLATFORM_ADMIN.name);
  const secret = await enrol(admin);
  try {
    await page.goto(`/admin/people?q=${encodeURIComponent('Quirin Sperrprobe')}`);
    const code = page.getByRole('textbox', { name: 'Code' });
    await expect(code).toBeVisible();
    await expect(page.getByText(/Zum Sperren und Entsperren geben Sie vorher hier einen aktuellen Code/)).toBeVisible();

    // Without a code the server refuses, and says so at the field.
    await page.getByRole('button', { name: `Sperren (${targetName})` }).click();
    await page.getByRole('button', { name: 'Ja, sperren' }).click();
    await expect(page.getByText('Bitte geben Sie den Code ein.').first()).toBeVisible();
    await shot(page, 'step-up-admin-lock-missing');
    await expectAccessible(page, 'step-up-admin-lock-missing');
    await noOverflowAt320(page, 'step-up-admin-lock-320');

    await code.fill(codeOf(secret));
    await page.getByRole('button', { name: `Sperren (${targetName})` }).click();
    await page.getByRole('button', { name: 'Ja, sperren' }).click();
    await expect(page.getByText('Gesperrt', { exact: true })).toBeVisible();
    await expect(code).toHaveValue('');
    await shot(page, 'step-up-admin-locked');
  } finally {
    const off = await admin.post('/api/me/two-factor/disable', {
      data: { password: PLATFORM_ADMIN.password, code: codeOf(secret, 1) },
    });
    expect(off.status(), await off.text()).toBe(204);
  }
});
