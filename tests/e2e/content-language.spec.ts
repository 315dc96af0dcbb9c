import type { Locator } from '@playwright/test';
import { platformAdminApi } from './admin.ts';
import { cooperationInput, findOrganisation } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';

// What people write is German; in the English interface it is marked lang="de" (WCAG 3.1.2), so a
// screen reader reads "Gemeinsame Beschaffung" with a German voice and the labels around it in English.

const TAG = `sprachreise${Date.now()
  .toString(36)
  .replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)] ?? 'x')}`;
const TITLE = 'Gemeinsame Beschaffung der Schulträger';
const SUMMARY = 'Drei Gemeinden kaufen Tafeln und Laptops gemeinsam ein.';
const DESCRIPTION = 'Die Stadt teilt ihre Fachverfahren mit den Nachbargemeinden.';

/**
 * The language a screen reader speaks an element in, and where that is said: `de` from a lang
 * attribute of the content (`de@p`, `de@h1`…), or from the page (`en@html`).
 */
function languageOf(locator: Locator): Promise<string> {
  return locator.first().evaluate((element) => {
    const holder = element.closest('[lang]');
    return `${holder?.getAttribute('lang')}@${holder?.tagName.toLowerCase()}`;
  });
}

/** Said by the content itself, not by the page. */
const CONTENT_DE = /^de@(?!html)/;

test('German records and descriptions carry lang="de" in the English interface, and nothing in the German one', async ({
  page,
}) => {
  // Three pages, each with axe and a full-page screenshot.
  test.setTimeout(180_000);
  const admin = await platformAdminApi();
  const partner = await findOrganisation(admin, 'Lüneburg');
  const edited = await admin.patch(`/api/organisations/${partner.id}`, { data: { description: DESCRIPTION } });
  expect(edited.status(), await edited.text()).toBe(200);
  const created = await admin.post('/api/atlas/cooperations', {
    data: cooperationInput({
      title: TITLE,
      summary: SUMMARY,
      sector: '09',
      fields: ['schulen', 'beschaffung'],
      keywords: [TAG],
      partnerIds: [partner.id],
      description: '<p>Ein Rahmenvertrag für alle Schulen.</p>',
      lessonsLearned: '<p>Früh die Schulleitungen fragen.</p>',
    }),
  });
  expect(created.status(), await created.text()).toBe(201);
  const record = await created.json();
  const published = await admin.post(`/api/atlas/cooperations/${record.id}/state`, { data: { state: 'published' } });
  expect(published.status(), await published.text()).toBe(200);

  // The visitor switches the interface to English.
  await page.goto('/atlas');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Search results: title and snippet are German, the facts around them English.
  const searchbox = page.getByRole('searchbox', { name: 'Search term' });
  await searchbox.fill(TAG);
  await searchbox.press('Enter');
  const hit = page.locator('.atlas-hit').filter({ hasText: TITLE });
  await expect.poll(() => languageOf(hit.getByRole('heading', { name: TITLE }))).toMatch(CONTENT_DE);
  await expect.poll(() => languageOf(hit.locator('.atlas-hit__snippet'))).toMatch(CONTENT_DE);
  await expect.poll(() => languageOf(hit.locator('.atlas-hit__facts'))).toBe('en@html');
  await expectAccessible(page, 'content-language-search-en');
  await shot(page, 'content-language-search-en');

  // The record: title, summary and sections German, the section headings English.
  await hit.getByRole('link', { name: TITLE }).click();
  const title = page.getByRole('heading', { level: 1, name: TITLE });
  await expect.poll(() => languageOf(title)).toMatch(CONTENT_DE);
  await expect.poll(() => languageOf(page.locator('.page-title__lead'))).toMatch(CONTENT_DE);
  await expect
    .poll(() => languageOf(page.locator('.rich-text').filter({ hasText: 'Früh die Schulleitungen' })))
    .toMatch(CONTENT_DE);
  const lessons = page.getByRole('heading', { name: 'Lessons learned' });
  await expect(lessons).toBeVisible();
  await expect.poll(() => languageOf(lessons)).toBe('en@html');
  await expect.poll(() => languageOf(page.getByText(TAG))).toMatch(CONTENT_DE);
  await expectAccessible(page, 'content-language-record-en');
  await shot(page, 'content-language-record-en');

  // The partner's profile: its description and its cooperation's card are German.
  await page.getByRole('link', { name: partner.name }).first().click();
  await expect.poll(() => languageOf(page.getByText(DESCRIPTION))).toMatch(CONTENT_DE);
  await expect.poll(() => languageOf(page.getByRole('heading', { name: TITLE }))).toMatch(CONTENT_DE);
  await expectAccessible(page, 'content-language-organisation-en');
  await shot(page, 'content-language-organisation-en');

  // Back in German, the page's own lang says it all: no attribute on the content.
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect.poll(() => languageOf(page.getByText(DESCRIPTION))).toBe('de@html');
  await expect.poll(() => languageOf(page.getByRole('heading', { name: TITLE }))).toBe('de@html');
});
