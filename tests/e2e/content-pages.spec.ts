import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { caretAtEnd } from './editor.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

// An organisation's administrator writes "Wohnsitz anmelden" in German, adds the English translation,
// then changes the German text: the English is "veraltet" in the tree and in the status matrix.

/** Checks a page with axe and photographs it at desktop width and at 320 px. */
async function checkPage(page: Page, name: string) {
  await expectAccessible(page, name);
  await shot(page, `${name}-1280`);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page, `${name}-320`);
  // Nothing but the tables' own boxes may scroll sideways at 320 px.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
  await shot(page, `${name}-320`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('an admin writes a page in German, translates it into English, and a major change makes the English outdated', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const platform = await platformAdminApi();
  const home = await findOrganisation(platform, 'Jesteburg');
  const admin = { name: 'Anke Amtsblatt', email: uniqueEmail('anke.amtsblatt') };
  const adminApi = await registerVerifiedViaApi({ ...admin, organisationId: home.id });
  const adminId = (await (await adminApi.get('/api/me')).json()).id;
  await makeOrganisationAdmin(platform, home.id, adminId);

  await page.setViewportSize({ width: 1280, height: 800 });
  await signInThroughUi(page, admin.email, admin.name);

  // The navigation leads to the organisation's content; nothing is there yet.
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Inhalte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inhalte' })).toBeVisible();
  await expect(page.getByText('Noch keine Seiten')).toBeVisible();
  await checkPage(page, 'content-empty');

  // A new page: sending it without a title names what is missing, in the summary and at the field.
  await page.getByRole('link', { name: 'Neue Seite' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neue Seite' })).toBeVisible();
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  const summary = page.getByRole('heading', { name: /Bitte korrigieren Sie/ });
  await expect(summary).toBeVisible();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.getByRole('link', { name: 'Bitte geben Sie einen Titel ein.' })).toBeVisible();
  await checkPage(page, 'content-new-errors');

  await page.getByLabel('Titel (Deutsch)').fill('Wohnsitz anmelden');
  await expect(page.getByLabel('Adresse (Kurzname)')).toHaveValue('wohnsitz-anmelden');
  await page.getByRole('textbox', { name: /^Text \(Deutsch\)/ }).click();
  await page.keyboard.type('Wer in eine Wohnung einzieht, meldet sich innerhalb von zwei Wochen beim Bürgerbüro an.');
  await page.getByLabel('LeiKa-Schlüssel').fill('99115003001000');
  await page.getByLabel('Schlagwörter').fill('Meldewesen, Umzug');
  await page.getByLabel('Ansprechstelle').fill('Bürgerbüro Jesteburg, Telefon 04183 9750-0');
  await checkPage(page, 'content-new-filled');
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();

  // The page's editor: the confirmation takes focus, German is the source.
  await expect(page.getByRole('heading', { level: 1, name: 'Wohnsitz anmelden' })).toBeVisible();
  const created = page.locator('.content-flash').filter({ hasText: 'Die Seite ist angelegt und veröffentlicht.' });
  await expect(created).toBeVisible();
  await expect(created).toBeFocused();
  const tabs = page.getByRole('navigation', { name: 'Sprachen der Seite' });
  await expect(tabs.getByRole('link', { name: /Deutsch/ })).toContainText('Ausgangssprache');
  await checkPage(page, 'content-edit-source');

  // English is added as a tab; the German text stands beside the form.
  await page.getByLabel('Sprache', { exact: true }).selectOption({ label: 'Englisch' });
  await page.getByRole('button', { name: 'Sprache hinzufügen' }).click();
  await expect(page.getByRole('heading', { name: 'Übersetzung: Englisch' })).toBeVisible();
  await expect(page.getByLabel('Titel (Englisch)')).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Ausgangstext: Deutsch, Version 1' })).toBeVisible();
  await page.getByLabel('Titel (Englisch)').fill('Registering your address');
  await page.getByRole('textbox', { name: /^Text \(Englisch\)/ }).click();
  await page.keyboard.type('Whoever moves into a flat registers at the citizens’ office within two weeks.');
  await expect(page.getByRole('textbox', { name: /^Text \(Englisch\)/ })).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await expect(page.locator('.content-text-form .content-flash')).toBeFocused();
  await expect(page.locator('.content-text-form .content-flash')).toHaveText('Version 1 ist veröffentlicht.');
  await expect(tabs.getByRole('link', { name: /Englisch/ })).toContainText('aktuell');
  await checkPage(page, 'content-edit-translation');

  // An Arabic tab is edited right to left.
  await page.getByLabel('Sprache', { exact: true }).selectOption({ label: 'Arabisch' });
  await page.getByRole('button', { name: 'Sprache hinzufügen' }).click();
  await expect(page.getByLabel('Titel (Arabisch)')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('textbox', { name: /^Text \(Arabisch\)/ })).toHaveAttribute('dir', 'rtl');

  // The German text changes (not a minor change): a new version the English was not made from.
  await tabs.getByRole('link', { name: /Deutsch/ }).click();
  await expect(page.getByRole('heading', { name: 'Deutsch – Ausgangssprache' })).toBeVisible();
  const german = page.getByRole('textbox', { name: /^Text \(Deutsch\)/ });
  await caretAtEnd(german);
  await page.keyboard.type(' Bringen Sie Ihren Personalausweis mit.');

  // A look at the English before publishing: the German text typed so far is kept, its tab says so.
  await tabs.getByRole('link', { name: /Englisch/ }).click();
  await expect(page.getByRole('heading', { name: 'Übersetzung: Englisch' })).toBeVisible();
  await expect(tabs.getByRole('link', { name: /Deutsch/ })).toContainText('ungespeichert');
  await tabs.getByRole('link', { name: /Deutsch/ }).click();
  await expect(german).toContainText('Bringen Sie Ihren Personalausweis mit.');
  await expect(page.getByText('Ihr Text in Deutsch ist noch nicht gespeichert.')).toBeVisible();
  // Leaving the page asks first: in the app with a dialog, closing or reloading with the browser's question.
  const leaving = await page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(leaving).toBe(true);
  await page.getByRole('link', { name: 'Alle Seiten' }).click();
  const unsavedDialog = page.getByRole('dialog', { name: 'Änderungen nicht gespeichert' });
  await expect(unsavedDialog).toContainText('Der Text in Deutsch ist noch nicht gespeichert.');
  await expect(unsavedDialog.getByRole('button', { name: 'Auf der Seite bleiben' })).toBeFocused();
  await checkPage(page, 'content-edit-unsaved');
  await page.keyboard.press('Enter');
  await expect(unsavedDialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Deutsch – Ausgangssprache' })).toBeVisible();
  await expect(german).toContainText('Bringen Sie Ihren Personalausweis mit.');
  await expect(page.getByLabel('Kleine Änderung (keine neue Übersetzung nötig)')).not.toBeChecked();
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await expect(page.locator('.content-text-form .content-flash')).toBeFocused();
  await expect(page.locator('.content-text-form .content-flash')).toHaveText('Version 2 ist veröffentlicht.');
  await expect(tabs.getByRole('link', { name: /Englisch/ })).toContainText('veraltet');
  await expect(tabs.getByRole('link', { name: /Deutsch/ })).not.toContainText('ungespeichert');

  // The tree says so …
  await page.getByRole('link', { name: 'Alle Seiten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inhalte' })).toBeVisible();
  const entry = page.getByRole('article', { name: 'Wohnsitz anmelden' });
  await expect(entry.getByRole('list', { name: 'Sprachen und ihr Stand' })).toContainText('Englisch: veraltet');
  await expect(entry.getByRole('list', { name: 'Sprachen und ihr Stand' })).toContainText('Deutsch: Ausgangssprache');
  await checkPage(page, 'content-tree');

  // … and so does the matrix, also when filtered to what is outdated.
  await page.getByRole('link', { name: 'Übersetzungsstand' }).click();
  const matrix = page.getByRole('table', { name: /Übersetzungsstand der Seiten/ });
  const row = matrix.getByRole('row', { name: /Wohnsitz anmelden/ });
  // The first cell holds the page's checkbox for the XLIFF export (below).
  await expect(row.getByRole('cell')).toHaveText(['', 'Ausgangssprache', 'veraltet']);
  await expect(page.getByRole('link', { name: 'Als CSV herunterladen' })).toHaveAttribute(
    'href',
    `/api/content/organisations/${home.id}/translation-status.csv`,
  );
  await page.getByLabel('Stand', { exact: true }).selectOption({ label: 'veraltet' });
  await page.getByRole('button', { name: 'Filter anwenden' }).click();
  await expect(page.getByText('Gefiltert: 1 von 1 Seiten.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Als CSV herunterladen' })).toHaveAttribute('href', /status=outdated/);
  await checkPage(page, 'content-matrix');

  // The German versions: two, the newer compared with the older word by word.
  await row.getByRole('link', { name: 'Wohnsitz anmelden' }).click();
  await page.getByRole('link', { name: 'Versionen und Vergleich' }).click();
  await expect(page.getByRole('heading', { name: 'Deutsch: 2 Versionen' })).toBeVisible();
  await checkPage(page, 'content-history');
  await page.getByRole('link', { name: 'Version 2 mit 1 vergleichen' }).click();
  await expect(page.getByRole('heading', { name: 'Unterschiede zwischen Version 1 und 2' })).toBeVisible();
  await expect(page.locator('ins').filter({ hasText: 'Personalausweis' })).toContainText('hinzugefügt');
  await checkPage(page, 'content-diff');

  // Restoring asks, and lets the editor say whether it is a small change, as saving does: version 1
  // comes back as a small one, then version 2 as a change like any other (the choice left alone).
  const versions = page.getByRole('table', { name: 'Versionen in Deutsch, die neueste zuerst' });
  await versions.getByRole('button', { name: 'Version 1 wiederherstellen' }).click();
  const asking = versions.getByRole('group', { name: 'Version 1 als neue Version wiederherstellen?' });
  const restoreMinor = asking.getByLabel('Kleine Änderung (keine neue Übersetzung nötig)');
  await expect(restoreMinor).toBeFocused();
  await expect(restoreMinor).not.toBeChecked();
  await page.keyboard.press('Space');
  await expect(restoreMinor).toBeChecked();
  await checkPage(page, 'content-history-restore');
  await asking.getByRole('button', { name: 'Ja, wiederherstellen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Version 1 ist als kleine Änderung wiederhergestellt.' }),
  ).toBeVisible();
  await expect(versions.getByRole('row', { name: /^3 / })).toContainText('Kleine Änderung');
  await versions.getByRole('button', { name: 'Version 2 wiederherstellen' }).click();
  await versions.getByRole('button', { name: 'Ja, wiederherstellen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Version 2 ist als neue Version wiederhergestellt.' }),
  ).toBeVisible();
  await expect(versions.getByRole('row', { name: /^4 / })).not.toContainText('Kleine Änderung');
  const historyOf = new URL(page.url()).pathname.split('/')[3] as string;
  const restoredVersions = await (await adminApi.get(`/api/content/pages/${historyOf}/versions?language=de`)).json();
  expect(restoredVersions.map((v: { number: number; minor: boolean }) => [v.number, v.minor])).toEqual(
    expect.arrayContaining([
      [3, true],
      [4, false],
    ]),
  );

  // The English goes out to a translation agency as XLIFF; the file that comes back is checked unit by
  // unit before anything is written (this one was returned untranslated, so nothing can be taken over).
  const pageId = new URL(page.url()).pathname.split('/')[3] as string;
  await page.goto(`/content/pages/${pageId}?language=en`);
  await expect(page.getByRole('heading', { name: 'Übersetzung: Englisch' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'XLIFF 2.0 für Englisch herunterladen' }).click();
  const file = test.info().outputPath('wohnsitz-anmelden.en.xlf');
  await (await downloading).saveAs(file);
  const opener = page.getByRole('button', { name: 'XLIFF-Datei hochladen' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'XLIFF-Datei hochladen' });
  await dialog.getByRole('button', { name: 'Datei prüfen' }).click();
  await expect(dialog.getByRole('link', { name: 'Bitte wählen Sie eine XLIFF-Datei.' })).toBeVisible();
  await dialog.getByLabel('XLIFF-Datei').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Datei prüfen' }).click();
  await expect(dialog.getByRole('heading', { name: 'Prüfbericht' })).toBeVisible();
  await expect(dialog.getByRole('table', { name: /Abschnitte von Wohnsitz anmelden/ })).toBeVisible();
  await checkPage(page, 'content-xliff-report');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  // Sent out, the English counts as being translated.
  await page.reload();
  await expect(tabs.getByRole('link', { name: /Englisch/ })).toContainText('in Übersetzung');

  // A page below it: the tree nests it, and the page above cannot be deleted while it is there.
  const child = await adminApi.post('/api/content/pages', {
    data: {
      organisationId: home.id,
      parentId: pageId,
      slug: 'wohnsitz-online-anmelden',
      title: 'Wohnsitz online anmelden',
      bodyHtml: '<p>Mit dem Online-Ausweis geht es auch von zu Hause.</p>',
    },
  });
  expect(child.status(), await child.text()).toBe(201);
  await page.getByRole('button', { name: 'Seite löschen' }).click();
  await page.getByRole('button', { name: 'Ja, endgültig löschen' }).click();
  await expect(page.getByRole('alert')).toContainText('Unter dieser Seite stehen noch andere Seiten.');
  await page.getByRole('link', { name: 'Alle Seiten' }).click();
  const parentEntry = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('article', { name: 'Wohnsitz anmelden' }) });
  await expect(parentEntry.getByRole('article', { name: 'Wohnsitz online anmelden' })).toBeVisible();
  await checkPage(page, 'content-tree-nested');

  // In the English interface the same words, in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Content' })).toBeVisible();
  await expect(
    page.getByRole('article', { name: 'Wohnsitz anmelden' }).getByRole('list', { name: 'Languages and their status' }),
  ).toContainText('English: in translation');
  await checkPage(page, 'content-tree-en');
  await page.getByRole('button', { name: 'Deutsch' }).click();

  // The status matrix orders translations of several pages in one file: everything missing or outdated
  // in a language (the page below, whose English is missing; the English above is with the translators
  // already), or the pages ticked in the overview, whatever their status.
  await page.getByRole('link', { name: 'Übersetzungsstand' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersetzungsstand' })).toBeVisible();
  await expect(page.getByLabel('Zielsprache')).toHaveValue('en');
  await expect(page.getByLabel('Alle Seiten, deren Übersetzung in Englisch fehlt oder veraltet ist')).toBeChecked();
  const exportButton = page.getByRole('button', { name: 'XLIFF-Datei herunterladen' });
  let exported = page.waitForEvent('download');
  await exportButton.click();
  let download = await exported;
  expect(download.suggestedFilename()).toMatch(/^content-\d{4}-\d{2}-\d{2}\.de-en\.xlf$/);
  let xliff = readFileSync(await download.path(), 'utf8');
  expect(xliff).toContain('urn:oasis:names:tc:xliff:document:2.0');
  expect(xliff).toContain('Wohnsitz online anmelden');
  expect(xliff).not.toContain('Wohnsitz anmelden<');
  await expect(
    page.getByRole('status').filter({ hasText: 'mit einer Seite für Englisch ist heruntergeladen' }),
  ).toBeVisible();
  const statusMatrix = page.getByRole('table', { name: /Übersetzungsstand der Seiten/ });
  await expect(statusMatrix.getByRole('row', { name: /Wohnsitz online anmelden/ }).getByRole('cell')).toHaveText([
    '',
    'Ausgangssprache',
    'in Übersetzung',
  ]);
  // Nothing is left to order in English; ticking pages is asked for when none is ticked.
  await exportButton.click();
  await expect(page.getByRole('alert')).toContainText('Keine Seite braucht gerade eine Übersetzung in Englisch');
  await page.getByLabel(/^Die in der Übersicht ausgewählten Seiten/).check();
  await exportButton.click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(
    page.getByRole('link', { name: 'Bitte wählen Sie in der Übersicht mindestens eine Seite aus.' }),
  ).toBeVisible();
  await page.getByLabel('Wohnsitz anmelden für den XLIFF-Export auswählen').check();
  await page.getByLabel('Wohnsitz online anmelden für den XLIFF-Export auswählen').check();
  await expect(page.getByLabel('Die in der Übersicht ausgewählten Seiten (2 ausgewählt)')).toBeChecked();
  await page.getByLabel('XLIFF 1.2 (für ältere Übersetzungsprogramme)').check();
  await checkPage(page, 'content-matrix-export');
  exported = page.waitForEvent('download');
  await exportButton.click();
  download = await exported;
  xliff = readFileSync(await download.path(), 'utf8');
  expect(xliff).toContain('urn:oasis:names:tc:xliff:document:1.2');
  expect(xliff).toContain('Wohnsitz anmelden<');
  expect(xliff).toContain('Wohnsitz online anmelden<');
  await expect(
    page.getByRole('status').filter({ hasText: 'mit 2 Seiten für Englisch ist heruntergeladen' }),
  ).toBeVisible();
  await checkPage(page, 'content-matrix-exported');

  // A member who is no editor reads the pages and their status, and is offered nothing to change.
  const reader = { name: 'Rainer Leser', email: uniqueEmail('rainer.leser') };
  const readerApi = await registerVerifiedViaApi({ ...reader, organisationId: home.id });
  const readerId = (await (await readerApi.get('/api/me')).json()).id;
  const confirmed = await platform.post(`/api/organisations/${home.id}/members/${readerId}/confirm`);
  expect(confirmed.status(), await confirmed.text()).toBe(204);
  const readerContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const readerPage = await readerContext.newPage();
  await signInThroughUi(readerPage, reader.email, reader.name);
  await readerPage.goto('/content');
  const readerEntry = readerPage.getByRole('article', { name: 'Wohnsitz anmelden' });
  await expect(readerEntry).toBeVisible();
  await expect(readerPage.getByRole('link', { name: 'Neue Seite' })).toHaveCount(0);
  await expect(readerEntry.getByRole('link', { name: /Bearbeiten/ })).toHaveCount(0);
  await readerEntry.getByRole('link', { name: 'Wohnsitz anmelden', exact: true }).click();
  await expect(readerPage.getByRole('heading', { level: 1, name: 'Wohnsitz anmelden' })).toBeVisible();
  await expect(readerPage.getByText('Bringen Sie Ihren Personalausweis mit.')).toBeVisible();
  await expect(readerPage.getByRole('button', { name: 'Veröffentlichen' })).toHaveCount(0);
  await expect(readerPage.getByRole('button', { name: 'Seite löschen' })).toHaveCount(0);
  await checkPage(readerPage, 'content-read');
  await readerContext.close();
});
