import type { Page } from '@playwright/test';
import { PLATFORM_ADMIN, platformAdminApi } from './admin.ts';
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

const HEADER = 'slug;title;summary;sector;fields;partners;start_year;end_year;status;legal_form;transferable';

/** CSV as UTF-8 with BOM, or as a German spreadsheet saves it by default (Windows-1252, here its Latin-1 part). */
function csvFile(name: string, lines: string[], encoding: 'utf8' | 'latin1' = 'utf8') {
  const text = [HEADER, ...lines].join('\r\n');
  const buffer = Buffer.from(encoding === 'utf8' ? `\uFEFF${text}\r\n` : `${text}\r\n`, encoding);
  return { name, mimeType: 'text/csv', buffer };
}

test('a platform admin checks a file, reads its problems, corrects it and confirms the import', async ({ page }) => {
  test.setTimeout(120_000);
  await platformAdminApi();
  const suffix = Date.now().toString(36);
  const slug = `wasserverbund-nordheide-${suffix}`;
  const title = `Wasserverbund Nordheide-Süd ${suffix}`;

  await page.setViewportSize({ width: 1280, height: 800 });
  await signInThroughUi(page, PLATFORM_ADMIN.email, PLATFORM_ADMIN.name);
  await page.goto('/admin');
  await page
    .getByRole('navigation', { name: 'Bereiche der Plattformverwaltung' })
    .getByRole('link', { name: 'Atlas-Import' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Atlas-Import' })).toBeVisible();
  await checkPage(page, 'atlas-import');

  // Without a file the form says so, in the summary and at the field.
  await page.getByRole('button', { name: 'Datei prüfen' }).click();
  await expect(page.getByRole('link', { name: 'Bitte wählen Sie eine Datei aus.' })).toBeVisible();

  // A file with mistakes: every problem by row and column, the summary takes focus, no confirm button.
  const file = page.getByLabel('CSV- oder JSON-Datei');
  await file.setInputFiles(
    csvFile('kooperationen.csv', [
      `${slug};${title};Gemeinsame Wasserversorgung;06;wasserversorgung;03353031 | 03353026;2012;2008;laufend;zweckverband;ja`,
      `${slug}-b;Zweite Zeile ${suffix};Test;06;wasserversorgung;99999999;2012;;fertig;Zweckverband;ja`,
    ]),
  );
  await page.getByRole('button', { name: 'Datei prüfen' }).click();
  const summary = page.getByRole('heading', { name: '3 Probleme in 2 Zeilen' });
  await expect(summary).toBeVisible();
  await expect(page.locator('.error-summary')).toBeFocused();
  const problems = page.getByRole('table', { name: 'Probleme' });
  await expect(problems.getByRole('columnheader', { name: 'Spalte' })).toBeVisible();
  await expect(problems.getByRole('row', { name: /2 .* end_year .*Endjahr liegt vor dem Startjahr/ })).toBeVisible();
  await expect(problems.getByRole('row', { name: /3 .* partners .*99999999/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import bestätigen' })).toHaveCount(0);
  await checkPage(page, 'atlas-import-problems');

  // The corrected file: all rows fine, then confirmed and published.
  await file.setInputFiles(
    csvFile(
      'kooperationen.csv',
      [
        `${slug};${title};Gemeinsame Wasserversorgung für Gemeinden an der Seeve;06;wasserversorgung;03353031 | 03353026;2008;;laufend;zweckverband;ja`,
        `${slug}-b;Zweite Zeile ${suffix};Gemeinsamer Bauhof;06;bauhof;03353;2012;;laufend;Zweckverband;nein`,
      ],
      'latin1',
    ),
  );
  await page.getByRole('button', { name: 'Datei prüfen' }).click();
  await expect(page.getByText('Alle 2 Zeilen sind in Ordnung')).toBeVisible();
  await expect(page.getByText('Neu anzulegen: 2, zu aktualisieren: 0.').first()).toBeVisible();
  await checkPage(page, 'atlas-import-valid');
  await page.getByRole('button', { name: 'Import bestätigen' }).click();
  // The rows are written in the background; the page asks for the progress and then shows the outcome.
  const done = page.getByRole('status').getByText('Angelegt und veröffentlicht: 2, aktualisiert: 0.');
  await expect(done).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('div:has(> .kern-alert--success)').filter({ has: done })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Import bestätigen' })).toHaveCount(0);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await checkPage(page, 'atlas-import-done');

  await page.goto(`/atlas/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test('a large import shows its progress while it is written, then its outcome', async ({ page }) => {
  test.setTimeout(300_000);
  await platformAdminApi();
  const suffix = Date.now().toString(36);
  const rows = Array.from(
    { length: 1_000 },
    (_, n) =>
      `bauhof-${suffix}-${n};Gemeinsamer Bauhof ${n} ${suffix};Maschinen und Personal teilen;06;bauhof;03353031 | 03353026;2010;;laufend;zweckverband;ja`,
  );
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInThroughUi(page, PLATFORM_ADMIN.email, PLATFORM_ADMIN.name);
  await page.goto('/admin/atlas-import');
  await page.getByLabel('CSV- oder JSON-Datei').setInputFiles(csvFile('bauhoefe.csv', rows));
  await page.getByRole('button', { name: 'Datei prüfen' }).click();
  await expect(page.getByText('Alle 1.000 Zeilen sind in Ordnung')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Import bestätigen' }).click();

  // A labelled progress bar and a status line that says how far it is.
  const progress = page.getByRole('progressbar', { name: /^Fortschritt: [\d.]+ von 1\.000 Zeilen geschrieben$/ });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('max', '1000');
  await expect(page.getByRole('status').filter({ hasText: /Der Import (läuft|ist bestätigt)/ })).toBeVisible();
  await expect(
    page.getByText('Sie können die Seite verlassen; der Import läuft weiter.', { exact: false }),
  ).toBeVisible();
  const done = page.getByRole('status').getByText('Angelegt und veröffentlicht: 1.000, aktualisiert: 0.');
  // The bar moves while the rows are written; on a fast machine the import may end between two looks.
  await expect(async () => {
    const shown = Number(await progress.getAttribute('value', { timeout: 1_000 }).catch(() => '0'));
    expect(shown > 0 || (await done.isVisible())).toBe(true);
  }).toPass({ timeout: 60_000 });
  if ((await progress.count()) > 0) {
    await shot(page, 'atlas-import-progress-1280');
    await expectAccessible(page, 'atlas-import-progress');
  }

  await expect(done).toBeVisible({ timeout: 240_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.locator('div:has(> .kern-alert--success)').filter({ has: done })).toBeFocused();

  // Opened again later, the page shows the outcome without asking to confirm.
  await page.reload();
  await expect(
    page.getByRole('status').getByText('Angelegt und veröffentlicht: 1.000, aktualisiert: 0.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import bestätigen' })).toHaveCount(0);
  await page.goto(`/atlas/bauhof-${suffix}-999`);
  await expect(page.getByRole('heading', { level: 1, name: `Gemeinsamer Bauhof 999 ${suffix}` })).toBeVisible();
});
