import { E2E_BASE_URL, expect, expectAccessible, shot, test } from './fixtures.ts';

// The API documentation is a page of the app: its header and footer, KERN look, axe-clean, keyboard
// usable, German and English; the OpenAPI document stays machine-readable at its address.

test('the API documentation is an accessible page of the app, with a way back and the JSON document', async ({
  page,
  request,
}) => {
  // A long page checked with axe three times (closed, an endpoint open, in English).
  test.setTimeout(360_000);
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') blocked.push(message.text());
  });

  // The footer's old address leads to the page.
  const response = await page.goto('/api/docs');
  expect(new URL(page.url()).pathname).toBe('/developers');
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  await expect(page.getByRole('heading', { level: 1, name: 'API-Dokumentation' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Organisationen' })).toBeVisible();
  await expect(page.getByText('/api/organisations', { exact: true }).first()).toBeVisible();
  await expectAccessible(page, 'api-docs');
  await shot(page, 'api-docs');

  // The table of contents jumps to an area; an endpoint opens with the keyboard.
  await page
    .getByRole('navigation', { name: 'Bereiche der API' })
    .getByRole('link', { name: 'Kooperationsatlas' })
    .click();
  await expect(page).toHaveURL(/#api-atlas$/);
  const search = page.locator('#get-api-atlas-cooperations');
  await search.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(search).toHaveAttribute('open', '');
  const parameters = search.getByRole('table', { name: 'Parameter von GET /api/atlas/cooperations' });
  await expect(parameters).toBeVisible();
  await expect(parameters.getByRole('cell', { name: 'q', exact: true })).toBeVisible();
  await expect(search.getByRole('heading', { name: 'Antworten' })).toBeVisible();
  await expectAccessible(page, 'api-docs-open');
  await shot(page, 'api-docs-open');

  // The filter narrows the list and says how many are left.
  await page.getByRole('searchbox', { name: 'Endpunkte filtern' }).fill('atlas import');
  await expect(page.getByRole('status').filter({ hasText: /von \d+ Endpunkten/ })).toBeVisible();
  await expect(page.getByText('/api/organisations', { exact: true })).toHaveCount(0);
  await expect(page.getByText('/api/atlas/imports', { exact: true }).first()).toBeVisible();

  // At 320 px nothing scrolls sideways, also with an endpoint open.
  await page.getByRole('searchbox', { name: 'Endpunkte filtern' }).fill('');
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(page, 'api-docs-320');
  await page.setViewportSize({ width: 1280, height: 800 });

  // In English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API documentation' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Cooperation atlas' })).toBeVisible();
  await expectAccessible(page, 'api-docs-en');
  await page.getByRole('button', { name: 'Deutsch' }).click();

  // The machine-readable document is where the page says it is.
  const link = page.getByRole('link', { name: '/api/openapi.json' });
  await expect(link).toHaveAttribute('href', '/api/openapi.json');
  const openapi = await request.get(`${E2E_BASE_URL}/api/openapi.json`);
  expect(openapi.status()).toBe(200);
  expect(await openapi.json()).toMatchObject({ openapi: '3.1.0', info: { title: 'Allmende API' } });

  // And the way back: the app's own header.
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Start' }).click();
  await expect(page).toHaveURL(`${E2E_BASE_URL}/`);
  expect(blocked).toEqual([]);
});
