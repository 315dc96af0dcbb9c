import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { PASSWORD, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, SCREENS_DIR, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

/** Chromium's virtual authenticator (DevTools protocol): a platform passkey that verifies its user. */
async function virtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

async function signOut(page: Page, name: string) {
  await page
    .getByRole('button', { name: new RegExp(name) })
    .first()
    .click();
  await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
  await expect(page).toHaveURL(/sign-in|\/$/);
}

async function passwordStep(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Code bestätigen' })).toBeFocused();
}

async function noOverflowAt320(page: Page, name: string) {
  await page.setViewportSize({ width: 320, height: 800 });
  await shot(page, name);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const passkeysSection = (page: Page) =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Passkeys' }) });

test('a person adds a passkey, signs in with it, confirms a removal with it, and removes it', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const name = 'Paula Passkey';
  const email = uniqueEmail('paula-passkey');
  await registerVerifiedViaApi({ name, email });
  const { cdp, authenticatorId } = await virtualAuthenticator(context, page);
  await signInThroughUi(page, email, name, PASSWORD);

  await page.goto('/account');
  const section = passkeysSection(page);
  await expect(section.getByText('Sie haben noch keinen Passkey hinzugefügt.')).toBeVisible();
  // By keyboard: name it, press Enter; the browser's (virtual) authenticator answers.
  const nameField = section.getByLabel('Name des Passkeys');
  await nameField.focus();
  await page.keyboard.type('Dienstlaptop Paula');
  await page.keyboard.press('Enter');
  const codes = page.getByRole('list', { name: 'Wiederherstellungscodes' });
  await expect(codes.getByRole('listitem')).toHaveCount(10);
  await shot(page, 'passkey-added-recovery-codes');
  await expectAccessible(page, 'passkey-added-recovery-codes');
  await page.getByRole('button', { name: 'Ich habe die Codes gesichert' }).click();
  await expect(section.getByText('Dienstlaptop Paula', { exact: true })).toBeVisible();
  await expect(section.getByText('Noch nie zur Anmeldung benutzt.')).toBeVisible();
  await section.screenshot({ path: join(SCREENS_DIR, 'passkey-list-section.png') });
  await expectAccessible(page, 'passkey-list');
  await noOverflowAt320(page, 'passkey-list-320');
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials).toHaveLength(1);

  // Signing in: the password, then the passkey instead of a code.
  await signOut(page, name);
  await passwordStep(page, email);
  expect((await context.cookies()).some((c) => c.name === 'allmende_session')).toBe(false);
  await shot(page, 'passkey-sign-in-step');
  await expectAccessible(page, 'passkey-sign-in-step');
  await noOverflowAt320(page, 'passkey-sign-in-step-320');
  const withPasskey = page.getByRole('button', { name: 'Mit Passkey anmelden' });
  await withPasskey.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Willkommen, ${name}` })).toBeVisible();

  await page.goto('/account');
  await expect(section.getByText(/Zuletzt benutzt am/)).toBeVisible();

  // In English too.
  await page.getByRole('button', { name: 'English' }).first().click();
  const sectionEn = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Passkeys' }) });
  await expect(sectionEn.getByText(/Last used on/)).toBeVisible();
  await sectionEn.getByRole('button', { name: /Remove/ }).click();
  await expect(
    sectionEn.getByText('To remove “Dienstlaptop Paula”, please confirm your two-factor sign-in.'),
  ).toBeVisible();
  await sectionEn.screenshot({ path: join(SCREENS_DIR, 'passkey-remove-en-section.png') });
  await expectAccessible(page, 'passkey-remove-en');
  await noOverflowAt320(page, 'passkey-remove-en-320');
  // Removal asks the second factor again: confirmed with the passkey, which fills in a one-time proof.
  const listEn = page.getByRole('list', { name: 'Your passkeys' });
  await listEn.getByRole('button', { name: 'Confirm with a passkey' }).click();
  await expect(listEn.getByText('Confirmed with a passkey. You can go on now.')).toBeVisible();
  await listEn.getByRole('button', { name: 'Remove passkey' }).click();
  await expect(sectionEn.getByText('You have not added a passkey yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Deutsch' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Passkeys' })).toBeVisible();

  // With no second factor left, the password alone signs in again.
  await signOut(page, name);
  await signInThroughUi(page, email, name, PASSWORD);
});

test('an organisation requires two factors of its members: a member is held at the enrolment until a passkey is on', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(120_000);
  const platform = await platformAdminApi();
  const orgName = `Zweckverband Passkeyhausen ${Date.now().toString(36)}`;
  const created = await platform.post('/api/organisations', {
    data: { name: orgName, type: 'zweckverband', landCode: '03' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const organisation = await created.json();

  // The organisation's admin, with a passkey of her own (set up through her browser).
  const adminName = 'Olga Organisationsadmin';
  const adminEmail = uniqueEmail('olga-orgadmin');
  const adminApi = await registerVerifiedViaApi({
    name: adminName,
    email: adminEmail,
    organisationId: organisation.id,
  });
  await makeOrganisationAdmin(platform, organisation.id, (await (await adminApi.get('/api/me')).json()).id);
  const member = { name: 'Mats Mitglied', email: uniqueEmail('mats-mitglied') };
  const memberApi = await registerVerifiedViaApi({ ...member, organisationId: organisation.id });
  const memberId = (await (await memberApi.get('/api/me')).json()).id;
  const confirmed = await platform.post(`/api/organisations/${organisation.id}/members/${memberId}/confirm`);
  expect(confirmed.status()).toBe(204);

  await virtualAuthenticator(context, page);
  await signInThroughUi(page, adminEmail, adminName, PASSWORD);
  await page.goto(`/organisations/${organisation.id}`);
  const requirement = page
    .locator('section')
    .filter({ has: page.getByRole('heading', { level: 3, name: 'Zwei-Faktor-Anmeldung' }) })
    .last();
  await requirement.getByRole('radio', { name: 'Allen Mitgliedern' }).check();
  await requirement.getByRole('button', { name: 'Speichern', exact: true }).click();
  // Without a second factor of her own she cannot require one.
  await expect(
    requirement.getByText('Richten Sie zuerst auf Ihrer Kontoseite Ihre eigene Zwei-Faktor-Anmeldung ein.'),
  ).toBeVisible();
  await requirement.screenshot({ path: join(SCREENS_DIR, 'org-two-factor-needs-own-section.png') });
  await page.goto('/account');
  await passkeysSection(page).getByLabel('Name des Passkeys').fill('Olgas Laptop');
  await passkeysSection(page).getByRole('button', { name: 'Passkey auf diesem Gerät hinzufügen' }).click();
  await page.getByRole('button', { name: 'Ich habe die Codes gesichert' }).click();
  await page.goto(`/organisations/${organisation.id}`);
  await requirement.getByRole('radio', { name: 'Allen Mitgliedern' }).focus();
  await page.keyboard.press('Space');
  await requirement.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(requirement.getByText('Gespeichert.')).toBeVisible();
  await requirement.screenshot({ path: join(SCREENS_DIR, 'org-two-factor-saved-section.png') });
  await expectAccessible(page, 'org-two-factor-saved');
  await noOverflowAt320(page, 'org-two-factor-saved-320');

  // The member signs in with the password: every page but the account page is a notice.
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await virtualAuthenticator(memberContext, memberPage);
  // While held to the enrolment, the pages ask the server for nothing it refuses (no 403 in the background).
  const refused: string[] = [];
  memberPage.on('response', (response) => {
    if (response.status() === 403) refused.push(response.url());
  });
  await memberPage.goto('/sign-in');
  await memberPage.getByLabel('E-Mail-Adresse').fill(member.email);
  await memberPage.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
  // The next page is opened only once the sign-in has answered (before, it found no session yet).
  const signedIn = memberPage.waitForResponse(
    (response) => response.url().endsWith('/api/auth/login') && response.request().method() === 'POST',
  );
  await memberPage.getByRole('button', { name: 'Anmelden', exact: true }).click();
  expect((await signedIn).status()).toBe(200);
  await memberPage.goto('/workspaces');
  await expect(memberPage.getByText('Ihre Organisation verlangt die Zwei-Faktor-Anmeldung')).toBeVisible();
  await shot(memberPage, 'org-two-factor-gate');
  await expectAccessible(memberPage, 'org-two-factor-gate');
  await noOverflowAt320(memberPage, 'org-two-factor-gate-320');
  await memberPage.getByRole('link', { name: 'Zur Kontoseite' }).click();
  await expect(memberPage.getByRole('heading', { level: 2, name: 'Passkeys' })).toBeVisible();
  await expect(memberPage.getByRole('heading', { level: 2, name: 'Angemeldete Geräte' })).toHaveCount(0);
  await shot(memberPage, 'org-two-factor-account-gate');
  await expectAccessible(memberPage, 'org-two-factor-account-gate');
  await noOverflowAt320(memberPage, 'org-two-factor-account-gate-320');
  await memberPage.goto('/');
  await expect(memberPage.getByText('Ihre Organisation verlangt die Zwei-Faktor-Anmeldung')).toBeVisible();
  await memberPage.getByRole('link', { name: 'Zur Kontoseite' }).click();
  await expect(memberPage.getByRole('heading', { level: 2, name: 'Passkeys' })).toBeVisible();
  expect(refused).toEqual([]);
  await passkeysSection(memberPage).getByLabel('Name des Passkeys').fill('Mats Telefon');
  await passkeysSection(memberPage).getByRole('button', { name: 'Passkey auf diesem Gerät hinzufügen' }).click();
  await memberPage.getByRole('button', { name: 'Ich habe die Codes gesichert' }).click();
  await expect(memberPage.getByText('Ihre Organisation verlangt die Zwei-Faktor-Anmeldung')).toHaveCount(0);
  await memberPage.goto('/workspaces');
  await expect(memberPage.getByText('Ihre Organisation verlangt die Zwei-Faktor-Anmeldung')).toHaveCount(0);
  await memberContext.close();
});
