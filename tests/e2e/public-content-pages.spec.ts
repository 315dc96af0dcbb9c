import type { APIRequestContext, Page } from '@playwright/test';
import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';

// Citizens read an organisation's published information on /inhalte/ without any script: German, and
// Arabic right to left, with the languages the page exists in, its contact and the page below it; on
// paper without the platform's frame; and the search finds the page.

const SUFFIX = Date.now().toString(36);

// biome-ignore lint/suspicious/noExplicitAny: answers of the API, read by their known fields
async function ok(response: Awaited<ReturnType<APIRequestContext['get']>>, status = 200): Promise<any> {
  expect(response.status(), await response.text()).toBe(status);
  return response.json();
}

/** axe and a photograph at desktop width and at 320 px, where nothing may run off the side. */
async function checkPage(page: Page, name: string) {
  await expectAccessible(page, name);
  await shot(page, `${name}-1280`);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible(page, `${name}-320`);
  await shot(page, `${name}-320`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('published content pages read without scripts, in German and Arabic, printed, and found by the search', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const platform = await platformAdminApi();
  const seevetal = await findOrganisation(platform, 'Seevetal');
  const editor = { name: 'Erika Inhalt', email: uniqueEmail('erika.inhalt') };
  const api = await registerVerifiedViaApi({ ...editor, organisationId: seevetal.id });
  await makeOrganisationAdmin(platform, seevetal.id, (await ok(await api.get('/api/me'))).id);

  const service = await ok(
    await api.post('/api/content/pages', {
      data: {
        organisationId: seevetal.id,
        slug: `buergerservice-${SUFFIX}`,
        title: 'Bürgerservice',
        bodyHtml: '<p>Alles rund um das Bürgerbüro.</p>',
      },
    }),
    201,
  );
  const residence = await ok(
    await api.post('/api/content/pages', {
      data: {
        organisationId: seevetal.id,
        parentId: service.id,
        slug: `wohnsitz-anmelden-${SUFFIX}`,
        title: 'Wohnsitz anmelden',
        bodyHtml:
          '<p>Sie melden Ihren Wohnsitz innerhalb von zwei Wochen an.</p><h3>Was Sie brauchen</h3><ul><li>Personalausweis</li><li>Wohnungsgeberbestätigung</li></ul><p>Mehr unter <a href="https://www.seevetal.de">seevetal.de</a>.</p>',
        contact: 'Bürgerbüro Hittfeld\nKirchstraße 11\nTelefon 04105 55-0',
        validUntil: '2099-12-31',
      },
    }),
    201,
  );
  await ok(
    await api.put(`/api/content/pages/${residence.id}/languages/ar`, {
      data: { title: 'تسجيل السكن', bodyHtml: '<p>سجّل مكان سكنك خلال أسبوعين.</p>' },
    }),
  );
  await ok(
    await api.post('/api/content/pages', {
      data: {
        organisationId: seevetal.id,
        parentId: residence.id,
        slug: `hundesteuer-${SUFFIX}`,
        title: 'Hundesteuer',
        bodyHtml: '<p>Hunde melden Sie bei der Steuerstelle an.</p>',
      },
    }),
    201,
  );
  const { organisation } = await ok(await api.get(`/api/public/organisations/${seevetal.id}/pages?language=ar`));
  const german = `/inhalte/${organisation.slug}/de/buergerservice-${SUFFIX}/wohnsitz-anmelden-${SUFFIX}`;

  // German: breadcrumb, title, text, languages, contact, validity, the page below.
  await page.goto(german);
  await expect(page.getByRole('heading', { level: 1, name: 'Wohnsitz anmelden' })).toBeVisible();
  const crumbs = page.getByRole('navigation', { name: 'Sie sind hier' });
  await expect(crumbs.getByRole('link', { name: 'Bürgerservice' })).toBeVisible();
  const languages = page.getByRole('navigation', { name: 'Sprachen' });
  await expect(languages.getByRole('link')).toHaveText(['Deutsch', 'العربية']);
  await expect(page.getByText('Kirchstraße 11')).toBeVisible();
  await expect(page.getByText('Diese Information gilt bis zum 31. Dezember 2099.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Hundesteuer' })).toBeVisible();
  expect(await page.locator('script[type="module"]').count()).toBe(0);
  await checkPage(page, 'content-page-de');

  // Arabic, right to left, reached through the language list.
  await languages.getByRole('link', { name: 'العربية' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'تسجيل السكن' })).toBeVisible();
  await expect(page.locator('article')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('article')).toHaveAttribute('lang', 'ar');
  await checkPage(page, 'content-page-ar');

  // On paper: the text and its contact, without the platform's header, footer and language list.
  await page.goto(german);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Sprachen' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Wohnsitz anmelden' })).toBeVisible();
  await shot(page, 'content-page-print');
  await page.emulateMedia({ media: 'screen' });

  // The organisation's top pages, and an unknown page.
  await page.goto(`/inhalte/${organisation.slug}/de`);
  await expect(page.getByRole('link', { name: 'Bürgerservice' }).first()).toBeVisible();
  await checkPage(page, 'content-index-de');
  const missing = await page.goto(`/inhalte/${organisation.slug}/de/gibt-es-nicht-${SUFFIX}`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();

  // The search over everything finds the page by a word of its text and opens it.
  await page.goto('/search?q=Wohnungsgeberbest%C3%A4tigung');
  await expect(page.getByRole('heading', { level: 2, name: /^Bürgerinformationen \(/ })).toBeVisible();
  await expectAccessible(page, 'content-search');
  await page.getByRole('link', { name: 'Wohnsitz anmelden' }).first().click();
  await expect(page).toHaveURL(/\/inhalte\/.+\/de\/buergerservice-[a-z0-9]+\/wohnsitz-anmelden-[a-z0-9]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Wohnsitz anmelden' })).toBeVisible();
});
