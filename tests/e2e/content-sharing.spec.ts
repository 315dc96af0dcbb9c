import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

// Seevetal shares "Wohnsitz anmelden" (German, English, Arabic) with every organisation. Neu Wulmstorf
// finds it in the Inhaltsbörse, adopts it as a link and adds its opening hours around the source's
// text. Seevetal rewrites the German text: Neu Wulmstorf sees the change word by word and takes it
// over. The savings page counts the adopted translations.

/** Checks a page with axe and photographs it at desktop width and at 320 px, where nothing may scroll sideways. */
async function checkPage(page: Page, name: string) {
  await expectAccessible(page, name);
  await shot(page, `${name}-1280`);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page, `${name}-320`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  // The elements that reach past the right edge, to say what to fix.
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  );
  expect(overflow, `${name} scrolls sideways at 320 px: ${wide.join(', ')}`).toBeLessThanOrEqual(0);
  await shot(page, `${name}-320`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** An administrator of the organisation, signed in through the API. */
async function adminOf(platform: APIRequestContext, organisationId: string, name: string) {
  const person = { name, email: uniqueEmail(name.toLowerCase().replace(/\s+/g, '.')) };
  const api = await registerVerifiedViaApi({ ...person, organisationId });
  const me = await (await api.get('/api/me')).json();
  await makeOrganisationAdmin(platform, organisationId, me.id);
  return { ...person, api };
}

async function signedInPage(browser: Browser, person: { email: string; name: string }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signInThroughUi(page, person.email, person.name);
  return page;
}

async function ok(response: Promise<import('@playwright/test').APIResponse>, status = 200) {
  const res = await response;
  expect(res.status(), await res.text()).toBe(status);
  return res.json();
}

test('a town shares a page, another adopts it as a link, adds its own text and takes over a change', async ({
  browser,
}) => {
  // Axe at two widths on thirteen views: on a busy machine more than five minutes.
  test.setTimeout(420_000);
  const platform = await platformAdminApi();
  const seevetal = await findOrganisation(platform, 'Seevetal');
  const neuWulmstorf = await findOrganisation(platform, 'Neu Wulmstorf');
  const owner = await adminOf(platform, seevetal.id, 'Sabine Seevetal');
  const adopter = await adminOf(platform, neuWulmstorf.id, 'Nils Wulmstorf');

  // Neu Wulmstorf keeps its citizen services below one page of its own; the adopted page will go there.
  const services = await ok(
    adopter.api.post('/api/content/pages', {
      data: {
        organisationId: neuWulmstorf.id,
        slug: 'buergerservice',
        title: 'Bürgerservice',
        bodyHtml: '<p>Was Sie im Rathaus Neu Wulmstorf erledigen können.</p>',
      },
    }),
    201,
  );

  // Seevetal writes the page through the API: German, English and Arabic.
  const source = await ok(
    owner.api.post('/api/content/pages', {
      data: {
        organisationId: seevetal.id,
        slug: 'wohnsitz-anmelden',
        title: 'Wohnsitz anmelden',
        bodyHtml: '<p>Melden Sie Ihren Wohnsitz innerhalb von zwei Wochen an.</p>',
        tags: ['Meldewesen'],
        leikaKey: '99115001000000',
      },
    }),
    201,
  );
  await ok(
    owner.api.put(`/api/content/pages/${source.id}/languages/en`, {
      data: { title: 'Registering your address', bodyHtml: '<p>Register your address within two weeks.</p>' },
    }),
  );
  await ok(
    owner.api.put(`/api/content/pages/${source.id}/languages/ar`, {
      data: { title: 'تسجيل السكن', bodyHtml: '<p>سجل عنوانك خلال أسبوعين</p>' },
    }),
  );

  // Seevetal shares it: without a licence the form says what is missing.
  const ownerPage = await signedInPage(browser, owner);
  await ownerPage.goto(`/content/pages/${source.id}/sharing`);
  await expect(ownerPage.getByRole('heading', { level: 1, name: 'Wohnsitz anmelden' })).toBeVisible();
  await expect(ownerPage.getByLabel('Nicht geteilt')).toBeChecked();
  await ownerPage.getByLabel('Mit allen Organisationen').check();
  await ownerPage.getByRole('button', { name: 'Speichern' }).click();
  await expect(ownerPage.locator('.error-summary')).toBeFocused();
  await expect(
    ownerPage.getByRole('link', { name: 'Bitte wählen Sie eine Lizenz, unter der Sie die Seite teilen.' }),
  ).toBeVisible();
  await checkPage(ownerPage, 'sharing-errors');
  await ownerPage.getByLabel('Lizenz', { exact: true }).selectOption({ label: 'CC BY 4.0' });
  await ownerPage.getByRole('button', { name: 'Speichern' }).click();
  await expect(ownerPage.locator('.sharing-flash')).toBeFocused();
  await expect(ownerPage.locator('.sharing-flash')).toContainText(
    'Die Seite ist mit allen Organisationen geteilt, unter der Lizenz CC BY 4.0.',
  );
  await expect(ownerPage.getByText('Noch hat keine Organisation diese Seite übernommen.')).toBeVisible();
  await checkPage(ownerPage, 'sharing-saved');

  // Neu Wulmstorf finds it in the Inhaltsbörse, narrowed to what has English.
  const page = await signedInPage(browser, adopter);
  await page.goto('/content/exchange');
  await expect(page.getByRole('heading', { level: 1, name: 'Inhaltsbörse' })).toBeVisible();
  await page.getByLabel('Suchbegriff').fill('Wohnsitz');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByRole('heading', { name: '1 geteilte Seite' })).toBeFocused();
  const languages = page.getByRole('list', { name: 'Sprache' });
  await languages.getByRole('link', { name: /^Englisch \(1\)/ }).click();
  await expect(page).toHaveURL(/language=en/);
  await expect(languages.getByRole('link', { name: /Englisch/ })).toHaveAttribute('aria-current', 'page');
  await expect(languages.getByRole('link', { name: 'Alle Sprachen' })).not.toHaveAttribute('aria-current');
  await expect(page.getByRole('button', { name: /Sprache: Englisch/ })).toBeVisible();
  const card = page.getByRole('article', { name: 'Wohnsitz anmelden' });
  await expect(card).toContainText(seevetal.name);
  await expect(card).toContainText('Deutsch, Englisch, Arabisch');
  await expect(card).toContainText('CC BY 4.0');
  await expect(card).toContainText('noch von keiner Organisation');
  await checkPage(page, 'exchange');

  // A LeiKa key of letters is refused before anything is sent.
  await page.getByLabel('LeiKa-Schlüssel').fill('99a');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.getByRole('link', { name: 'Bitte geben Sie nur Ziffern ein, höchstens 14.' })).toBeVisible();
  await page.getByLabel('LeiKa-Schlüssel').fill('99115');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByRole('button', { name: /LeiKa-Schlüssel: 99115/ })).toBeVisible();
  await expect(card).toBeVisible();

  // Nothing matches: the empty state says what to do.
  await page.getByLabel('Suchbegriff').fill('Hundesteuer');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByText('Keine geteilte Seite passt zu Ihrer Suche.')).toBeVisible();
  await checkPage(page, 'exchange-empty');
  await page.getByRole('button', { name: 'Alle Filter entfernen' }).click();
  await expect(card).toBeVisible();

  // The preview shows each language; Arabic is right to left.
  await card.getByRole('link', { name: 'Wohnsitz anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wohnsitz anmelden' })).toBeVisible();
  await expect(page.getByText(`Geteilt von ${seevetal.name}`)).toBeVisible();
  await expect(page.getByRole('link', { name: /CC BY 4.0/ })).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by/4.0/deed.de',
  );
  await expect(page.getByText('zwei Wochen an.')).toBeVisible();
  await page.getByLabel('Arabisch').check();
  const arabic = page.locator('.sharing-preview__text');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(arabic).toHaveAttribute('lang', 'ar');
  await expect(arabic.getByRole('heading', { name: 'تسجيل السكن' })).toBeVisible();
  await checkPage(page, 'exchange-preview');

  // Adopting without choosing how names the choice; then as a link.
  await page.getByRole('button', { name: 'Seite übernehmen' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await page
    .getByRole('link', { name: 'Bitte wählen Sie, ob Sie die Seite als Kopie oder als Verknüpfung übernehmen.' })
    .click();
  await expect(page.getByLabel('Kopie', { exact: true })).toBeFocused();
  await checkPage(page, 'exchange-adopt-errors');
  await page.getByLabel('Verknüpfung', { exact: true }).check();
  // The choice of place offers the organisation's own pages only.
  const parent = page.getByLabel('Übergeordnete Seite');
  await expect(parent).toHaveValue('');
  await expect(parent.locator('option')).toHaveText(['Keine (oberste Ebene)', 'Bürgerservice']);
  await parent.selectOption({ label: 'Bürgerservice' });
  await checkPage(page, 'exchange-adopt-parent');
  await page.getByRole('button', { name: 'Seite übernehmen' }).click();

  // The linked page: the confirmation first, no change waiting, room for the own text.
  await expect(page).toHaveURL(/\/content\/pages\/[0-9a-f-]+\/changes$/);
  const linkId = /\/content\/pages\/([0-9a-f-]+)\/changes/.exec(page.url())?.[1] ?? '';
  // The confirmation is a status message and takes the focus, so keyboard and screen-reader users hear
  // first that it worked; it keeps it once the page around it (the own-text editors) is set up.
  const adopted = page.locator('.sharing-flash');
  await expect(adopted.locator('[role="status"]')).toBeVisible();
  await expect(adopted).toBeFocused();
  await expect(adopted).toContainText('Die Seite ist als Verknüpfung übernommen.');
  await expect(page.getByText(`Verknüpft mit ${seevetal.name}`)).toBeVisible();
  await expect(page.getByText('Keine Änderung wartet.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Text danach \(Deutsch\)/ })).toBeVisible();
  await expect(adopted).toBeFocused();
  const before = page.getByRole('textbox', { name: /^Text davor \(Deutsch\)/ });
  await before.click();
  await page.keyboard.type('Bürgerbüro Neu Wulmstorf, Bahnhofstraße 39');
  await page.getByRole('textbox', { name: /^Text danach \(Deutsch\)/ }).click();
  await page.keyboard.type('Öffnungszeiten: Montag bis Freitag 8 bis 12 Uhr');
  await page.getByRole('button', { name: 'Eigenen Text speichern (Deutsch)' }).click();
  await expect(page.locator('.sharing-local .sharing-flash')).toBeFocused();
  await expect(page.locator('.sharing-local .sharing-flash')).toContainText(
    'Der eigene Text (Deutsch) ist gespeichert.',
  );
  await checkPage(page, 'linked-page');

  const linked = await ok(adopter.api.get(`/api/content/pages/${linkId}`));
  expect(linked.parentId).toBe(services.id);
  const german = linked.languages.find((l: { language: string }) => l.language === 'de');
  expect(german.local).toEqual({
    beforeHtml: '<p>Bürgerbüro Neu Wulmstorf, Bahnhofstraße 39</p>',
    afterHtml: '<p>Öffnungszeiten: Montag bis Freitag 8 bis 12 Uhr</p>',
  });

  // Seevetal is told and sees who adopted the page; stopping now would end that link, so it asks first.
  await ownerPage.reload();
  const adoptions = ownerPage.getByRole('table', { name: '1 Organisation hat die Seite übernommen' });
  await expect(adoptions.getByRole('row', { name: new RegExp(neuWulmstorf.name) })).toContainText('Verknüpfung');
  await ownerPage.getByLabel('Nicht geteilt').check();
  await ownerPage.getByRole('button', { name: 'Speichern' }).click();
  await expect(ownerPage.getByText('1 Organisation zeigt diese Seite als Verknüpfung.')).toBeVisible();
  await expect(ownerPage.locator('.sharing-flash')).toBeFocused();
  await checkPage(ownerPage, 'sharing-warning');
  await ownerPage.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(ownerPage.getByRole('button', { name: 'Speichern' })).toBeFocused();
  await ownerPage.goto('/notifications');
  await expect(
    ownerPage.getByText(`${neuWulmstorf.name} hat Ihre Seite „Wohnsitz anmelden“ als Verknüpfung übernommen`),
  ).toBeVisible();

  // Seevetal rewrites the German text (not a minor change): it waits on the linked page.
  await ok(
    owner.api.put(`/api/content/pages/${source.id}/languages/de`, {
      data: {
        title: 'Wohnsitz anmelden',
        bodyHtml: '<p>Melden Sie Ihren Wohnsitz innerhalb von drei Wochen online an.</p>',
      },
    }),
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: '1 Änderung der Quelle wartet' })).toBeVisible();
  const change = page.getByRole('article', { name: 'Deutsch: Version 1 → 2' });
  await expect(change.locator('del').filter({ hasText: 'zwei' })).toContainText('entfernt');
  await expect(change.locator('ins').filter({ hasText: 'drei' })).toContainText('hinzugefügt');
  await checkPage(page, 'linked-page-change');
  await change.getByRole('button', { name: /^Übernehmen/ }).click();
  await expect(page.getByRole('heading', { name: 'Änderungen der Quelle' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Übernommen: Deutsch zeigt jetzt Version 2.' })).toHaveCount(
    1,
  );
  await expect(page.getByText('Keine Änderung wartet.')).toBeVisible();
  const taken = await ok(adopter.api.get(`/api/content/pages/${linkId}`));
  expect(taken.adoption.pendingChanges).toEqual([]);

  // The translation status: the linked page shows the source's translations, and no XLIFF export takes
  // it, so it cannot be ticked for one; the page of Neu Wulmstorf's own can.
  await page.goto('/content/status');
  const matrix = page.getByRole('table', { name: `Übersetzungsstand der Seiten von ${neuWulmstorf.name}` });
  const linkedRow = matrix.getByRole('row', { name: /Wohnsitz anmelden/ });
  await expect(linkedRow).toContainText('verknüpft');
  await expect(linkedRow.getByRole('checkbox')).toHaveCount(0);
  await expect(matrix.getByRole('checkbox', { name: 'Bürgerservice für den XLIFF-Export auswählen' })).toBeVisible();
  await expect(
    page.getByText('Verknüpfte Seiten zeigen den Text und die Übersetzungen der Organisation, von der sie stammen.'),
  ).toBeVisible();
  await checkPage(page, 'status-linked');

  // The exchange marks the page as adopted.
  await page.goto('/content/exchange');
  await expect(page.getByRole('article', { name: 'Wohnsitz anmelden' })).toContainText(
    'Bereits übernommen (Verknüpfung)',
  );

  // The savings: the English and Arabic words Neu Wulmstorf did not have translated; with a price, euros.
  await page.getByRole('navigation', { name: 'Inhalte' }).getByRole('link', { name: 'Einsparung' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Einsparung' })).toBeVisible();
  const figure = (name: string) => page.locator('.savings-figure').filter({ hasText: name });
  await expect(figure('Übernommene Wörter')).toContainText('15');
  await expect(figure('Eingesparter Betrag')).toContainText('noch kein Wortpreis');
  const byLanguage = page.getByRole('table', { name: 'Übernommene Wörter nach Sprache' });
  await expect(byLanguage.getByRole('row', { name: /Englisch/ })).toContainText('9');
  await page.getByLabel('Preis je Wort in Euro').fill('20 Cent');
  await page.getByRole('button', { name: 'Preis speichern' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await page.getByLabel('Preis je Wort in Euro').fill('0,20');
  await page.getByRole('button', { name: 'Preis speichern' }).click();
  await expect(page.locator('.sharing-flash')).toContainText(/Gespeichert: 0,20\s€ je Wort\./);
  await expect(figure('Eingesparter Betrag')).toContainText(/3,00\s€/);
  await expect(byLanguage.getByRole('row', { name: /Englisch/ })).toContainText(/1,80\s€/);
  await checkPage(page, 'savings');

  // The start page tells every visitor what adopting saved on the whole platform. (A fresh visitor:
  // the platform total may be cached for a minute, and this browser asked for it before the adoption.)
  const visitorContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const visitor = await visitorContext.newPage();
  await visitor.goto('/');
  await expect(visitor.getByRole('heading', { name: 'Gemeinsam gespart' })).toBeVisible();
  await checkPage(visitor, 'start-savings');
  await visitorContext.close();

  // Finally the link becomes Neu Wulmstorf's own copy, after a question.
  await page.goto(`/content/pages/${linkId}/changes`);
  await page.getByRole('button', { name: 'In eigene Kopie umwandeln' }).click();
  await expect(page.getByRole('button', { name: 'Ja, in eigene Kopie umwandeln' })).toBeFocused();
  await page.getByRole('button', { name: 'Ja, in eigene Kopie umwandeln' }).click();
  await expect(page).toHaveURL(new RegExp(`/content/pages/${linkId}$`));
  const madeCopy = page
    .locator('.content-flash')
    .filter({ hasText: 'Die Seite ist jetzt eine eigene Kopie Ihrer Organisation.' });
  await expect(madeCopy).toBeVisible();
  await expect(madeCopy).toBeFocused();
  const copy = await ok(adopter.api.get(`/api/content/pages/${linkId}`));
  expect(copy.adoption.mode).toBe('copy');
});
