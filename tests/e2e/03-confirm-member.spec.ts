import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, PASSWORD, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, linkMailedTo, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

test('an organisation admin confirms a new member, who is told at once', async ({ browser }) => {
  const platform = await platformAdminApi();
  const seevetal = await findOrganisation(platform, 'Seevetal');

  // The organisation's admin, set up through the API.
  const adminName = 'Greta Gemeinde';
  const adminEmail = uniqueEmail('greta.gemeinde');
  const adminApi = await registerVerifiedViaApi({ name: adminName, email: adminEmail, organisationId: seevetal.id });
  const adminMe = await (await adminApi.get('/api/me')).json();
  await makeOrganisationAdmin(platform, seevetal.id, adminMe.id);

  // The new member registers through the page, naming Seevetal with the organisation picker.
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  const memberName = 'Moritz Mitarbeiter';
  const memberEmail = uniqueEmail('moritz.mitarbeiter');
  await member.goto('/register');
  await member.getByLabel('Name', { exact: true }).fill(memberName);
  await member.getByLabel('E-Mail-Adresse').fill(memberEmail);
  await member.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
  const picker = member.getByRole('combobox', { name: /Heimatorganisation/ });
  await picker.fill('Seevetal');
  await member
    .getByRole('option', { name: /Seevetal/ })
    .first()
    .click();
  await shot(member, 'register-with-organisation');
  await member.getByRole('button', { name: 'Konto anlegen' }).click();
  await expect(
    member.getByRole('heading', { level: 1, name: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' }),
  ).toBeVisible();
  await member.goto(await linkMailedTo(memberEmail, '/verify-email'));
  await expect(member.getByText('Ihre E-Mail-Adresse ist bestätigt.')).toBeVisible();
  await signInThroughUi(member, memberEmail, memberName);
  await expect(member.getByRole('main')).toContainText('Seevetal');
  await shot(member, 'start-pending-member');

  // The admin opens the organisation page and confirms the request.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInThroughUi(admin, adminEmail, adminName);
  await admin.goto(`/organisations/${seevetal.id}`);
  await expect(admin.getByRole('heading', { level: 1, name: /Seevetal/ })).toBeVisible();
  await expectAccessible(admin, 'organisation-admin-view');
  await shot(admin, 'organisation-admin-view');
  // Seevetal has registered no e-mail domain, so the request comes from another domain: confirming
  // it takes a second, deliberate step.
  await admin.getByRole('button', { name: `Bestätigen (${memberName})` }).click();
  await admin.getByRole('button', { name: 'Trotzdem bestätigen' }).click();
  await expect(admin.getByRole('button', { name: `Bestätigen (${memberName})` })).toHaveCount(0);

  // The member's open page announces the confirmation without a reload.
  await expect(member.getByText('Ihre Zugehörigkeit zu Seevetal wurde bestätigt.')).toBeVisible();
  await shot(member, 'start-confirmed-member');
  await expectAccessible(member, 'start-confirmed-member');

  // The member now appears among the organisation's people on its public profile.
  await member.goto(`/organisations/${seevetal.id}`);
  await expect(member.getByRole('main')).toContainText(memberName);
  await expectAccessible(member, 'organisation-profile');
  await shot(member, 'organisation-profile');

  await memberContext.close();
  await adminContext.close();
});
