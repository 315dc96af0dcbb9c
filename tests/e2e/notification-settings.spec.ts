import { registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

test('a person turns the mail of chat mentions off, chooses a daily digest, and finds both kept; the start page shows the network', async ({
  page,
}) => {
  const name = 'Nora Notiz';
  const email = uniqueEmail('nora-notiz');
  await registerVerifiedViaApi({ name, email });
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(page, email, name);

  // The start page: nothing from the network yet, and the way there.
  const network = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Aus dem Netzwerk' }) });
  await expect(network.getByText('Noch nichts Neues für Sie.')).toBeVisible();
  await expect(network.getByRole('link', { name: 'Zum Netzwerk' })).toHaveAttribute('href', '/network');
  await shot(page, 'start-network-empty');
  await expectAccessible(page, 'start-network-empty');

  // From the account page to the settings.
  await page.goto('/account');
  await page.getByRole('link', { name: 'Einstellungen der Benachrichtigungen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen der Benachrichtigungen' })).toBeVisible();
  const mentionMail = page.getByRole('checkbox', { name: 'Erwähnungen im Chat: per E-Mail' });
  const mentionApp = page.getByRole('checkbox', { name: 'Erwähnungen im Chat: in der App' });
  await expect(mentionMail).toBeChecked();
  await expect(mentionApp).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Einladungen in Arbeitsräume: per E-Mail' })).not.toBeChecked();
  await expect(page.getByRole('table', { name: 'Netzwerk' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Bald' })).toBeChecked();

  // By keyboard: the mail of mentions off, daily, save.
  await mentionMail.focus();
  await page.keyboard.press('Space');
  await expect(mentionMail).not.toBeChecked();
  await page.getByRole('radio', { name: 'Bald' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Täglich' })).toBeChecked();
  await page.getByRole('button', { name: 'Einstellungen speichern' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Die Einstellungen sind gespeichert.' })).toBeVisible();
  await shot(page, 'notification-settings-saved');
  await expectAccessible(page, 'notification-settings-saved');

  // Kept after a reload.
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Täglich' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Erwähnungen im Chat: per E-Mail' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Erwähnungen im Chat: in der App' })).toBeChecked();

  // At 320 px nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(page, 'notification-settings-320');
  await expectAccessible(page, 'notification-settings-320');
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Aus dem Netzwerk' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await shot(page, 'start-network-320');
  await page.setViewportSize({ width: 1280, height: 900 });

  // In English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'From the network' })).toBeVisible();
  await expect(page.getByText('Nothing new for you yet.')).toBeVisible();
  await page.goto('/account/notifications');
  await expect(page.getByRole('heading', { level: 1, name: 'Notification settings' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Mentions in chat: by mail' })).not.toBeChecked();
  await expect(page.getByRole('radio', { name: 'Daily' })).toBeChecked();
  await shot(page, 'notification-settings-en');
  await expectAccessible(page, 'notification-settings-en');

  // The notifications page leads to the settings too.
  await page.goto('/notifications');
  await page.getByRole('link', { name: 'Notification settings' }).click();
  await expect(page).toHaveURL(/\/account\/notifications$/);
});

test('the start page lists an answer to my question with a link to it', async ({ page }) => {
  const name = 'Nils Netz';
  const email = uniqueEmail('nils-netz');
  const nils = await registerVerifiedViaApi({ name, email });
  const theo = await registerVerifiedViaApi({ name: 'Theo Tour', email: uniqueEmail('theo-tour') });
  const asked = await nils.post('/api/network/questions', {
    data: {
      title: 'Wer plant Winterdienst-Touren digital?',
      body: 'Wir suchen Erfahrungen.',
      communityId: null,
      tags: [],
    },
  });
  expect(asked.status(), await asked.text()).toBe(201);
  const { id } = (await asked.json()) as { id: string };
  const answered = await theo.post(`/api/network/questions/${id}/answers`, {
    data: { body: 'Wir nutzen seit zwei Wintern einen Routenplaner.' },
  });
  expect(answered.status(), await answered.text()).toBe(201);

  await page.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(page, email, name);
  const network = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Aus dem Netzwerk' }) });
  await expect(network.getByRole('heading', { name: 'Antworten auf Ihre Fragen' })).toBeVisible();
  await expect(
    network.getByRole('link', { name: 'Theo Tour zu „Wer plant Winterdienst-Touren digital?“' }),
  ).toHaveAttribute('href', `/network/questions/${id}`);
  await shot(page, 'start-network-answer');
  await expectAccessible(page, 'start-network-answer');

  // The bell's page words the network's notification.
  await page.goto('/notifications');
  await expect(
    page.getByRole('link', { name: /Theo Tour hat auf „Wer plant Winterdienst-Touren digital\?“ geantwortet/ }),
  ).toBeVisible();
});
