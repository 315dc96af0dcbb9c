import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { PLATFORM_ADMIN, platformAdminApi } from './admin.ts';
import { PASSWORD, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, mailsTo, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

test('a person asks for their data on the account page, follows its progress and downloads the ZIP', async ({
  page,
}) => {
  const name = 'Dora Datenkopie';
  const email = uniqueEmail('dora-datenkopie');
  await registerVerifiedViaApi({ name, email });
  await signInThroughUi(page, email, name, PASSWORD);

  await page.goto('/account');
  const section = page.getByRole('heading', { level: 2, name: 'Meine Daten' });
  await expect(section).toBeVisible();
  // By keyboard from the account page to the page of its own.
  const open = page.getByRole('link', { name: 'Meine Daten öffnen' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/account\/my-data$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Daten' })).toBeVisible();
  await expect(page.getByText('Sie haben noch keine Daten angefordert.')).toBeVisible();
  await expectAccessible(page, 'my-data-empty');

  const ask = page.getByRole('button', { name: 'Daten anfordern' });
  await ask.focus();
  await page.keyboard.press('Enter');
  // The page asks again while the archive is prepared, and says when it is ready.
  await expect(page.getByRole('status').filter({ hasText: 'Ihr Archiv ist fertig' })).toBeVisible({ timeout: 20_000 });
  const row = page.getByRole('row', { name: /Bereit/ });
  await expect(row).toBeVisible();
  await shot(page, 'my-data-ready');
  await expectAccessible(page, 'my-data-ready');

  const download = page.waitForEvent('download');
  await row.getByRole('link', { name: /Herunterladen/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^allmende-meine-daten-\d{4}-\d{2}-\d{2}\.zip$/);
  const entries = unzipSync(new Uint8Array(readFileSync(await file.path())));
  expect(Object.keys(entries)).toContain('README.txt');
  const account = JSON.parse(Buffer.from(entries['account.json'] as Uint8Array).toString('utf8'));
  expect(account.person).toMatchObject({ name, email });

  // The mail links to the page, not to the file.
  const mail = mailsTo(email).find((m) => m.subject === 'Ihre Daten sind bereit');
  expect(mail?.text).toContain('/account/my-data');
  expect(mail?.text).not.toContain('/download');

  // The bell says it too.
  await page.goto('/notifications');
  await expect(page.getByText('Ihre Daten sind bereit zum Herunterladen')).toBeVisible();

  await page.goto('/account/my-data');
  await page.setViewportSize({ width: 320, height: 800 });
  await expect(page.getByRole('row', { name: /Bereit/ })).toBeVisible();
  await shot(page, 'my-data-320');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('button', { name: 'English' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'My data' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Ready/ })).toBeVisible();
  await shot(page, 'my-data-en');
  await expectAccessible(page, 'my-data-en');
});

test("a platform admin prepares a person's data on their request, downloads it, and the person sees it marked", async ({
  page,
  browser,
}) => {
  const name = 'Gerold Auskunftsbrief';
  const email = uniqueEmail('gerold-auskunftsbrief');
  await platformAdminApi();
  await registerVerifiedViaApi({ name, email });
  await signInThroughUi(page, PLATFORM_ADMIN.email, PLATFORM_ADMIN.name, PLATFORM_ADMIN.password);
  await page.goto(`/admin/people?q=${encodeURIComponent(name)}`);
  const open = page.getByRole('button', { name: `Datenauskunft (${name})` });
  await open.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 3, name: `Datenauskunft für ${name}` });
  await expect(heading).toBeFocused();
  await expect(page.getByText('Für diese Person gibt es keine Archive.')).toBeVisible();
  // Without a reason the form says so.
  const submit = page.getByRole('button', { name: 'Datenauskunft erstellen' });
  await submit.click();
  await expect(page.getByText('Bitte geben Sie eine Begründung an.').first()).toBeVisible();
  await expectAccessible(page, 'admin-data-export-form');
  await page.getByLabel(/Begründung/).fill('Brief vom 4. Dezember, Eingang Poststelle');
  await submit.click();
  // The list asks again while the archive is prepared, and says when it is ready.
  await expect(page.getByRole('status').filter({ hasText: 'Das Archiv ist fertig' })).toBeVisible({ timeout: 20_000 });
  const row = page.getByRole('row', { name: /Bereit/ });
  await expect(row).toContainText(PLATFORM_ADMIN.name);
  await row.scrollIntoViewIfNeeded();
  await shot(page, 'admin-data-export-ready');
  await expectAccessible(page, 'admin-data-export-ready');
  const download = page.waitForEvent('download');
  await row.getByRole('link', { name: /Herunterladen/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^allmende-datenauskunft-\d{4}-\d{2}-\d{2}\.zip$/);
  const entries = unzipSync(new Uint8Array(readFileSync(await file.path())));
  const account = JSON.parse(Buffer.from(entries['account.json'] as Uint8Array).toString('utf8'));
  expect(account.person).toMatchObject({ name, email });

  await page.setViewportSize({ width: 320, height: 800 });
  await heading.scrollIntoViewIfNeeded();
  await shot(page, 'admin-data-export-320');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'English' }).first().click();
  await expect(page.getByRole('heading', { level: 3, name: `Data access for ${name}` })).toBeVisible();
  await shot(page, 'admin-data-export-en');
  await expectAccessible(page, 'admin-data-export-en');
  // The choice is kept with the account: the platform admin goes back to German for the journeys after this one.
  await page.getByRole('button', { name: 'Deutsch' }).first().click();
  await expect(page.getByRole('heading', { level: 3, name: `Datenauskunft für ${name}` })).toBeVisible();

  // The person is told by mail, and their page marks the archive as prepared on request.
  await expect.poll(() => mailsTo(email).some((m) => m.text.includes('Plattform-Administration'))).toBe(true);
  const context = await browser.newContext({ locale: 'de-DE' });
  const personPage = await context.newPage();
  await signInThroughUi(personPage, email, name, PASSWORD);
  await personPage.goto('/account/my-data');
  await expect(personPage.getByText('Auf Ihre Anfrage von der Plattform-Administration erstellt')).toBeVisible();
  await shot(personPage, 'my-data-on-request');
  await context.close();
});
