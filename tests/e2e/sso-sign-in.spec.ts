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

test('the sign-in page names the provider when the organisation requires single sign-on', async ({ page }) => {
  await page.route('**/api/auth/sso/providers', (route) => route.fulfill({ json: PROVIDERS }));
  // The refusal itself is tested against the server (src/server/features/sso/required/sso-required.test.ts).
  await page.route('**/api/auth/login', (route) =>
    route.fulfill({
      status: 403,
      contentType: 'application/problem+json',
      json: {
        type: '/problems/sso-required',
        title: 'Your organisation requires single sign-on',
        status: 403,
        detail:
          'Signing in with a password is turned off for members of your organisation. Sign in with Kreis-Login Quendel.',
        providerName: 'Kreis-Login Quendel',
        startUrl: '/api/auth/sso/kreis-quendel/start',
      },
    }),
  );
  await page.goto('/sign-in?next=%2Fworkspaces');
  await page.getByLabel('E-Mail-Adresse').fill('sandra.quendel@kreis.example');
  await page.getByLabel('Passwort', { exact: true }).fill('a password of hers');
  await page.getByLabel('Passwort', { exact: true }).press('Enter');
  const alert = page.getByRole('alert').filter({ hasText: 'Anmeldung nur über den Anmeldedienst' });
  await expect(alert).toContainText('über Kreis-Login Quendel anmelden');
  const button = alert.getByRole('link', { name: 'Mit Kreis-Login Quendel anmelden' });
  await expect(button).toHaveAttribute('href', '/api/auth/sso/kreis-quendel/start?returnTo=%2Fworkspaces');
  await shot(page, 'sso-required-sign-in');
  await expectAccessible(page, 'sso-required-sign-in');

  await page.getByRole('button', { name: 'English' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Sign-in only through the sign-in service' })).toContainText(
    'to sign in with Kreis-Login Quendel',
  );
  await expectAccessible(page, 'sso-required-sign-in-en');

  await page.setViewportSize({ width: 320, height: 800 });
  await shot(page, 'sso-required-sign-in-320');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
