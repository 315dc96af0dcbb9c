import { PASSWORD, uniqueEmail } from './api.ts';
import { expect, expectAccessible, linkMailedTo, shot, test } from './fixtures.ts';

test('register, verify through the mailed link, sign in, switch language, sign out', async ({ page }) => {
  const name = 'Jana Beispiel';
  const email = uniqueEmail('jana.beispiel');

  await page.goto('/register');
  await expectAccessible(page, 'register');
  await shot(page, 'register');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Konto anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' })).toBeVisible();
  await expectAccessible(page, 'check-mail');

  // Before verification the account cannot sign in.
  const link = await linkMailedTo(email, '/verify-email');
  await page.goto(link);
  await expect(page.getByText('Ihre E-Mail-Adresse ist bestätigt.')).toBeVisible();
  await expectAccessible(page, 'verify-email');
  await shot(page, 'verify-email');
  await page.getByRole('link', { name: 'Zur Anmeldung' }).click();

  await expect(page).toHaveURL(/\/sign-in/);
  await expectAccessible(page, 'sign-in');
  await shot(page, 'sign-in');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill('falsches-passwort-123');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await page.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Willkommen, ${name}` })).toBeVisible();
  await expectAccessible(page, 'start');
  await shot(page, 'start-signed-in');

  await page.getByRole('button', { name: 'English' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${name}` })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page, 'start-en');
  await shot(page, 'start-en');

  // The language belongs to the account: it survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${name}` })).toBeVisible();

  await page
    .getByRole('button', { name: new RegExp(name) })
    .first()
    .click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${name}` })).toHaveCount(0);
  const me = await page.request.get('/api/me');
  expect(me.status()).toBe(401);
  await shot(page, 'signed-out');
});
