import type { Browser, Cookie, Page } from '@playwright/test';
import { platformAdminApi } from './admin.ts';
import { findOrganisation } from './api.ts';
import { E2E_BASE_URL, expect, expectAccessible, shot, test } from './fixtures.ts';

// Readers without JavaScript (search engines, link previews, screen-reader users with scripts off)
// get the public pages as HTML from the server; with scripts on, the app takes the same page over.

/** Checks a page with axe and photographs it at desktop width and at 320 px. */
async function checkPage(page: Page, name: string) {
  await expectAccessible(page, name);
  await shot(page, `${name}-1280`);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page, `${name}-320`);
  await shot(page, `${name}-320`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * The same for a page seen without JavaScript. axe itself needs timers, which such a page does not
 * run, so axe checks the page in a second browser that gets none of the app's scripts and shows the
 * <noscript> content as a browser without scripts does; the photographs are of the page itself.
 */
async function checkWithoutScripts(browser: Browser, page: Page, name: string, cookies: Cookie[] = []) {
  await shot(page, `${name}-1280`);
  await page.setViewportSize({ width: 320, height: 800 });
  await shot(page, `${name}-320`);
  await page.setViewportSize({ width: 1280, height: 800 });
  const mirror = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await mirror.addCookies(cookies);
  await mirror.route('**/*.js', (route) => route.abort());
  const copy = await mirror.newPage();
  await copy.goto(page.url());
  await copy.evaluate(() => {
    for (const element of document.querySelectorAll('noscript')) {
      const shown = document.createElement('template');
      shown.innerHTML = element.textContent ?? '';
      element.replaceWith(shown.content);
    }
  });
  await expect(copy.getByRole('heading', { level: 1 })).toHaveText(
    (await page.getByRole('heading', { level: 1 }).textContent()) ?? '',
  );
  await checkPage(copy, `${name}-axe`);
  await mirror.close();
}

test('public pages read without JavaScript, and the app takes the record page over without showing it twice', async ({
  browser,
}) => {
  test.setTimeout(360_000);
  const platform = await platformAdminApi();
  const home = await findOrganisation(platform, 'Meschede');
  const partner = await findOrganisation(platform, 'Schmallenberg');
  const suffix = Date.now().toString(36);
  const title = `Gemeinsamer Bauhof Hochsauerland ${suffix}`;
  const summary = 'Zwei Städte teilen Maschinen, Personal und den Winterdienst.';
  const created = await platform.post('/api/atlas/cooperations', {
    data: {
      title,
      summary,
      sector: '06',
      fields: ['bauhof', 'beschaffung'],
      keywords: ['Winterdienst'],
      partnerIds: [home.id, partner.id],
      externalPartners: ['Maschinenring Sauerland'],
      contacts: [{ name: 'Erika Muster', role: 'Leitung Bauhof', email: 'erika@bauhof.example' }],
      startYear: 2016,
      status: 'laufend',
      legalForm: 'zweckvereinbarung',
      awards: [],
      funding: [],
      description: '<p>Der Bauhof arbeitet für <strong>beide Städte</strong> und teilt sich einen Maschinenpark.</p>',
      currentStatus: '',
      lessonsLearned: '<ul><li>Früh die Räte einbinden</li><li>Einsätze gemeinsam planen</li></ul>',
      furtherInformation: '',
      transferable: true,
      transferRequirements: 'Eine Zweckvereinbarung.',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const record = (await created.json()) as { id: string; slug: string };
  const published = await platform.post(`/api/atlas/cooperations/${record.id}/state`, { data: { state: 'published' } });
  expect(published.status(), await published.text()).toBe(200);

  // ---- Without JavaScript ----
  const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await noScript.newPage();
  const answer = await page.goto(`/atlas/${record.slug}`);
  expect(answer?.status()).toBe(200);
  await expect(page).toHaveTitle(`${title} – Kooperationsatlas – Allmende`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText(summary)).toBeVisible();
  await expect(page.getByText('Allmende braucht JavaScript')).toHaveCount(0);
  // The fact sheet, the partners (linked to their pages) and a section.
  const facts = page.getByRole('table', { name: `Steckbrief: ${title}` });
  await expect(facts.getByRole('row', { name: /Rechtsform/ })).toContainText('Zweckvereinbarung');
  await expect(facts.getByRole('row', { name: /Laufzeit/ })).toContainText('seit 2016');
  await expect(facts.getByRole('link', { name: home.name })).toHaveAttribute('href', `/organisations/${home.id}`);
  await expect(facts.getByRole('link', { name: partner.name })).toHaveAttribute('href', `/organisations/${partner.id}`);
  await expect(page.getByRole('heading', { name: 'Beschreibung', level: 2 })).toBeVisible();
  await expect(page.getByText('teilt sich einen Maschinenpark')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Anmelden, um Kontakt aufzunehmen' })).toBeVisible();
  // The head for link previews.
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${E2E_BASE_URL}/atlas/${record.slug}`);
  await checkWithoutScripts(browser, page, '14-record-no-js');

  // On a phone the menu button, a link here, opens the menu.
  await page.setViewportSize({ width: 320, height: 800 });
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await expect(nav).toBeHidden();
  await page.getByRole('link', { name: 'Menü' }).click();
  await expect(nav).toBeVisible();
  await shot(page, '14-record-no-js-menu-320');
  await page.setViewportSize({ width: 1280, height: 800 });

  // A partner's page.
  await facts.getByRole('link', { name: home.name }).click();
  await expect(page).toHaveURL(`/organisations/${home.id}`);
  await expect(page).toHaveTitle(/Meschede – Organisationsverzeichnis – Allmende$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(home.name);
  await expect(page.getByRole('definition').filter({ hasText: 'Nordrhein-Westfalen' })).toBeVisible();
  await checkWithoutScripts(browser, page, '14-organisation-no-js');

  // The atlas list, searched without scripts.
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Kooperationsatlas' })
    .click();
  await expect(page).toHaveTitle('Kooperationsatlas – Allmende');
  await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill(`Hochsauerland ${suffix}`);
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page).toHaveTitle(`„Hochsauerland ${suffix}“ im Kooperationsatlas – Allmende`);
  await expect(page.getByRole('link', { name: title })).toHaveAttribute('href', `/atlas/${record.slug}`);
  await checkWithoutScripts(browser, page, '14-atlas-list-no-js');

  // The directory, searched without scripts.
  await page.goto('/organisations');
  await expect(page).toHaveTitle('Organisationsverzeichnis – Allmende');
  await page.getByRole('searchbox', { name: 'Name oder Gemeindeschlüssel' }).fill('Schmallenberg');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByRole('link', { name: partner.name }).first()).toBeVisible();
  await checkWithoutScripts(browser, page, '14-directory-no-js');

  // An address that names no public record: 404 with a short text.
  const missing = await page.goto('/atlas/gibt-es-nicht-abc');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kooperationsprojekt nicht gefunden');
  await checkWithoutScripts(browser, page, '14-not-found-no-js');
  await noScript.close();

  // In English (the app remembers the choice in a cookie): the German record says it is German.
  const english = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  await english.addCookies([{ name: 'allmende_language', value: 'en', url: E2E_BASE_URL }]);
  const englishPage = await english.newPage();
  await englishPage.goto(`/atlas/${record.slug}`);
  await expect(englishPage.locator('html')).toHaveAttribute('lang', 'en');
  await expect(englishPage.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'de');
  await expect(englishPage.getByRole('heading', { name: 'Fact sheet' })).toBeVisible();
  await checkWithoutScripts(browser, englishPage, '14-record-no-js-en', [
    {
      name: 'allmende_language',
      value: 'en',
      domain: 'localhost',
      path: '/',
      expires: -1,
      httpOnly: false,
      secure: false,
      sameSite: 'Lax',
    },
  ]);
  await english.close();

  // ---- With JavaScript: the app takes the same page over ----
  const withScripts = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const app = await withScripts.newPage();
  // Every state the page shows on its way, once the server's HTML is read: the h1's text each time the DOM changes.
  await app.addInitScript(() => {
    const seen: Array<string | null> = [];
    (window as unknown as { headings: typeof seen }).headings = seen;
    new MutationObserver(() => {
      // While the parser still reads the server's HTML, the page is only half there by nature.
      if (document.readyState === 'loading') return;
      const root = document.getElementById('root');
      if (root?.firstChild) seen.push(root.querySelector('h1')?.textContent ?? null);
    }).observe(document, { childList: true, subtree: true });
  });
  // On a slow line the record page's own code arrives late: the server's page stays until the app's is ready.
  await app.route(/\/assets\/record-page-[^/]*\.js$/, async (route) => {
    await new Promise((done) => setTimeout(done, 2500));
    await route.continue();
  });
  await app.goto(`/atlas/${record.slug}`);
  // The app's own header is there (its menu is a button), the server's is gone.
  await expect(app.locator('#site-menu')).toHaveCount(1);
  await expect(app.locator('#page-menu')).toHaveCount(0);
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(
    app.getByRole('heading', { name: 'Ähnliche Kooperationen' }).or(app.getByText(/Zuletzt geändert/)),
  ).not.toHaveCount(0);
  // Once: one main, one h1, one summary, one fact sheet.
  await expect(app.getByRole('main')).toHaveCount(1);
  await expect(app.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(app.getByText(summary)).toHaveCount(1);
  await expect(app.getByRole('table', { name: `Steckbrief: ${title}` })).toHaveCount(1);
  await expect(app.locator('#allmende-preload')).toHaveCount(0);
  // The page never stood empty or elsewhere on the way: every state showed the record's title.
  const headings = await app.evaluate(() => (window as unknown as { headings: Array<string | null> }).headings);
  expect(headings.length).toBeGreaterThan(0);
  expect(headings.filter((h) => h !== title)).toEqual([]);
  await checkPage(app, '14-record-app');
  await withScripts.close();
});
