import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

test('an admin founds an alliance and invites a town, whose admin accepts', async ({ browser }) => {
  const platform = await platformAdminApi();
  const arnsberg = await findOrganisation(platform, 'Arnsberg');
  const soest = await findOrganisation(platform, 'Soest');

  const founder = { name: 'Anton Arnsberg', email: uniqueEmail('anton.arnsberg') };
  const invitee = { name: 'Sofia Soest', email: uniqueEmail('sofia.soest') };
  for (const [person, org] of [
    [founder, arnsberg],
    [invitee, soest],
  ] as const) {
    const api = await registerVerifiedViaApi({ ...person, organisationId: org.id });
    const me = await (await api.get('/api/me')).json();
    await makeOrganisationAdmin(platform, org.id, me.id);
  }
  const allianceName = `Smart City Südwestfalen ${Date.now().toString(36)}`;

  // The founder creates the alliance and invites Soest.
  const founderContext = await browser.newContext();
  const page = await founderContext.newPage();
  await signInThroughUi(page, founder.email, founder.name);
  await page.goto('/alliances/new');
  await expectAccessible(page, 'alliance-new');
  await shot(page, 'alliance-new');
  await page.getByLabel('Name des Verbunds').fill(allianceName);
  await page.getByLabel('Beschreibung').fill('Gemeinsame Digitalisierung der Städte in Südwestfalen.');
  await page.getByRole('button', { name: 'Verbund gründen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: allianceName })).toBeVisible();
  const allianceUrl = page.url();

  const picker = page.getByRole('combobox', { name: /Einzuladende Organisation/ });
  await picker.fill('Soest');
  await page.getByRole('option', { name: /Soest/ }).first().click();
  await page.getByRole('button', { name: 'Einladung senden' }).click();
  await expect(page.getByRole('main')).toContainText('Eingeladen');
  await expectAccessible(page, 'alliance-with-invitation');
  await shot(page, 'alliance-with-invitation');

  // Invited is not a member: the member table lists only Arnsberg so far.
  const members = page.getByRole('table').first();
  await expect(members).toContainText(arnsberg.name);
  await expect(members).not.toContainText(soest.name);

  // Soest's admin sees the invitation on the start page and accepts it.
  const inviteeContext = await browser.newContext();
  const other = await inviteeContext.newPage();
  await signInThroughUi(other, invitee.email, invitee.name);
  await expect(other.getByText('Einladung', { exact: false }).first()).toBeVisible();
  await shot(other, 'start-with-invitation');
  await expectAccessible(other, 'start-with-invitation');
  await other.getByRole('button', { name: `Einladung annehmen (${allianceName})` }).click();
  await expect(other.getByRole('button', { name: `Einladung annehmen (${allianceName})` })).toHaveCount(0);

  // Both towns are now members: on the map and in the table.
  await page.goto(allianceUrl);
  await expect(page.getByRole('table').first()).toContainText(soest.name);
  await expect(page.getByRole('img', { name: /Karte|Map/ }).first()).toBeVisible();
  await expectAccessible(page, 'alliance-members');
  await shot(page, 'alliance-members');

  await founderContext.close();
  await inviteeContext.close();
});
