import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PLATFORM_ADMIN, platformAdminApi } from './admin.ts';
import { findOrganisation } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

/** Checks a page with axe and photographs it at desktop width and at 320 px. */
async function checkPage(page: Page, name: string) {
  await expectAccessible(page, name);
  await shot(page, `${name}-1280`);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page, `${name}-320`);
  await shot(page, `${name}-320`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

// The test file in the GV-ISys table's layout: Berlstedt, Buttelstedt and Großobringen merged into Am Ettersberg.
const FIXTURES = new URL('../../src/server/features/organisations/directory/import/fixtures/', import.meta.url);
const csv = {
  name: 'gemeinden-2019.csv',
  mimeType: 'text/csv',
  // As German Excel saves it: Windows-1252 (here its Latin-1 part).
  buffer: Buffer.from(readFileSync(new URL('weimarer-land-2019.csv', FIXTURES), 'utf8'), 'latin1'),
};

test('a platform admin previews the Destatis file, confirms it, and the merged Gemeinde points to its successor', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const admin = await platformAdminApi();
  const berlstedt = await findOrganisation(admin, 'Berlstedt');

  await page.setViewportSize({ width: 1280, height: 800 });
  await signInThroughUi(page, PLATFORM_ADMIN.email, PLATFORM_ADMIN.name);
  await page.goto('/admin');
  await page
    .getByRole('navigation', { name: 'Bereiche der Plattformverwaltung' })
    .getByRole('link', { name: 'Verzeichnis' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amtliches Verzeichnis aktualisieren' })).toBeVisible();
  await expect(page.getByText('BKG VG250 2016-01-01')).toBeVisible();
  await checkPage(page, 'directory-update');

  // An Excel workbook is refused before it is sent.
  const file = page.getByLabel('Gemeindeverzeichnis (GV100AD oder CSV)');
  await file.setInputFiles({
    name: 'gemeinden.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('PK\u0003\u0004rest'),
  });
  await page.getByRole('button', { name: 'Änderungen anzeigen' }).click();
  await expect(page.getByRole('link', { name: /Das ist eine Excel-Datei/ })).toBeVisible();

  await file.setInputFiles(csv);
  await page.getByRole('button', { name: 'Änderungen anzeigen' }).click();
  await expect(page.getByRole('heading', { name: 'Was sich ändern würde' })).toBeVisible();
  await expect(
    page.getByText('Die Datei hat keine Landeszeilen; verglichen werden nur die Kreise 16071.'),
  ).toBeVisible();
  await page.getByText('Aufgelöst (3)').click();
  await expect(page.getByText('Berlstedt (16071007) – Nachfolgerin: Am Ettersberg')).toBeVisible();
  await checkPage(page, 'directory-update-preview');

  await page.getByRole('button', { name: 'Verzeichnis aktualisieren' }).click();
  await expect(page.getByText('1 neu, 1 umbenannt, 1 neu geschlüsselt, 3 aufgelöst.')).toBeVisible();
  await checkPage(page, 'directory-update-done');

  // The dissolved Gemeinde's page says so and leads to Am Ettersberg, whose Kreis has its full name.
  await page.goto(`/organisations/${berlstedt.id}`);
  await expect(
    page.getByText('Im amtlichen Gemeindeverzeichnis mit Stand vom 31.12.2019 ist Berlstedt nicht mehr enthalten.'),
  ).toBeVisible();
  await checkPage(page, 'directory-dissolved-organisation');
  await page.getByRole('link', { name: 'Am Ettersberg' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Am Ettersberg' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Landkreis Weimarer Land' })).toBeVisible();
  await checkPage(page, 'directory-successor-organisation');
});
