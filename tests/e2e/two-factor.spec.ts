import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { PASSWORD, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, SCREENS_DIR, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

/** The code an authenticator app would show, `offsetSteps` 30-second steps from now. */
const codeOf = (secret: string, offsetSteps = 0) =>
  new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });

async function signOut(page: Page, name: string) {
  await page
    .getByRole('button', { name: new RegExp(name) })
    .first()
    .click();
  await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
  await expect(page).toHaveURL(/sign-in|\/$/);
}

/** The account page's two-factor section alone, for looking at it closely. */
async function sectionShot(page: Page, name: string) {
  const section = page
    .locator('section')
    .filter({ has: page.getByRole('heading', { level: 2, name: /Zwei-Faktor|Two-factor/ }) });
  await section.screenshot({ path: join(SCREENS_DIR, `${name}.png`) });
}

async function passwordStep(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Code bestätigen' })).toBeFocused();
}

async function noOverflowAt320(page: Page, name: string) {
  await page.setViewportSize({ width: 320, height: 800 });
  await shot(page, name);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a person turns on two-factor sign-in, signs in with app code and with a recovery code, and turns it off', async ({
  page,
  context,
}) => {
  // Three sign-ins, enrolment and turning off, each checked with axe: about 40 s, over a minute when busy.
  test.setTimeout(150_000);
  const name = 'Zora Zweifaktor';
  const email = uniqueEmail('zora-zweifaktor');
  await registerVerifiedViaApi({ name, email });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signInThroughUi(page, email, name, PASSWORD);

  // Enrolment, by keyboard: the secret as QR code drawn by the platform and as text.
  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 2, name: 'Zwei-Faktor-Anmeldung' })).toBeVisible();
  await expect(page.getByText('Die Zwei-Faktor-Anmeldung ist ausgeschaltet.')).toBeVisible();
  const start = page.getByRole('button', { name: 'Zwei-Faktor-Anmeldung einrichten' });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: 'Authentifizierungs-App verbinden' })).toBeFocused();
  const qr = page.getByRole('img', { name: 'QR-Code zum Scannen mit der Authentifizierungs-App' });
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
  const secret = (await page.getByLabel('Schlüssel zur Eingabe von Hand').inputValue()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await shot(page, 'two-factor-enrol');
  await sectionShot(page, 'two-factor-enrol-section');
  await expectAccessible(page, 'two-factor-enrol');
  await noOverflowAt320(page, 'two-factor-enrol-320');

  // A wrong code is refused at the field; nothing is on yet.
  const codeField = page.getByRole('textbox', { name: 'Code' });
  await codeField.fill('000000');
  await codeField.press('Enter');
  await expect(page.getByText('Dieser Code stimmt nicht oder ist abgelaufen.').first()).toBeVisible();
  await expectAccessible(page, 'two-factor-enrol-wrong');
  await sectionShot(page, 'two-factor-enrol-wrong-section');

  // The previous step's code (still valid) confirms, leaving this step's and the next for signing in.
  await codeField.fill(codeOf(secret, -1));
  await codeField.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: 'Authentifizierungs-App verbinden' })).toHaveCount(0);
  const list = page.getByRole('list', { name: 'Wiederherstellungscodes' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  const recoveryCodes = (await list.getByRole('listitem').allInnerTexts()).map((c) => c.trim());
  for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  await expect(page.getByText('Sie werden nur jetzt angezeigt.')).toBeVisible();
  await page.getByRole('button', { name: 'Codes kopieren' }).click();
  await expect(page.getByText('Die Codes sind in die Zwischenablage kopiert.')).toBeVisible();
  await shot(page, 'two-factor-recovery-codes');
  await sectionShot(page, 'two-factor-recovery-codes-section');
  await page.setViewportSize({ width: 320, height: 800 });
  await sectionShot(page, 'two-factor-recovery-codes-section-320');
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectAccessible(page, 'two-factor-recovery-codes');
  await noOverflowAt320(page, 'two-factor-recovery-codes-320');
  await page.getByRole('button', { name: 'Ich habe die Codes gesichert' }).click();
  await expect(page.getByText('Die Zwei-Faktor-Anmeldung ist eingeschaltet.')).toBeVisible();
  await expect(page.getByText('Sie haben noch 10 unbenutzte Wiederherstellungscodes.')).toBeVisible();
  // Shown once: after a reload neither the secret nor the codes are on the page.
  await page.reload();
  await expect(page.getByText('Die Zwei-Faktor-Anmeldung ist eingeschaltet.')).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain(secret);
  expect(html).not.toContain(recoveryCodes[0]);
  await shot(page, 'two-factor-active');
  await sectionShot(page, 'two-factor-active-section');
  await expectAccessible(page, 'two-factor-active');

  // Sign out, sign in: the password alone opens no session.
  await signOut(page, name);
  await passwordStep(page, email);
  expect((await context.cookies()).some((c) => c.name === 'allmende_session')).toBe(false);
  await shot(page, 'two-factor-sign-in');
  await expectAccessible(page, 'two-factor-sign-in');
  await noOverflowAt320(page, 'two-factor-sign-in-320');
  const signInCode = page.getByRole('textbox', { name: 'Code' });
  await signInCode.fill('000000');
  await signInCode.press('Enter');
  await expect(page.getByText('Dieser Code stimmt nicht oder ist abgelaufen.').first()).toBeVisible();
  await expectAccessible(page, 'two-factor-sign-in-wrong');
  await signInCode.fill(codeOf(secret));
  await signInCode.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Willkommen, ${name}` })).toBeVisible();

  // With a recovery code instead of the app, once.
  await signOut(page, name);
  await passwordStep(page, email);
  await page.getByRole('textbox', { name: 'Code' }).fill(recoveryCodes[0] as string);
  await page.getByRole('textbox', { name: 'Code' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Willkommen, ${name}` })).toBeVisible();
  await signOut(page, name);
  await passwordStep(page, email);
  await page.getByRole('textbox', { name: 'Code' }).fill(recoveryCodes[0] as string);
  await page.getByRole('textbox', { name: 'Code' }).press('Enter');
  await expect(page.getByText('Dieser Code stimmt nicht oder ist abgelaufen.').first()).toBeVisible();
  await page.getByRole('textbox', { name: 'Code' }).fill(recoveryCodes[1] as string);
  await page.getByRole('textbox', { name: 'Code' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Willkommen, ${name}` })).toBeVisible();

  // Turning it off takes the password and a code; in English too.
  await page.goto('/account');
  await expect(page.getByText('Sie haben noch 8 unbenutzte Wiederherstellungscodes.')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Two-factor sign-in' })).toBeVisible();
  await expect(page.getByText('You have 8 unused recovery codes left.')).toBeVisible();
  await expectAccessible(page, 'two-factor-active-en');
  const off = page.getByRole('heading', { level: 3, name: 'Turn off two-factor sign-in' });
  await off.scrollIntoViewIfNeeded();
  const offForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Turn off' }) });
  await offForm.getByLabel('Current password').fill(PASSWORD);
  await offForm.getByRole('textbox', { name: 'Code' }).fill(codeOf(secret, 1));
  await shot(page, 'two-factor-turn-off-en');
  await sectionShot(page, 'two-factor-turn-off-en-section');
  await offForm.getByRole('button', { name: 'Turn off' }).click();
  await expect(page.getByText('Two-factor sign-in is off.')).toBeVisible();
  await page.getByRole('button', { name: 'Deutsch' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Zwei-Faktor-Anmeldung' })).toBeVisible();
});
