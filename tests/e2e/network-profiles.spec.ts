import type { APIRequestContext } from '@playwright/test';
import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

// Anna leads the Bauhof in Seevetal; Seevetal and Brilon share an alliance. Bernd in Brilon fills in his
// profile and adds the expertise "Winterdienst-Tourenplanung" from the suggestion list as an expert.
// Anna asks the expert finder who knows about it, finds Bernd as a colleague of an allied
// organisation with the reason, and endorses him. Bernd names a link and a published atlas record
// (chosen from the atlas' search by keyboard) as proofs; Anna sees the record's title linking to it.
// In German and English, at 1280 and 320 px.

async function idOf(api: APIRequestContext): Promise<string> {
  return (await (await api.get('/api/me')).json()).id as string;
}

async function ok(response: { status(): number; text(): Promise<string> }, status = 201) {
  expect(response.status(), await response.text()).toBe(status);
}

test('a colleague of an allied organisation is found by expertise and endorsed', async ({ browser }) => {
  test.setTimeout(300_000);
  const platform = await platformAdminApi();
  const seevetal = await findOrganisation(platform, 'Seevetal');
  const brilon = await findOrganisation(platform, 'Brilon');
  const anna = { name: 'Anna Bauhof', email: uniqueEmail('anna.netz') };
  const bernd = { name: 'Bernd Winterdienst', email: uniqueEmail('bernd.netz') };
  const annaApi = await registerVerifiedViaApi({ ...anna, organisationId: seevetal.id });
  await makeOrganisationAdmin(platform, seevetal.id, await idOf(annaApi));
  const berndApi = await registerVerifiedViaApi({ ...bernd, organisationId: brilon.id });
  const berndId = await idOf(berndApi);
  await makeOrganisationAdmin(platform, brilon.id, berndId);
  const alliance = await annaApi.post('/api/alliances', { data: { name: `Bauhöfe ${Date.now().toString(36)}` } });
  await ok(alliance);
  const allianceId = (await alliance.json()).id as string;
  await ok(await annaApi.post(`/api/alliances/${allianceId}/invitations`, { data: { organisationId: brilon.id } }));
  const accepted = await berndApi.post(`/api/alliances/${allianceId}/invitations/${brilon.id}/accept`);
  expect(accepted.status(), await accepted.text()).toBeLessThan(300);
  // The topic exists already: Anna knows a little about it.
  const topic = `Winterdienst-Tourenplanung ${Date.now().toString(36)}`;
  await ok(await annaApi.post('/api/network/profiles/me/expertise', { data: { name: topic, level: 'familiar' } }), 200);
  // A published atlas record of Brilon, found by a made-up word in its title.
  const recordWord = `Salzsilo${Date.now().toString(36)}`;
  const recordTitle = `Gemeinsames Streusalzlager ${recordWord}`;
  const created = await berndApi.post('/api/atlas/cooperations', {
    data: {
      title: recordTitle,
      summary: 'Drei Bauhöfe lagern ihr Streusalz gemeinsam und teilen die Tourenplanung.',
      sector: '03',
      fields: ['feuerwehr'],
      keywords: ['Winterdienst'],
      partnerIds: [brilon.id],
      externalPartners: [],
      contacts: [],
      startYear: 2021,
      status: 'laufend',
      legalForm: 'zweckvereinbarung',
      awards: [],
      funding: [],
      description: '<p>Ein Silo, ein Streuplan, drei Bauhöfe.</p>',
      currentStatus: '',
      lessonsLearned: '',
      furtherInformation: '',
      transferable: true,
      transferRequirements: '',
    },
  });
  await ok(created);
  const record = (await created.json()) as { id: string; slug: string };
  await ok(await platform.post(`/api/atlas/cooperations/${record.id}/state`, { data: { state: 'published' } }), 200);

  // Bernd fills in his profile.
  const berndPage = await (await browser.newContext()).newPage();
  await berndPage.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(berndPage, bernd.email, bernd.name);
  await berndPage.goto('/network/profile');
  await expect(berndPage.getByRole('heading', { level: 1, name: 'Mein Profil' })).toBeVisible();
  await berndPage.getByLabel(/^Funktion/).fill('Leitung Bauhof');
  await berndPage.getByLabel(/^Sprachen/).fill('de, en');
  await berndPage.getByLabel(/^Über mich/).fill('<b>Streupläne</b> für 40 Ortsteile');
  await berndPage.getByRole('button', { name: 'Profil speichern' }).click();
  await expect(berndPage.getByText('Ihr Profil ist gespeichert.')).toBeVisible();

  // The expertise, chosen from the suggestions by keyboard.
  const topicField = berndPage.getByRole('combobox', { name: /^Thema/ });
  await topicField.fill(topic.slice(0, 20));
  const option = berndPage.getByRole('option', { name: topic });
  await expect(option).toBeVisible();
  await shot(berndPage, 'network-profiles-suggestions');
  await topicField.press('ArrowDown');
  await topicField.press('Enter');
  await expect(topicField).toHaveValue(topic);
  await berndPage.getByLabel(/^Stufe$/).selectOption('expert');
  await berndPage.getByRole('button', { name: 'Fachwissen hinzufügen' }).click();
  const mine = berndPage.getByRole('list', { name: 'Mein Fachwissen' });
  await expect(mine.getByRole('heading', { name: topic })).toBeVisible();
  await expect(mine).toContainText('Expertin / Experte');
  // A proof: a javascript: address is refused, an https one kept with its label as text.
  await berndPage.getByText(`Nachweis für „${topic}“ hinzufügen`).click();
  const proofUrl = berndPage.getByLabel(/^Adresse \(https\)/);
  await proofUrl.fill('javascript:alert(1)');
  await berndPage.getByRole('button', { name: 'Nachweis hinzufügen' }).click();
  await expect(
    berndPage.getByRole('link', { name: 'Bitte eine Adresse angeben, die mit https:// beginnt.' }),
  ).toBeVisible();
  await proofUrl.fill('https://example.org/streuplan');
  await berndPage.getByLabel(/^Bezeichnung/).fill('<i>Streuplan</i> 2026');
  await berndPage.getByRole('button', { name: 'Nachweis hinzufügen' }).click();
  await expect(mine.getByRole('link', { name: /<i>Streuplan<\/i> 2026/ })).toHaveAttribute(
    'href',
    'https://example.org/streuplan',
  );
  // A published atlas record, found with the atlas' search as he types and chosen by keyboard.
  await berndPage.getByLabel(/^Art des Nachweises/).selectOption('cooperation');
  const recordField = berndPage.getByRole('combobox', { name: /^Atlas-Eintrag/ });
  await recordField.fill('Sal');
  await berndPage.getByRole('button', { name: 'Nachweis hinzufügen' }).click();
  await expect(berndPage.getByRole('link', { name: 'Bitte einen Eintrag aus der Liste wählen.' })).toBeVisible();
  await recordField.fill(recordWord);
  await expect(berndPage.getByRole('option', { name: new RegExp(recordTitle) })).toBeVisible();
  await expect(berndPage.getByRole('status').filter({ hasText: 'Ein Eintrag gefunden.' })).toBeAttached();
  await expectAccessible(berndPage, 'network-record-picker');
  await shot(berndPage, 'network-profiles-record-picker');
  // At 320 px the field and its list fit.
  await berndPage.setViewportSize({ width: 320, height: 800 });
  await expect(berndPage.getByRole('option', { name: new RegExp(recordTitle) })).toBeVisible();
  const narrow = await berndPage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(narrow).toBeLessThanOrEqual(0);
  await shot(berndPage, 'network-profiles-record-picker-320');
  await berndPage.setViewportSize({ width: 1280, height: 900 });
  await recordField.press('ArrowDown');
  await recordField.press('Enter');
  await expect(recordField).toHaveValue(recordTitle);
  await berndPage.getByRole('button', { name: 'Nachweis hinzufügen' }).click();
  await expect(mine.getByRole('link', { name: recordTitle })).toHaveAttribute('href', `/atlas/${record.slug}`);
  // A record named already is not offered again.
  await recordField.fill(recordWord);
  await expect(
    berndPage.getByRole('status').filter({ hasText: 'Kein veröffentlichter Eintrag passt zu diesen Worten.' }),
  ).toBeAttached();
  await recordField.press('Escape');
  await recordField.press('Escape');
  await expectAccessible(berndPage, 'network-my-profile');
  await shot(berndPage, 'network-profiles-mine');

  // Anna looks for someone who knows about it.
  const annaPage = await (await browser.newContext()).newPage();
  await annaPage.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(annaPage, anna.email, anna.name);
  await annaPage.goto('/network/people');
  await expect(annaPage.getByRole('heading', { level: 1, name: 'Expertinnen und Experten finden' })).toBeVisible();
  await annaPage.getByLabel(/^Thema oder Name/).fill(topic);
  await annaPage.getByLabel(/^Thema oder Name/).press('Enter');
  const card = annaPage.getByRole('listitem').filter({ has: annaPage.getByRole('link', { name: bernd.name }) });
  await expect(card).toContainText(brilon.name);
  await expect(card).toContainText(topic);
  await expect(card).toContainText('Expertin / Experte');
  await expectAccessible(annaPage, 'network-finder');
  await shot(annaPage, 'network-profiles-finder');

  // Bernd's profile: the about text stays text; Anna endorses the expertise.
  await card.getByRole('link', { name: bernd.name }).click();
  await expect(annaPage.getByRole('heading', { level: 1, name: bernd.name })).toBeVisible();
  await expect(annaPage.getByText('<b>Streupläne</b> für 40 Ortsteile')).toBeVisible();
  await expect(annaPage.getByRole('link', { name: recordTitle })).toHaveAttribute('href', `/atlas/${record.slug}`);
  await annaPage.getByText(`„${topic}“ empfehlen`).click();
  await annaPage.getByLabel(/^Hat mir geholfen bei/).fill('der Tourenplanung für den Winter');
  await annaPage.getByRole('button', { name: 'Empfehlen', exact: true }).click();
  await expect(annaPage.getByText('1 Empfehlung', { exact: true })).toBeVisible();
  await expect(annaPage.getByRole('list', { name: `Empfehlungen für ${topic}` })).toContainText(anna.name);
  await expectAccessible(annaPage, 'network-person');
  await shot(annaPage, 'network-profiles-person');

  // 320 px: nothing scrolls sideways.
  await annaPage.setViewportSize({ width: 320, height: 800 });
  for (const url of [`/network/people/${berndId}`, `/network/people?q=${encodeURIComponent(topic)}`]) {
    await annaPage.goto(url);
    await expect(annaPage.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(annaPage.getByText(topic).first()).toBeVisible();
    const overflow = await annaPage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
  await shot(annaPage, 'network-profiles-finder-320');

  // In English.
  await annaPage.setViewportSize({ width: 1280, height: 900 });
  await annaPage.getByRole('button', { name: 'English' }).first().click();
  await expect(annaPage.getByRole('heading', { level: 1, name: 'Find experts' })).toBeVisible();
  await expect(annaPage.getByText('Matching expertise:').first()).toBeVisible();
  await expectAccessible(annaPage, 'network-finder-en');
  await berndPage.goto(`/network/people/${berndId}`);
  await berndPage.getByRole('button', { name: 'English' }).first().click();
  await expect(berndPage.getByText('1 endorsement', { exact: true })).toBeVisible();
  await expect(berndPage.getByText('Atlas record:')).toBeVisible();
  await shot(berndPage, 'network-profiles-person-en');
});
