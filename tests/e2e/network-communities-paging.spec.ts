import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { noSidewaysScroll } from './network-people.ts';
import { signInThroughUi } from './signin.ts';

// Hanna (Buxtehude) has founded 52 communities on the Kreis' Bauhöfe, each named with a made-up word. The
// network's overview shows them 50 at a time: searching the word finds all 52, the list shows the first
// 50 and "Weitere Fachgruppen laden" brings the last two, with focus on the first one that came in.
// Checked with axe at 1280 and 320 px, in German and English.

test('the list of communities shows fifty and loads the rest on request', async ({ browser }) => {
  test.setTimeout(180_000);
  const platform = await platformAdminApi();
  const buxtehude = await findOrganisation(platform, 'Buxtehude');
  const hanna = { name: 'Hanna Hofleitung', email: uniqueEmail('hanna.seiten') };
  const hannaApi = await registerVerifiedViaApi({ ...hanna, organisationId: buxtehude.id });
  await makeOrganisationAdmin(platform, buxtehude.id, (await (await hannaApi.get('/api/me')).json()).id);
  const word = `Streugutlager${Date.now().toString(36)}`;
  for (let n = 1; n <= 52; n += 1) {
    const res = await hannaApi.post('/api/network/communities', {
      data: { name: `Bauhof ${String(n).padStart(2, '0')} ${word}`, description: 'Winterdienst im Kreis' },
    });
    expect(res.status(), await res.text()).toBe(201);
  }

  const page = await (await browser.newContext()).newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(page, hanna.email, hanna.name);
  await page.goto('/network');
  await page.getByLabel('Fachgruppe suchen').fill(word);
  await page.getByLabel('Fachgruppe suchen').press('Enter');
  await expect(page.getByText(`52 Fachgruppen zu „${word}“`)).toBeVisible();
  const all = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Alle Fachgruppen' }) });
  const cards = all.getByRole('list').first().getByRole('listitem');
  await expect(cards).toHaveCount(50);
  await expect(all.getByText('50 von 52 Fachgruppen angezeigt')).toBeVisible();
  await shot(page, 'network-communities-paging-first');
  await expectAccessible(page, 'network-communities-paging-first');

  await all.getByRole('button', { name: 'Weitere Fachgruppen laden' }).click();
  await expect(cards).toHaveCount(52);
  await expect(cards.nth(50)).toBeFocused();
  await expect(cards.nth(50).getByRole('heading', { name: `Bauhof 51 ${word}` })).toBeVisible();
  await expect(cards.nth(51).getByRole('heading', { name: `Bauhof 52 ${word}` })).toBeVisible();
  await expect(all.getByRole('button', { name: 'Weitere Fachgruppen laden' })).toHaveCount(0);
  // Every community once, none skipped.
  const names = await cards.getByRole('heading').allTextContents();
  expect(names).toEqual(Array.from({ length: 52 }, (_, i) => `Bauhof ${String(i + 1).padStart(2, '0')} ${word}`));
  await shot(page, 'network-communities-paging-all');
  await expectAccessible(page, 'network-communities-paging-all');

  // Her own communities page too; in English, at 320 px.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'My communities' })).toBeVisible();
  const mine = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'My communities' }) });
  await expect(mine.getByRole('button', { name: 'Show more communities' })).toBeVisible();
  await expect(mine.getByText(/^50 of \d+ communities shown$/)).toBeVisible();
  await page.setViewportSize({ width: 320, height: 800 });
  await noSidewaysScroll(page);
  await shot(page, 'network-communities-paging-en-320');
  await expectAccessible(page, 'network-communities-paging-en-320');
  await mine.getByRole('button', { name: 'Show more communities' }).focus();
  await page.keyboard.press('Enter');
  await expect(mine.getByRole('list').first().getByRole('listitem')).toHaveCount(52);
});
