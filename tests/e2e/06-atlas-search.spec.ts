import type { APIRequestContext } from '@playwright/test';
import { platformAdminApi } from './admin.ts';
import { cooperationInput, findOrganisation } from './api.ts';
import { E2E_BASE_URL, expect, expectAccessible, shot, test } from './fixtures.ts';

// A word only this run's records carry, so the journey finds exactly them on a shared server.
const TAG = `atlasreise${Date.now()
  .toString(36)
  .replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)] ?? 'x')}`;

interface Draft {
  title: string;
  summary: string;
  sector: string;
  fields: string[];
  legalForm: string;
  partner: string;
  startYear: number;
}

const RECORDS: Draft[] = [
  {
    title: 'Gemeinsamer Bauhof im Elbtal',
    summary: 'Zwei Bauhöfe teilen Maschinen, Winterdienst und Personalplanung.',
    sector: '06',
    fields: ['bauhof'],
    legalForm: 'zweckverband',
    partner: 'Dresden',
    startYear: 2012,
  },
  {
    title: 'Standesamtsverbund an der Elbe',
    summary: 'Ein gemeinsames Standesamt mit Terminen in mehreren Orten.',
    sector: '01',
    fields: ['standesamt'],
    legalForm: 'zweckvereinbarung',
    partner: 'Dresden',
    startYear: 2016,
  },
  {
    title: 'IT-Kooperation Leipzig',
    summary: 'Gebündelte Fachkompetenz je Standort und gemeinsame Beschaffung der IT.',
    sector: '01',
    fields: ['edv', 'beschaffung'],
    legalForm: 'verwaltungsvereinbarung',
    partner: 'Leipzig',
    startYear: 2009,
  },
  {
    title: 'Feuerwehrausbildung Seevetal',
    summary: 'Gemeinsame Ausbildung der Freiwilligen Feuerwehren im Landkreis Harburg.',
    sector: '03',
    fields: ['feuerwehr'],
    legalForm: 'zweckvereinbarung',
    partner: 'Seevetal',
    startYear: 2018,
  },
];

async function publish(admin: APIRequestContext, draft: Draft): Promise<string> {
  const partner = await findOrganisation(admin, draft.partner);
  const created = await admin.post('/api/atlas/cooperations', {
    data: cooperationInput({
      title: draft.title,
      summary: draft.summary,
      sector: draft.sector,
      fields: draft.fields,
      keywords: [TAG],
      partnerIds: [partner.id],
      startYear: draft.startYear,
      legalForm: draft.legalForm,
      description: `<p>${draft.summary}</p>`,
      transferable: draft.sector === '01',
    }),
  });
  expect(created.status(), await created.text()).toBe(201);
  const record = await created.json();
  const published = await admin.post(`/api/atlas/cooperations/${record.id}/state`, { data: { state: 'published' } });
  expect(published.status(), await published.text()).toBe(200);
  return record.slug;
}

test('a visitor searches the atlas, filters by Land and legal form, and follows the list and the map', async ({
  page,
}) => {
  const admin = await platformAdminApi();
  for (const draft of RECORDS) await publish(admin, draft);

  // No request leaves the platform: no tile server is configured, and the outlines are our own.
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(E2E_BASE_URL).origin) elsewhere.push(request.url());
  });

  // Signed out, the visitor opens the atlas from the main navigation and searches.
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Kooperationsatlas' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kooperationsatlas' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill(TAG);
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${TAG}`));
  const count = page.locator('.atlas-search__count h2');
  await expect(count).toHaveText('4 Kooperationen');
  const results = page.locator('.atlas-hits');
  await expect(results.getByRole('link', { name: 'Feuerwehrausbildung Seevetal' })).toBeVisible();
  const map = page.locator('#atlas-map');
  await expect(map.getByRole('group', { name: 'Karte' })).toBeVisible();
  await expect(map.getByRole('link', { name: /Feuerwehrausbildung Seevetal/ })).toBeAttached();
  await expectAccessible(page, 'atlas-search');
  await shot(page, 'atlas-search-1280');
  expect(elsewhere).toEqual([]);

  // Filter by Land: only the Saxon records stay, in the list and on the map; the map frames Sachsen.
  await page.getByRole('checkbox', { name: /^Sachsen/ }).check();
  await expect(page).toHaveURL(/[?&]land=SN/);
  await expect(count).toHaveText('3 Kooperationen');
  await expect(results.getByRole('link', { name: 'Feuerwehrausbildung Seevetal' })).toHaveCount(0);
  await expect(map.getByRole('link', { name: /Feuerwehrausbildung Seevetal/ })).toHaveCount(0);

  // …and by legal form.
  await page.getByRole('checkbox', { name: /^Zweckverband/ }).check();
  await expect(page).toHaveURL(/[?&]legalForm=zweckverband/);
  await expect(count).toHaveText('1 Kooperation');
  await expect(page.getByRole('button', { name: /Rechts- und Organisationsform: Zweckverband/ })).toBeVisible();
  await expectAccessible(page, 'atlas-search-filtered');
  await shot(page, 'atlas-search-filtered-1280');

  // The back button restores the previous filters: Sachsen without the legal form.
  await page.goBack();
  await expect(page).not.toHaveURL(/legalForm=/);
  await expect(page).toHaveURL(/[?&]land=SN/);
  await expect(count).toHaveText('3 Kooperationen');
  await expect(page.getByRole('checkbox', { name: /^Sachsen/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Zweckverband/ })).not.toBeChecked();
  // The download of the result carries the same filters.
  await expect(page.getByRole('link', { name: 'CSV (für Excel)' })).toHaveAttribute('href', /land=14/);

  // A record opens from the list; back again, the filtered search is still there.
  await results.getByRole('link', { name: 'IT-Kooperation Leipzig' }).click();
  await expect(page).toHaveURL(/\/atlas\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'IT-Kooperation Leipzig' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/[?&]land=SN/);
  await expect(count).toHaveText('3 Kooperationen');

  // The two Dresden records share one place: a cluster that lists them when it cannot be pulled apart.
  const cluster = map.getByRole('button', { name: /2 Kooperationen hier/ });
  await cluster.click();
  const leaves = map.getByRole('heading', { name: '2 Kooperationen an dieser Stelle' });
  await expect(leaves).toBeVisible();
  await expect(map.getByRole('link', { name: 'Standesamtsverbund an der Elbe' })).toBeVisible();
  await map.getByRole('button', { name: 'Liste schließen' }).click();

  // Keyboard: the map zooms out with − to all of Germany (no further), in again with +.
  const svg = map.getByRole('group', { name: 'Karte' });
  const zoomOut = map.getByRole('button', { name: 'Karte verkleinern' });
  await svg.focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('-');
  await expect(zoomOut).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('+');
  await expect(zoomOut).not.toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');

  // A map marker is a link to its record.
  await map.getByRole('link', { name: /IT-Kooperation Leipzig/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'IT-Kooperation Leipzig' })).toBeVisible();

  // Narrow screens: one column, the filters folded behind a button.
  await page.goBack();
  await expect(count).toHaveText('3 Kooperationen');
  await page.setViewportSize({ width: 320, height: 800 });
  const toggle = page.getByRole('button', { name: /Filter anzeigen/ });
  await expect(toggle).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Sachsen/ })).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, 'atlas-search-320');
  await shot(page, 'atlas-search-320');
  await toggle.click();
  await expect(page.getByRole('checkbox', { name: /^Sachsen/ })).toBeVisible();
  await shot(page, 'atlas-search-320-filters');
});
