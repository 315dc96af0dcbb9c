import { request } from '@playwright/test';
import { PASSWORD, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { E2E_BASE_URL, expect, expectAccessible, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

test('a person creates an app password, sees it once, uses it with the API and revokes it', async ({
  page,
  context,
}) => {
  const name = 'Ada Apppass';
  const email = uniqueEmail('ada-apppass');
  await registerVerifiedViaApi({ name, email });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signInThroughUi(page, email, name, PASSWORD);

  await page.goto('/account');
  // The signed-in devices name their coarse place: this browser is on the server's own network.
  const thisDevice = page.getByRole('row', { name: /Dieses Gerät/ });
  await expect(thisDevice).toContainText('Lokales Netz');
  await expect(page.getByRole('columnheader', { name: 'Ort (ungefähr)' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'App-Passwörter' })).toBeVisible();
  await expect(page.getByText('Sie haben noch keine App-Passwörter.')).toBeVisible();

  // Nothing named: the form says so at the field.
  await page.getByRole('button', { name: 'App-Passwort erstellen' }).click();
  await expect(page.getByText('Bitte geben Sie einen Namen ein.').first()).toBeVisible();

  // By keyboard: name, then the API radio button (read and write), then create; it ends after 90 days unless chosen otherwise.
  await page.getByLabel('Name des App-Passworts').fill('Fachverfahren');
  await page.getByRole('radio', { name: 'API, lesen und ändern' }).check();
  await expect(page.getByLabel('Gültigkeit')).toHaveValue('90');
  await page.getByRole('button', { name: 'App-Passwort erstellen' }).press('Enter');

  const tokenField = page.getByLabel('App-Passwort', { exact: true });
  await expect(tokenField).toBeFocused();
  await expect(tokenField).toHaveAttribute('readonly', '');
  const token = await tokenField.inputValue();
  expect(token).toMatch(/^alm_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText('Es wird nur dieses eine Mal angezeigt')).toBeVisible();
  const in90Days = new Date(Date.now() + 90 * 86_400_000).toLocaleDateString('de-DE', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Berlin',
  });
  await expect(page.getByText(`Es ist gültig bis ${in90Days}`)).toBeVisible();
  await page.getByRole('button', { name: 'Kopieren' }).click();
  await expect(page.getByText('In die Zwischenablage kopiert.')).toBeVisible();

  const row = page.getByRole('row', { name: /Fachverfahren/ });
  await expect(row).toContainText(token.slice(-4));
  await expect(row).toContainText('Noch nie');
  await expect(row).toContainText(in90Days);
  await shot(page, 'app-passwords-created');
  await expectAccessible(page, 'app-passwords-created');

  // The API answers to the token, without cookie or Origin.
  const client = await request.newContext({ baseURL: E2E_BASE_URL });
  const me = await client.get('/api/me', { headers: { authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect((await me.json()).email).toBe(email);
  const renamed = await client.patch('/api/me', {
    headers: { authorization: `Bearer ${token}` },
    data: { name: 'Ada Apppass' },
  });
  expect(renamed.status()).toBe(200);

  // A token that may only read, until revoked: it reads, and a change is refused.
  await page.getByRole('button', { name: 'Fertig, ausblenden' }).click();
  await page.getByLabel('Name des App-Passworts').fill('Auswertung');
  await page.getByRole('radio', { name: 'API, nur lesen' }).check();
  await page.getByLabel('Gültigkeit').selectOption({ label: 'Bis zum Widerruf' });
  await page.getByRole('button', { name: 'App-Passwort erstellen' }).click();
  const readToken = await page.getByLabel('App-Passwort', { exact: true }).inputValue();
  await expect(page.getByRole('row', { name: /Auswertung/ })).toContainText('Bis zum Widerruf');
  await expect(page.getByRole('row', { name: /Auswertung/ })).toContainText('API, nur lesen');
  expect((await client.get('/api/me', { headers: { authorization: `Bearer ${readToken}` } })).status()).toBe(200);
  const readOnly = await client.patch('/api/me', {
    headers: { authorization: `Bearer ${readToken}` },
    data: { name: 'Nur lesen' },
  });
  expect(readOnly.status()).toBe(403);
  expect((await readOnly.json()).type).toBe('/problems/insufficient-scope');
  await shot(page, 'app-passwords-read-only');
  await page.getByRole('button', { name: 'Widerrufen (Auswertung)' }).click();
  await page.getByRole('button', { name: 'Ja, widerrufen' }).click();
  await expect(page.getByRole('row', { name: /Auswertung/ })).toHaveCount(0);

  // Shown once: after a reload the token is gone, the use is noted.
  await page.reload();
  await expect(page.getByLabel('App-Passwort', { exact: true })).toHaveCount(0);
  expect(await page.content()).not.toContain(token);
  await expect(page.getByRole('row', { name: /Fachverfahren/ })).not.toContainText('Noch nie');

  await page.setViewportSize({ width: 320, height: 800 });
  await shot(page, 'app-passwords-320');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Revoking asks first; afterwards the token opens nothing.
  await page.getByRole('button', { name: 'Widerrufen (Fachverfahren)' }).click();
  const confirm = page.getByRole('button', { name: 'Ja, widerrufen' });
  await expect(confirm).toBeFocused();
  await shot(page, 'app-passwords-revoke');
  await confirm.click();
  await expect(page.getByText('Sie haben noch keine App-Passwörter.')).toBeVisible();
  const refused = await client.get('/api/me', { headers: { authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()['www-authenticate']).toContain('Bearer');

  // In English too; WebDAV is the preselected use.
  await page.getByRole('button', { name: 'English' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'App passwords' })).toBeVisible();
  await page.getByLabel('Name of the app password').fill('Explorer');
  await page.getByRole('button', { name: 'Create app password' }).click();
  await expect(page.getByText('It is shown this once only')).toBeVisible();
  await expect(page.getByRole('row', { name: /Explorer/ })).toContainText('WebDAV');
  await shot(page, 'app-passwords-en');
  await expectAccessible(page, 'app-passwords-en');
  await client.dispose();
});
