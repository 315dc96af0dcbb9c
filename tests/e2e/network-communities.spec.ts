import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { noSidewaysScroll } from './network-people.ts';
import { signInThroughUi } from './signin.ts';

// Frieda (Seevetal) founds a community joined by request and switches its chat on. Bruno (Brilon)
// finds it in the network, asks to join with a note; Frieda accepts from her notification. Bruno then
// sees the community's chat and posts in it. Every page is checked with axe, at 1280 and 320 px, in
// German and (the overview and the community's page) in English.

test('a moderator founds a community by request, accepts a colleague from the notification, who then writes in its chat', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const platform = await platformAdminApi();
  const seevetal = await findOrganisation(platform, 'Seevetal');
  const brilon = await findOrganisation(platform, 'Brilon');
  const frieda = { name: 'Frieda Fachgruppe', email: uniqueEmail('frieda.netzwerk') };
  const bruno = { name: 'Bruno Bauhof', email: uniqueEmail('bruno.netzwerk') };
  const friedaApi = await registerVerifiedViaApi({ ...frieda, organisationId: seevetal.id });
  await makeOrganisationAdmin(platform, seevetal.id, (await (await friedaApi.get('/api/me')).json()).id);
  const brunoApi = await registerVerifiedViaApi({ ...bruno, organisationId: brilon.id });
  await makeOrganisationAdmin(platform, brilon.id, (await (await brunoApi.get('/api/me')).json()).id);
  const communityName = `Winterdienst-Tourenplanung ${Date.now().toString(36)}`;

  // Frieda founds the community from the network's overview.
  const a = await (await browser.newContext()).newPage();
  await a.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(a, frieda.email, frieda.name);
  // The main navigation groups the network's areas: the group opens by keyboard and Escape closes it.
  const mainNav = a.getByRole('navigation', { name: 'Hauptnavigation' });
  const networkGroup = mainNav.getByRole('button', { name: 'Netzwerk' });
  await networkGroup.focus();
  await a.keyboard.press('Enter');
  await expect(networkGroup).toHaveAttribute('aria-expanded', 'true');
  await expect(mainNav.getByRole('link', { name: 'Veranstaltungen' })).toBeVisible();
  await a.keyboard.press('Escape');
  await expect(mainNav.getByRole('link', { name: 'Veranstaltungen' })).toBeHidden();
  await expect(networkGroup).toBeFocused();
  await a.keyboard.press('Enter');
  await a.keyboard.press('Tab');
  await expect(mainNav.getByRole('link', { name: 'Fachgruppen und Fragen' })).toBeFocused();
  await a.keyboard.press('Enter');
  await expect(a.getByRole('heading', { level: 1, name: 'Netzwerk' })).toBeVisible();
  // The group says where one is, and closed again on the way.
  await expect(mainNav.getByRole('button', { name: 'Netzwerk (hier sind Sie)' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect(a.getByRole('link', { name: 'Expertinnen und Experten finden' })).toHaveAttribute(
    'href',
    '/network/people',
  );
  await shot(a, 'network-communities-overview');
  await expectAccessible(a, 'network-communities-overview');
  await a.getByRole('link', { name: 'Fachgruppe gründen' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Fachgruppe gründen' })).toBeVisible();
  // An empty name is refused in words, at the field.
  await a.getByRole('button', { name: 'Fachgruppe gründen' }).click();
  await expect(a.getByText('Geben Sie einen Namen ein.').first()).toBeVisible();
  await a.getByLabel('Name', { exact: true }).fill(communityName);
  await a.getByLabel('Beschreibung').fill('Streupläne, Räumtouren und Software für den Winterdienst der Bauhöfe.');
  await a.getByRole('radio', { name: /^Auf Anfrage/ }).check();
  await shot(a, 'network-communities-new');
  await expectAccessible(a, 'network-communities-new');
  await a.getByRole('button', { name: 'Fachgruppe gründen' }).click();
  await expect(a.getByRole('heading', { level: 1, name: communityName })).toBeVisible();
  await expect(a.getByText('Sie moderieren diese Fachgruppe.')).toBeVisible();
  await a.getByRole('button', { name: 'Chat einschalten' }).click();
  await expect(a.getByRole('link', { name: 'Chat der Fachgruppe' })).toBeVisible();
  await shot(a, 'network-communities-moderator');
  await expectAccessible(a, 'network-communities-moderator');

  // Bruno finds it at 320 px, by search, and asks to join with a note.
  const b = await (await browser.newContext()).newPage();
  await b.setViewportSize({ width: 320, height: 800 });
  await signInThroughUi(b, bruno.email, bruno.name);
  await b.goto('/network');
  await b.getByLabel('Fachgruppe suchen').fill('Tourenplanung');
  await b.getByLabel('Fachgruppe suchen').press('Enter');
  const card = b.getByRole('listitem').filter({ has: b.getByRole('heading', { name: communityName }) });
  await expect(card).toBeVisible();
  await noSidewaysScroll(b);
  await shot(b, 'network-communities-search-320');
  await expectAccessible(b, 'network-communities-search-320');
  await card.getByRole('link', { name: new RegExp(`^Beitritt anfragen ?: ${communityName}$`) }).click();
  await expect(b.getByRole('heading', { level: 1, name: communityName })).toBeVisible();
  await expect(b.getByText('Fragen, Wiki und Mitglieder dieser Fachgruppe sehen nur ihre Mitglieder.')).toBeVisible();
  await b.getByLabel('Nachricht an die Moderation').fill('Ich plane die Touren des Bauhofs Brilon.');
  await b.getByRole('button', { name: 'Beitritt anfragen' }).click();
  await expect(b.getByText('Ihre Anfrage liegt der Moderation vor.')).toBeVisible();
  await noSidewaysScroll(b);
  await shot(b, 'network-communities-requested-320');
  await expectAccessible(b, 'network-communities-requested-320');

  // Frieda opens the notification and admits Bruno.
  await a.goto('/notifications');
  await a.getByRole('link', { name: `${bruno.name} möchte der Fachgruppe „${communityName}“ beitreten` }).click();
  await expect(a.getByRole('heading', { level: 1, name: communityName })).toBeVisible();
  await expect(a.getByText('„Ich plane die Touren des Bauhofs Brilon.“')).toBeVisible();
  await shot(a, 'network-communities-request');
  await expectAccessible(a, 'network-communities-request');
  await a.getByRole('button', { name: new RegExp(`^Aufnehmen ?: ${bruno.name}$`) }).click();
  await expect(a.getByRole('heading', { name: 'Mitglieder (2)' })).toBeVisible();

  // Her settings show the fields of the founding form, filled in: an empty name is refused, a change saved.
  const settings = a.locator('section', { has: a.getByRole('heading', { level: 2, name: 'Einstellungen' }) });
  await expect(settings.getByLabel('Name', { exact: true })).toHaveValue(communityName);
  await expect(settings.getByRole('radio', { name: /^Auf Anfrage/ })).toBeChecked();
  await settings.getByLabel('Name', { exact: true }).fill(' ');
  await settings.getByRole('button', { name: 'Speichern' }).click();
  await expect(settings.getByText('Geben Sie einen Namen ein.').first()).toBeVisible();
  await settings.getByLabel('Name', { exact: true }).fill(communityName);
  await settings
    .getByLabel('Beschreibung')
    .fill('Streupläne, Räumtouren, Fahrzeuge und Software für den Winterdienst.');
  await settings
    .getByRole('checkbox', { name: 'Erste Beiträge neuer Mitglieder vor der Veröffentlichung prüfen' })
    .check();
  await settings.getByRole('button', { name: 'Speichern' }).click();
  await expect(a.getByText('Die Einstellungen sind gespeichert.')).toBeVisible();
  await expect(a.getByText('erste Beiträge neuer Mitglieder werden vorab geprüft')).toBeVisible();
  await expect(a.getByRole('heading', { level: 1, name: communityName })).toBeVisible();
  await shot(a, 'network-communities-settings');
  await expectAccessible(a, 'network-communities-settings');

  // Bruno is a member now: he sees the members and the chat, and writes in it.
  await b.reload();
  await expect(b.getByText('Sie sind Mitglied dieser Fachgruppe.')).toBeVisible();
  await expect(b.getByText(frieda.name).first()).toBeVisible();
  await noSidewaysScroll(b);
  await shot(b, 'network-communities-member-320');
  await expectAccessible(b, 'network-communities-member-320');
  await b.setViewportSize({ width: 1280, height: 900 });
  await b.getByRole('link', { name: 'Chat der Fachgruppe' }).click();
  const composer = b.getByLabel(`Nachricht an ${communityName}`);
  await composer.fill('Hallo zusammen, wir planen die Touren bisher mit Excel.');
  await composer.press('Enter');
  await expect(
    b
      .getByRole('list', { name: /^Nachrichten in / })
      .getByText('Hallo zusammen, wir planen die Touren bisher mit Excel.'),
  ).toBeVisible();
  await expect(composer).toHaveValue('');
  // The sidebar lists the community's chat under its own heading, not among the direct messages.
  const sidebar = b.getByRole('navigation', { name: 'Arbeitsräume, Kanäle und Direktnachrichten' });
  const communityGroup = sidebar.locator('.chat-sidebar__group', {
    has: b.getByRole('heading', { name: 'Fachgruppen' }),
  });
  await expect(communityGroup.getByRole('link', { name: new RegExp(communityName) })).toBeVisible();
  await shot(b, 'network-communities-chat');
  await expectAccessible(b, 'network-communities-chat');
  // Frieda reads it in the community's chat.
  await a.getByRole('link', { name: 'Chat der Fachgruppe' }).click();
  await expect(a.getByText('Hallo zusammen, wir planen die Touren bisher mit Excel.')).toBeVisible();

  // The English interface.
  await b.goto(`/network`);
  await b.getByRole('button', { name: 'English' }).click();
  await expect(b.getByRole('heading', { level: 1, name: 'Network' })).toBeVisible();
  await expect(b.getByRole('heading', { name: 'My communities' })).toBeVisible();
  await shot(b, 'network-communities-overview-en');
  await expectAccessible(b, 'network-communities-overview-en');
  await b.getByRole('link', { name: communityName }).first().click();
  await expect(b.getByText('You are a member of this community.')).toBeVisible();
  await b.setViewportSize({ width: 320, height: 800 });
  await noSidewaysScroll(b);
  await shot(b, 'network-communities-member-en-320');
  await expectAccessible(b, 'network-communities-member-en-320');
});
