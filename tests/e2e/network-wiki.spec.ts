import { platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { caretAtEnd, selectToLineStart } from './editor.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { noSidewaysScroll } from './network-people.ts';
import { signInThroughUi } from './signin.ts';

// Frieda (Seevetal) writes a page of the platform wiki, links another page from it with the editor,
// compares two versions and restores the first; a save after a colleague's is refused with the newer
// version named. Carla (Brilon) finds the page through the header search and reads it at 320 px, in
// German and English. Every page is checked with axe.

/** A made-up word of letters only, so that the search finds this run's pages alone. */
const letters = (text: string) => text.replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)] ?? 'x');

test('a wiki page is written, linked, compared, restored, and found by a colleague through the header search', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const platform = await platformAdminApi();
  const seevetal = await findOrganisation(platform, 'Seevetal');
  const brilon = await findOrganisation(platform, 'Brilon');
  const frieda = { name: 'Frieda Wiki', email: uniqueEmail('frieda.wiki') };
  const carla = { name: 'Carla Lesend', email: uniqueEmail('carla.wiki') };
  const friedaApi = await registerVerifiedViaApi({ ...frieda, organisationId: seevetal.id });
  await registerVerifiedViaApi({ ...carla, organisationId: brilon.id });
  const word = `Raeumplan${letters(Date.now().toString(36))}`;
  const title = `Tourenplanung ${word}`;
  const targetTitle = `Streugut ${word}`;
  const created = await friedaApi.post('/api/network/wiki/pages', {
    data: { community: null, title: targetTitle, bodyHtml: '<p>Trocken lagern.</p>' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const targetId = (await created.json()).id as string;

  // Frieda writes a new page of the platform wiki.
  const a = await (await browser.newContext()).newPage();
  await a.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(a, frieda.email, frieda.name);
  await a.goto('/network/wiki');
  await expect(a.getByRole('heading', { level: 1, name: 'Plattform-Wiki' })).toBeVisible();
  await expect(a.getByRole('link', { name: targetTitle })).toBeVisible();
  await shot(a, 'network-wiki-list');
  await expectAccessible(a, 'network-wiki-list');
  await a.getByRole('link', { name: 'Neue Seite' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Neue Wiki-Seite' })).toBeVisible();
  await a.getByRole('button', { name: 'Seite anlegen' }).click();
  await expect(a.getByText('Bitte geben Sie einen Titel ein.').first()).toBeVisible();
  await a.getByLabel('Titel').fill(title);
  const editor = a.getByRole('textbox', { name: /^Text/ });
  await editor.click();
  await a.keyboard.type('Wir planen die Touren am Vorabend.');
  await a.getByLabel('Kommentar zur Änderung').fill('Erste Fassung');
  await shot(a, 'network-wiki-new');
  await expectAccessible(a, 'network-wiki-new');
  await a.getByRole('button', { name: 'Seite anlegen' }).click();
  await expect(a.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(a.getByText('Wir planen die Touren am Vorabend.')).toBeVisible();
  await expect(a.getByText(/Zuletzt geprüft am .* von Frieda Wiki\./)).toBeVisible();
  const pageUrl = a.url();

  // She adds a link to the other page with the editor's link dialog (the page's address, copied).
  await a.getByRole('link', { name: 'Bearbeiten' }).click();
  await expect(a.getByRole('heading', { level: 1, name: `„${title}“ bearbeiten` })).toBeVisible();
  // The editor takes the page's text when it is made; type only once it shows it, at the very end.
  await expect(editor).toContainText('Wir planen die Touren am Vorabend.');
  await caretAtEnd(editor);
  await expect(editor).toBeFocused();
  await a.keyboard.press('Enter');
  await a.keyboard.type('Streugut lagern');
  await selectToLineStart(editor);
  await a.keyboard.press('Control+k');
  await a.getByLabel('Adresse des Links').fill(`/network/wiki/${targetId}`);
  await a.getByRole('button', { name: 'Link setzen' }).click();
  await a.getByLabel('Kommentar zur Änderung').fill('Link zum Streugut');
  await shot(a, 'network-wiki-edit');
  await expectAccessible(a, 'network-wiki-edit');
  await a.getByRole('button', { name: 'Speichern' }).click();
  await expect(a.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const links = a.getByRole('heading', { level: 2, name: 'Verweist auf' }).locator('xpath=ancestor::section');
  await expect(links.getByRole('link', { name: targetTitle })).toBeVisible();
  await shot(a, 'network-wiki-page');
  await expectAccessible(a, 'network-wiki-page');
  // The link in the text opens the other page inside the app, which names this one as linking to it.
  await a.locator('.wiki__text').getByRole('link', { name: 'Streugut lagern' }).click();
  await expect(a.getByRole('heading', { level: 1, name: targetTitle })).toBeVisible();
  const backlinks = a.getByRole('heading', { level: 2, name: 'Verlinkt von' }).locator('xpath=ancestor::section');
  await expect(backlinks.getByRole('link', { name: title })).toBeVisible();

  // The history: the two versions compared word by word, then the first restored as the third.
  await a.goto(pageUrl);
  await a.getByRole('link', { name: 'Versionen (2)' }).click();
  await expect(a.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(a.getByText('Link zum Streugut')).toBeVisible();
  await a.getByRole('button', { name: 'Vergleichen' }).click();
  await expect(a.getByRole('heading', { level: 2, name: 'Änderungen von Version 1 zu Version 2' })).toBeVisible();
  await expect(a.locator('ins', { hasText: 'Streugut lagern' })).toBeVisible();
  await shot(a, 'network-wiki-history');
  await expectAccessible(a, 'network-wiki-history');
  await a.getByRole('button', { name: 'Version 1 wiederherstellen' }).click();
  await expect(a.getByText('Als Version 3 wiederhergestellt.')).toBeVisible();
  await expect(a.getByText('Wiederhergestellt aus Version 1')).toBeVisible();
  await a.getByRole('link', { name: 'Zurück zur Seite' }).click();
  await expect(a.getByText('Diese Seite verweist auf nichts, was Sie sehen dürfen.')).toBeVisible();

  // A save based on an older version than the newest is refused, naming the newer one.
  await a.getByRole('link', { name: 'Bearbeiten' }).click();
  await expect(editor).toBeVisible();
  const meanwhile = await friedaApi.put(`/api/network/wiki/pages/${pageUrl.split('/').pop()}`, {
    data: { title, bodyHtml: '<p>Wir planen die Touren am Vortag.</p>', baseRevision: 3 },
  });
  expect(meanwhile.status(), await meanwhile.text()).toBe(200);
  await editor.click();
  await a.keyboard.type(' Noch ein Satz.');
  await a.getByRole('button', { name: 'Speichern' }).click();
  await expect(a.getByText('Die Seite wurde inzwischen geändert')).toBeVisible();
  await expect(a.getByText(/Sie haben Version 3 bearbeitet, inzwischen gibt es Version 4\./)).toBeVisible();
  await shot(a, 'network-wiki-conflict');
  await expectAccessible(a, 'network-wiki-conflict');

  // Carla finds the page through the header search and reads it on a phone.
  const c = await (await browser.newContext()).newPage();
  await c.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(c, carla.email, carla.name);
  const box = c.getByRole('banner').getByRole('searchbox', { name: /^Alles durchsuchen/ });
  await box.fill(word);
  await box.press('Enter');
  await expect(c.getByRole('heading', { level: 1, name: 'Suche' })).toBeVisible();
  await expect(c.getByRole('heading', { level: 2, name: 'Wiki-Seiten' })).toBeVisible();
  await expect(c.getByText(/Keine Treffer in: .*Fragen/)).toBeVisible();
  await shot(c, 'network-wiki-search');
  await expectAccessible(c, 'network-wiki-search');
  await c.getByRole('main').getByRole('link', { name: title, exact: true }).click();
  await expect(c.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(c.getByText('Wir planen die Touren am Vortag.')).toBeVisible();
  await expect(c.getByRole('button', { name: 'Geprüft' })).toBeVisible();
  await c.setViewportSize({ width: 320, height: 800 });
  await noSidewaysScroll(c);
  await shot(c, 'network-wiki-page-320');
  await expectAccessible(c, 'network-wiki-page-320');
  await c.getByRole('button', { name: 'Geprüft' }).click();
  await expect(c.getByText('Als geprüft vermerkt.')).toBeVisible();
  await expect(c.getByText(/Zuletzt geprüft am .* von Carla Lesend\./)).toBeVisible();

  // The English interface (the language switch sits in the header's menu on a phone).
  await c.setViewportSize({ width: 1280, height: 900 });
  await c.getByRole('button', { name: 'English' }).click();
  await expect(c.getByRole('heading', { level: 2, name: 'Linked from' })).toBeVisible();
  await expect(c.getByText(/Last checked on .* by Carla Lesend\./)).toBeVisible();
  await c.setViewportSize({ width: 320, height: 800 });
  await noSidewaysScroll(c);
  await shot(c, 'network-wiki-page-en-320');
  await expectAccessible(c, 'network-wiki-page-en-320');
  await c.getByRole('link', { name: 'Versions (4)' }).click();
  await expect(c.getByRole('heading', { level: 2, name: 'Compare versions' })).toBeVisible();
  await noSidewaysScroll(c);
  await shot(c, 'network-wiki-history-en-320');
  await expectAccessible(c, 'network-wiki-history-en-320');
  await c.goto('/network/wiki');
  await expect(c.getByRole('heading', { level: 1, name: 'Platform wiki' })).toBeVisible();
  await noSidewaysScroll(c);
  await shot(c, 'network-wiki-list-en-320');
  await expectAccessible(c, 'network-wiki-list-en-320');
});
