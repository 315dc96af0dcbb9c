import { PLATFORM_ADMIN } from './admin.ts';
import { expect, expectAccessible, setupToken, shot, test } from './fixtures.ts';

test('first start: the setup link creates the first platform administrator', async ({ page, request }) => {
  const setup = await (await request.get('/api/setup')).json();
  test.skip(!setup.needed, 'the platform was already set up by an earlier run on this data folder');

  await page.goto(`/setup?token=${await setupToken()}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shot(page, 'setup');
  await expectAccessible(page, 'setup');

  await page.getByLabel('Name', { exact: true }).fill(PLATFORM_ADMIN.name);
  await page.getByLabel('E-Mail-Adresse').fill(PLATFORM_ADMIN.email);
  await page.getByLabel('Passwort', { exact: true }).fill(PLATFORM_ADMIN.password);
  await page.getByRole('button', { name: 'Verwaltungskonto anlegen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Willkommen, ${PLATFORM_ADMIN.name}` })).toBeVisible();
  await shot(page, 'start-platform-admin');

  // The administration is reachable from the navigation and shows the audit log with the setup in it.
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Verwaltung' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'admin-organisations');
  await shot(page, 'admin-organisations');
  await page.goto('/admin/audit');
  await expect(page.getByRole('table')).toContainText(PLATFORM_ADMIN.name);
  await expectAccessible(page, 'admin-audit');
  await shot(page, 'admin-audit');

  // The link works once only.
  const again = await request.get('/api/setup');
  expect((await again.json()).needed).toBe(false);
});
