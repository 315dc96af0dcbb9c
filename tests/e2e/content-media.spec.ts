import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

// An organisation's administrator fills the image library: a refused upload names what is missing, an
// SVG and a file that only claims to be a PNG are refused at the file field, a photo arrives with its
// credit line, its details change in place by keyboard, it appears among the shared images, and it is
// deleted again.

/** Checks the page with axe and photographs it at desktop width and at 320 px. */
async function checkPage(page: Page, name: string) {
  await expectAccessible(page, name);
  await shot(page, `${name}-1280`);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page, `${name}-320`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
  await shot(page, `${name}-320`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('an admin uploads an image with its licence, edits it by keyboard, shares and deletes it', async ({ page }) => {
  test.setTimeout(300_000);
  const platform = await platformAdminApi();
  const home = await findOrganisation(platform, 'Buchholz');
  const admin = { name: 'Bettina Bildstelle', email: uniqueEmail('bettina.bildstelle') };
  const adminApi = await registerVerifiedViaApi({ ...admin, organisationId: home.id });
  const adminId = (await (await adminApi.get('/api/me')).json()).id;
  await makeOrganisationAdmin(platform, home.id, adminId);

  await page.setViewportSize({ width: 1280, height: 800 });
  await signInThroughUi(page, admin.email, admin.name);
  await page.goto('/content/media');
  await expect(page.getByRole('heading', { level: 1, name: 'Bilder' })).toBeVisible();
  await expect(page.getByText('Ihre Organisation hat noch keine Bilder.')).toBeVisible();
  await checkPage(page, 'content-media-empty');

  // Sent empty: the summary takes focus and names the file, the author and the licence.
  await page.getByRole('button', { name: 'Hochladen' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  for (const message of [
    'Wählen Sie eine Bilddatei aus.',
    'Geben Sie an, wer das Bild gemacht hat.',
    'Wählen Sie eine Lizenz aus.',
  ]) {
    await expect(page.getByRole('link', { name: message })).toBeVisible();
  }
  await checkPage(page, 'content-media-errors');

  const file = page.getByLabel('Bilddatei');
  await page.getByLabel('Urheberin oder Urheber').fill('Erika Muster');
  await page.getByLabel('Lizenz', { exact: true }).selectOption({ label: 'CC BY 4.0 (Namensnennung)' });

  // An SVG is refused before it is sent; a text file named .png by the server, which reads its bytes.
  await file.setInputFiles({ name: 'wappen.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg/>') });
  await page.getByRole('button', { name: 'Hochladen' }).click();
  await expect(page.getByRole('link', { name: 'Die Datei ist kein PNG-, JPEG-, WebP- oder GIF-Bild.' })).toBeVisible();
  await file.setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from('<script>x</script>') });
  await page.getByRole('button', { name: 'Hochladen' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('#media-upload-file-error')).toHaveText(
    'Die Datei ist kein PNG-, JPEG-, WebP- oder GIF-Bild.',
  );

  const photo = await sharp({ create: { width: 2000, height: 1200, channels: 3, background: '#2d6a4f' } })
    .jpeg()
    .toBuffer();
  await file.setInputFiles({ name: 'marktplatz.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByLabel('Quelle').fill('https://example.org/marktplatz');
  await page.getByLabel('Alternativtext').fill('Der Marktplatz im Sommer');
  await page.getByRole('button', { name: 'Hochladen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Das Bild „marktplatz.jpg“ wurde hochgeladen.' }),
  ).toBeAttached();
  const card = page.getByRole('article', { name: 'marktplatz.jpg' });
  await expect(card.getByText('Foto: Erika Muster, CC BY 4.0, Quelle: https://example.org/marktplatz')).toBeVisible();
  await expect(card.getByRole('img', { name: 'Der Marktplatz im Sommer' })).toBeVisible();
  await expect(page.getByLabel('Urheberin oder Urheber')).toHaveValue('');
  await checkPage(page, 'content-media-uploaded');

  // Edited by keyboard alone: the form opens in place and focus returns to its button.
  const edit = card.getByRole('button', { name: 'Bearbeiten (marktplatz.jpg)' });
  await edit.focus();
  await page.keyboard.press('Enter');
  const altText = card.getByLabel('Alternativtext');
  await altText.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Der Marktplatz mit Brunnen');
  await card.getByLabel('Anderen Organisationen zur Nutzung freigeben').focus();
  await page.keyboard.press('Space');
  await checkPage(page, 'content-media-editing');
  await card.getByRole('button', { name: 'Speichern' }).focus();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('img', { name: 'Der Marktplatz mit Brunnen' })).toBeVisible();
  await expect(card.getByText('Geteilt')).toBeVisible();
  await expect(edit).toBeFocused();

  // Among the images every organisation shares, with the organisation named.
  await page.getByLabel('Von allen Organisationen geteilte Bilder').check();
  await expect(page.getByRole('heading', { level: 2, name: 'Geteilte Bilder aller Organisationen' })).toBeVisible();
  const shared = page.getByRole('article', { name: 'marktplatz.jpg' });
  await expect(shared.getByText(home.name)).toBeVisible();
  await checkPage(page, 'content-media-shared');

  // The web version is public now: a signed-out request gets it.
  const webUrl = await shared.getByRole('img').getAttribute('src');
  const signedOut = await page.request.fetch(String(webUrl), { headers: { cookie: '' } });
  expect(signedOut.headers()['content-type']).toBe('image/webp');

  await page.getByLabel('Eigene Bilder').check();
  await card.getByRole('button', { name: 'Löschen (marktplatz.jpg)' }).click();
  await page.getByRole('button', { name: 'Ja, löschen' }).click();
  await expect(page.getByText('Ihre Organisation hat noch keine Bilder.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Bilder von / })).toBeFocused();
});
