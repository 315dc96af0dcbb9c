import { expect, expectAccessible, shot, test } from './fixtures.ts';

// The journey's server has no identity provider configured, so the provider list is answered by the test;
// the flow itself (redirects, tokens, checks) is tested against a real OpenID provider in
// src/server/features/sso/sso.test.ts.
const PROVIDERS = [{ id: 'kreis-quendel', name: 'Kreis-Login Quendel', startUrl: '/api/auth/sso/kreis-quendel/start' }];

test('the sign-in page offers the provider and explains why a sign-in by it did not work', async ({ page }) => {
  await page.route('**/api/auth/sso/providers', (route) => route.fulfill({ json: PROVIDERS }));
  await page.goto('/sign-in?next=%2Fworkspaces&sso-error=account-exists');

  const alert = page.getByRole('alert').filter({ hasText: 'Anmeldung über Ihren Anbieter' });
  await expect(alert).toContainText('Melden Sie sich bitte einmal mit Ihrem Passwort an');
  const button = page.getByRole('link', { name: 'Mit Kreis-Login Quendel anmelden' });
  await expect(button).toHaveAttribute('href', '/api/auth/sso/kreis-quendel/start?returnTo=%2Fworkspaces');

  // By keyboard: the provider's link is reached with Tab before the form's fields.
  await page.locator('body').focus();
  for (let i = 0; i < 30 && !(await button.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(button).toBeFocused();

  await shot(page, 'sso-sign-in');
  await expectAccessible(page, 'sso-sign-in');

  await page.setViewportSize({ width: 320, height: 800 });
  await shot(page, 'sso-sign-in-320');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // An unknown reason shows nothing; no providers, no buttons.
  await page.unroute('**/api/auth/sso/providers');
  await page.goto('/sign-in?sso-error=made-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  await expect(page.getByText('Anmeldung über Ihren Anbieter')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Mit .* anmelden$/ })).toHaveCount(0);
});
