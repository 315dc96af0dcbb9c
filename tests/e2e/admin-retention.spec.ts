import type { Page } from '@playwright/test';
import { PLATFORM_ADMIN, platformAdminApi } from './admin.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

const DEFAULTS = { sessionDays: 30, notificationDays: 90, outboxDays: 7, auditDays: 730 };

/** At 320 px: nothing scrolls sideways, still accessible, photographed. */
async function atNarrowWidth(page: Page, name: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  await shot(page, `${name}-320`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible(page, `${name}-320`);
  if (size) await page.setViewportSize(size);
}

test('a platform admin sets the retention periods by keyboard; a period too short for evidence is refused', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const api = await platformAdminApi();
  const reset = await api.put('/api/admin/retention', { data: DEFAULTS });
  expect(reset.status(), await reset.text()).toBe(200);

  await signInThroughUi(page, PLATFORM_ADMIN.email, PLATFORM_ADMIN.name);
  await page.goto('/admin/organisations');
  await page
    .getByRole('navigation', { name: 'Bereiche der Plattformverwaltung' })
    .getByRole('link', { name: 'Einstellungen' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen der Plattform' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Aufbewahrungsfristen' })).toBeVisible();
  const field = (label: string) => page.getByRole('textbox', { name: label });
  await expect(field('Beendete Sitzungen (Tage)')).toHaveValue('30');
  await expect(field('Benachrichtigungen (Tage)')).toHaveValue('90');
  await expect(field('Zugestellte Live-Ereignisse (Tage)')).toHaveValue('7');
  await expect(field('Protokolleinträge (Tage)')).toHaveValue('730');
  await expect(page.getByText(/Ungelesene bleiben länger, mindestens 365 Tage/)).toBeVisible();
  await shot(page, 'admin-retention');
  await expectAccessible(page, 'admin-retention');
  await atNarrowWidth(page, 'admin-retention');

  // By keyboard: into the first field, Tab through the others, the audit log's period too short.
  await field('Beendete Sitzungen (Tage)').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('14');
  for (const label of ['Benachrichtigungen (Tage)', 'Zugestellte Live-Ereignisse (Tage)', 'Protokolleinträge (Tage)']) {
    await page.keyboard.press('Tab');
    await expect(field(label)).toBeFocused();
  }
  await page.keyboard.press('Control+A');
  await page.keyboard.type('30');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Geben Sie eine ganze Zahl von 90 bis 3.650 Tagen ein.').first()).toBeVisible();
  await expect(field('Protokolleinträge (Tage)')).toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'admin-retention-refused');
  await expectAccessible(page, 'admin-retention-refused');

  await field('Protokolleinträge (Tage)').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1095');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Fristen speichern' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Die Fristen sind gespeichert.' })).toBeVisible();
  await shot(page, 'admin-retention-saved');

  await page.reload();
  await expect(field('Beendete Sitzungen (Tage)')).toHaveValue('14');
  await expect(field('Protokolleinträge (Tage)')).toHaveValue('1095');
  expect(await (await api.get('/api/admin/retention')).json()).toEqual({
    ...DEFAULTS,
    sessionDays: 14,
    auditDays: 1095,
  });

  const restored = await api.put('/api/admin/retention', { data: DEFAULTS });
  expect(restored.status()).toBe(200);
});
