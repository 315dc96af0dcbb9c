import type { Page } from '@playwright/test';
import { startTestProvider, type TestProvider } from '../../src/server/features/sso/test-provider.ts';
import { PLATFORM_ADMIN, platformAdminApi } from './admin.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { E2E_BASE_URL } from './server.ts';
import { signInThroughUi } from './signin.ts';

// A platform admin adds a sign-in provider through the admin area, pointing at a real OpenID provider
// (oidc-provider) started by this journey; a person then signs in with it from the sign-in page. The
// provider signs its person in by itself (test-provider.ts), as a Keycloak would after its own login form.

const WORD = `quendel${Date.now().toString(36)}`;
const PROVIDER_ID = `kreis-${WORD}`;
const PROVIDER_NAME = `Kreis-Login ${WORD}`;
let provider: TestProvider;

test.beforeAll(async () => {
  provider = await startTestProvider({ callbackUrl: `${E2E_BASE_URL}/api/auth/sso/${PROVIDER_ID}/callback` });
});

test.afterAll(async () => {
  await provider?.close();
  // The journeys share one server: the provider must not stay on the sign-in page of later journeys, also
  // when this one failed half-way (404 when it was removed as the journey does).
  const admin = await platformAdminApi();
  await admin.delete(`/api/admin/sso/providers/${PROVIDER_ID}`);
});

/** At 320 px: nothing scrolls sideways, still accessible, photographed. */
async function atNarrowWidth(page: Page, name: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  await shot(page, `${name}-320`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible(page, `${name}-320`);
  if (size) await page.setViewportSize(size);
}

test('a platform admin adds a sign-in provider in the admin area, and a person signs in with it', async ({ page }) => {
  test.setTimeout(180_000);
  const platform = await platformAdminApi();
  const created = await platform.post('/api/organisations', {
    data: { name: `Zweckverband ${WORD}`, type: 'zweckverband', landCode: '03' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const organisation = (await created.json()) as { id: string; name: string };
  await signInThroughUi(page, PLATFORM_ADMIN.email, PLATFORM_ADMIN.name);
  await page.goto('/admin/settings');
  const section = page.getByRole('heading', { level: 2, name: 'Anmeldedienste (Single Sign-on)' });
  await expect(section).toBeVisible();

  // A provider whose issuer does not answer is refused with the reason.
  await page.getByRole('button', { name: 'Anmeldedienst hinzufügen' }).click();
  await page.getByLabel('Kennung').fill(PROVIDER_ID);
  await page.getByLabel('Name auf dem Knopf').fill(PROVIDER_NAME);
  await page.getByLabel('Aussteller-Adresse (Issuer)').fill('http://127.0.0.1:9/nobody');
  await page.getByLabel('Client-ID').fill(provider.clientId);
  await page.getByLabel('Client-Secret').fill(provider.clientSecret);
  // The provider vouches for the journey's organisation.
  await page.getByRole('combobox', { name: 'Organisation hinzufügen' }).fill(WORD);
  await page.getByRole('option', { name: new RegExp(organisation.name) }).click();
  await expect(page.getByRole('button', { name: 'Entfernen' })).toBeVisible();
  await page.getByRole('button', { name: 'Dienst hinzufügen' }).click();
  const refused = page.getByRole('alert').filter({ hasText: 'Der Anmeldedienst hat nicht geantwortet' });
  await expect(refused).toContainText('http://127.0.0.1:9/nobody/.well-known/openid-configuration');
  await shot(page, 'sso-admin-discovery-failed');

  // By keyboard: the issuer corrected, a group mapped to a role, saved with Enter.
  const issuer = page.getByLabel('Aussteller-Adresse (Issuer)');
  await issuer.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(provider.issuer);
  await page.getByRole('button', { name: 'Gruppe zuordnen' }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Gruppe 1', { exact: true }).focus();
  await page.keyboard.type('kreis-admins');
  await page.getByLabel('Claim für Gruppen').fill('groups');
  await expectAccessible(page, 'sso-admin-form');
  await atNarrowWidth(page, 'sso-admin-form');
  await issuer.focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status').filter({ hasText: 'Der Anmeldedienst ist hinzugefügt.' })).toBeVisible();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: PROVIDER_NAME }) });
  await expect(item).toContainText('gesetzt');
  await expect(item).not.toContainText(provider.clientSecret);
  await expect(item).toContainText(`/api/auth/sso/${PROVIDER_ID}/callback`);
  await expect(item).toContainText('kreis-admins → Administration');
  await shot(page, 'sso-admin-list');
  await expectAccessible(page, 'sso-admin-list');
  await atNarrowWidth(page, 'sso-admin-list');

  // The same page in English.
  await page.getByRole('button', { name: 'English' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sign-in services (single sign-on)' })).toBeVisible();
  await expect(item).toContainText('set');
  await expect(page.getByRole('status').filter({ hasText: 'The sign-in service is added.' })).toBeVisible();
  await shot(page, 'sso-admin-list-en');
  await expectAccessible(page, 'sso-admin-list-en');
  await page.getByRole('button', { name: 'Deutsch' }).first().click();
  await expect(section).toBeVisible();

  // Signed out, a new person signs in with the provider from the sign-in page.
  await page.context().clearCookies();
  const sub = `sandra-${WORD}`;
  provider.signInAs({
    sub,
    name: `Sandra ${WORD}`,
    email: `${sub}@kreis.example`,
    email_verified: true,
    groups: ['kreis-admins'],
  });
  await page.goto('/sign-in');
  const button = page.getByRole('link', { name: `Mit ${PROVIDER_NAME} anmelden` });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Willkommen, Sandra ${WORD}` })).toBeVisible();
  await shot(page, 'sso-admin-signed-in');

  // On the account page the provider is listed as linked.
  await page.goto('/account');
  const linked = page.getByRole('list', { name: 'Verknüpfte Anmeldedienste' });
  await expect(linked).toContainText(PROVIDER_NAME);
  await expect(page.getByText('Das ist Ihr einziger Weg, sich anzumelden')).toBeVisible();
  await linked.scrollIntoViewIfNeeded();
  await shot(page, 'sso-admin-account');
  await expectAccessible(page, 'sso-admin-account');

  // Her group made her the administrator of the organisation the provider vouches for: she requires single
  // sign-on of its members in the organisation administration.
  await page.goto(`/organisations/${organisation.id}`);
  await expect(page.getByRole('heading', { level: 3, name: 'Anmeldung über den Anmeldedienst' })).toBeVisible();
  const requirement = page.getByRole('checkbox', { name: `Mitglieder melden sich nur über ${PROVIDER_NAME} an` });
  await requirement.focus();
  await page.keyboard.press('Space');
  await expect(requirement).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible();
  await requirement.scrollIntoViewIfNeeded();
  await shot(page, 'sso-admin-requirement');
  await expectAccessible(page, 'sso-admin-requirement');
  await atNarrowWidth(page, 'sso-admin-requirement');

  // The admin removes the provider again (the journeys share one server).
  await page.context().clearCookies();
  await signInThroughUi(page, PLATFORM_ADMIN.email, PLATFORM_ADMIN.name);
  await page.goto('/admin/settings');
  await item.getByRole('button', { name: `${PROVIDER_NAME} entfernen` }).click();
  await page.getByRole('button', { name: 'Ja, entfernen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Der Anmeldedienst ist entfernt.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: PROVIDER_NAME })).toHaveCount(0);
});
