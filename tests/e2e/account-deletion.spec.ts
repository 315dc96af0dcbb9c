import type { APIRequestContext, Page } from '@playwright/test';
import { makeOrganisationAdmin, PLATFORM_ADMIN, platformAdminApi } from './admin.ts';
import { apiClient, findOrganisation, PASSWORD, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, mailsTo, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

async function meOf(api: APIRequestContext): Promise<{ id: string }> {
  const res = await api.get('/api/me');
  expect(res.status()).toBe(200);
  return res.json();
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('a person deletes their account after handing over; the organisation admin is told; the name reads "ehemalige Person"', async ({
  page,
  browser,
}) => {
  const admin = await platformAdminApi();
  const organisation = await findOrganisation(admin, 'Quickborn');
  const olgaEmail = uniqueEmail('olga-obhut');
  const olgaApi = await registerVerifiedViaApi({
    name: 'Olga Obhut',
    email: olgaEmail,
    organisationId: organisation.id,
  });
  const olga = await meOf(olgaApi);
  await makeOrganisationAdmin(admin, organisation.id, olga.id);
  const name = 'Dieter Quittenblüte';
  const email = uniqueEmail('dieter-quittenbluete');
  const dieterApi = await registerVerifiedViaApi({ name, email, organisationId: organisation.id });
  const dieter = await meOf(dieterApi);
  expect((await olgaApi.post(`/api/organisations/${organisation.id}/members/${dieter.id}/confirm`)).status()).toBe(204);
  // Dieter owns a workspace alone and writes in its channel.
  const created = await dieterApi.post('/api/workspaces', {
    data: { name: 'Arbeitsraum Quittenblüte', ownerOrganisationId: organisation.id, visibility: 'members' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const workspace = await created.json();
  const channels = await (await dieterApi.get(`/api/workspaces/${workspace.id}/channels`)).json();
  const channel = channels.find((c: { isDefault: boolean }) => c.isDefault);
  const posted = await dieterApi.post(`/api/channels/${channel.id}/messages`, {
    data: { text: 'Die Quittenernte ist eingebracht.' },
  });
  expect(posted.status()).toBe(201);

  await signInThroughUi(page, email, name, PASSWORD);
  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 2, name: 'Konto löschen' })).toBeVisible();
  // The last owner must hand over first: the page says what, and offers no form.
  const handOver = page.getByText('Eigentum am Arbeitsraum Arbeitsraum Quittenblüte');
  await expect(handOver).toBeVisible();
  await expect(page.getByRole('button', { name: 'Konto endgültig löschen' })).toHaveCount(0);
  await handOver.scrollIntoViewIfNeeded();
  await shot(page, 'account-deletion-hand-over');
  await expectAccessible(page, 'account-deletion-hand-over');

  // Olga becomes an owner too; now Dieter may go.
  const added = await dieterApi.post(`/api/workspaces/${workspace.id}/members`, {
    data: { personId: olga.id, role: 'owner' },
  });
  expect(added.status(), await added.text()).toBe(201);
  await page.reload();
  const submit = page.getByRole('button', { name: 'Konto endgültig löschen' });
  await expect(submit).toBeVisible();
  await expect(page.getByRole('radio', { name: /Stehen lassen/ })).toBeChecked();

  // By keyboard: a wrong password first, named at the field.
  const password = page.getByLabel('Ihr Passwort zur Bestätigung');
  await password.focus();
  await page.keyboard.type('falsches-Passwort');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Das aktuelle Passwort ist nicht richtig.').first()).toBeVisible();
  await submit.scrollIntoViewIfNeeded();
  await shot(page, 'account-deletion-wrong-password');
  await expectAccessible(page, 'account-deletion-form');

  await page.setViewportSize({ width: 320, height: 800 });
  await submit.scrollIntoViewIfNeeded();
  await shot(page, 'account-deletion-320');
  await noSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await password.fill('');
  await password.focus();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/account-deleted$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Konto wurde gelöscht' })).toBeVisible();
  await shot(page, 'account-deleted');
  await expectAccessible(page, 'account-deleted');
  // Signed out everywhere: the API client's session is gone too.
  expect((await dieterApi.get('/api/me')).status()).toBe(401);

  // The organisation admin is told, in the bell and by mail.
  const olgaContext = await browser.newContext({ locale: 'de-DE' });
  const olgaPage = await olgaContext.newPage();
  await signInThroughUi(olgaPage, olgaEmail, 'Olga Obhut', PASSWORD);
  await olgaPage.goto('/notifications');
  await expect(olgaPage.getByText(`Das Konto von ${name} (${organisation.name}) wurde gelöscht.`)).toBeVisible();
  // (The subject is MIME-encoded for its umlaut; the body says it.)
  const mail = mailsTo(olgaEmail).find((m) => m.text.includes('wurde gelöscht'));
  expect(mail?.text).toContain(name);

  // The message stays, under "ehemalige Person"; in English "former member".
  await olgaPage.goto(`/chat/${channel.id}`);
  const message = olgaPage.getByText('Die Quittenernte ist eingebracht.');
  await expect(message).toBeVisible();
  await expect(olgaPage.locator('.message__author', { hasText: 'ehemalige Person' }).first()).toBeVisible();
  await expect(olgaPage.getByText(name)).toHaveCount(0);
  await shot(olgaPage, 'account-deletion-chat-de');
  await olgaPage.getByRole('button', { name: 'English' }).first().click();
  await expect(olgaPage.locator('.message__author', { hasText: 'former member' }).first()).toBeVisible();
  await shot(olgaPage, 'account-deletion-chat-en');
  await olgaContext.close();

  // The address is free again.
  const again = await (await apiClient()).post('/api/auth/register', {
    data: { name: 'Dieter Neuanfang', email, password: PASSWORD },
  });
  expect(again.status(), await again.text()).toBe(201);
});

test('the account section in English', async ({ page }) => {
  const name = 'Erna Englishtest';
  const email = uniqueEmail('erna-englishtest');
  await registerVerifiedViaApi({ name, email });
  await signInThroughUi(page, email, name, PASSWORD);
  await page.goto('/account');
  await page.getByRole('button', { name: 'English' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Delete account' })).toBeVisible();
  const submit = page.getByRole('button', { name: 'Delete account for good' });
  await submit.scrollIntoViewIfNeeded();
  await shot(page, 'account-deletion-en');
  await expectAccessible(page, 'account-deletion-en');
  // Choose "delete it too" by keyboard, confirm, and land on the English page.
  const keep = page.getByRole('radio', { name: /Leave it/ });
  await keep.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Delete it too/ })).toBeChecked();
  await page.getByLabel('Your password to confirm').fill(PASSWORD);
  await submit.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your account was deleted' })).toBeVisible();
  await shot(page, 'account-deleted-en');
  await expectAccessible(page, 'account-deleted-en');
});

test('a platform admin deletes a person on request, with a reason', async ({ page }) => {
  const name = 'Agathe Antragstellerin';
  const email = uniqueEmail('agathe-antrag');
  await registerVerifiedViaApi({ name, email });
  await signInThroughUi(page, PLATFORM_ADMIN.email, PLATFORM_ADMIN.name, PLATFORM_ADMIN.password);
  await page.goto(`/admin/people?q=${encodeURIComponent('Agathe Antragstellerin')}`);
  const open = page.getByRole('button', { name: `Löschen (${name})` });
  await open.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 3, name: `Konto von ${name} löschen` });
  await expect(heading).toBeFocused();
  // Without a reason the form says so.
  await page.getByRole('button', { name: 'Konto löschen', exact: true }).click();
  await expect(page.getByText('Bitte geben Sie eine Begründung an.').first()).toBeVisible();
  await expectAccessible(page, 'admin-deletion-form');
  await page.setViewportSize({ width: 320, height: 800 });
  await heading.scrollIntoViewIfNeeded();
  await shot(page, 'admin-deletion-320');
  await noSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByLabel(/Begründung/).fill('Antrag per E-Mail vom 7. Dezember');
  await page.getByRole('button', { name: 'Konto löschen', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Das Konto von ${name} wurde gelöscht.` })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
  await shot(page, 'admin-deletion-done');
  await expectAccessible(page, 'admin-deletion-done');
  await expect
    .poll(() => mailsTo(email).some((m) => m.text.includes('Ihr Konto bei Allmende gelöscht')), { timeout: 10_000 })
    .toBe(true);
});
