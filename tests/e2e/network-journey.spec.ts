import type { APIRequestContext, Page } from '@playwright/test';
import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

// The network's story end to end: the Bauhof lead of Seevetal asks "Wer hat Erfahrung mit
// Winterdienst-Tourenplanung?" in the Bauhöfe community; the similar-question box finds nothing. A
// colleague in Brilon, whose profile lists that expertise and who follows the tag, hears of the question
// in the bell and answers. The answer is accepted and turned into a wiki page; a third person, in Soest,
// finds the page through the header search. Every page is checked with axe.

async function person(platform: APIRequestContext, name: string, mail: string, place: string) {
  const organisation = await findOrganisation(platform, place);
  const email = uniqueEmail(mail);
  const api = await registerVerifiedViaApi({ name, email, organisationId: organisation.id });
  const id = (await (await api.get('/api/me')).json()).id as string;
  await makeOrganisationAdmin(platform, organisation.id, id);
  return { id, name, email, api };
}

async function ok(response: { status(): number; text(): Promise<string> }) {
  expect(response.status(), await response.text()).toBeLessThan(300);
}

async function signedIn(browserPage: Page, who: { email: string; name: string }) {
  await browserPage.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(browserPage, who.email, who.name);
  return browserPage;
}

test('a question is answered by the colleague who knows, accepted, kept in the wiki and found by a third', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const platform = await platformAdminApi();
  const anke = await person(platform, 'Anke Streuplan', 'anke.streuplan', 'Seevetal');
  const bernd = await person(platform, 'Bernd Tourenplan', 'bernd.tourenplan', 'Brilon');
  const carla = await person(platform, 'Carla Nachschlag', 'carla.nachschlag', 'Soest');

  // The Bauhöfe community, which Bernd belongs to; his profile lists the expertise, and he follows its tag.
  // Each run's tag and community carry a made-up word, so runs on one server never see each other.
  const stamp = Date.now()
    .toString(36)
    .replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'x');
  const community = await anke.api.post('/api/network/communities', {
    data: {
      name: `Bauhöfe ${stamp}`,
      description: 'Bauhöfe im Austausch.',
      joinPolicy: 'open',
      approveFirstPosts: false,
    },
  });
  await ok(community);
  const communityId = (await community.json()).id as string;
  await ok(await bernd.api.post(`/api/network/communities/${communityId}/join`, { data: {} }));
  const tagName = `Winterdienst ${stamp}`;
  const expertise = await bernd.api.post('/api/network/profiles/me/expertise', {
    data: { name: tagName, level: 'expert' },
  });
  await ok(expertise);
  const tagId = (await (await bernd.api.get(`/api/network/tags?q=${encodeURIComponent(tagName)}`)).json()).tags[0]
    .id as string;
  await ok(await bernd.api.put(`/api/network/tags/${tagId}/follow`, { data: {} }));

  // Anke asks; the similar-question box has nothing like it.
  const a = await signedIn(await (await browser.newContext()).newPage(), anke);
  await a.goto(`/network/questions/new?community=${communityId}`);
  await expect(a.getByRole('heading', { level: 1, name: 'Frage stellen' })).toBeVisible();
  const title = `Wer hat Erfahrung mit Winterdienst-Tourenplanung ${stamp}?`;
  await a.getByLabel('Titel', { exact: true }).fill(title);
  await expect(a.getByText('Keine ähnlichen Fragen gefunden.')).toBeVisible();
  await a.getByLabel('Beschreibung').fill('Wir planen 38 Räumtouren für 21 Ortsteile neu. Womit plant ihr?');
  await a.getByLabel('Schlagwort', { exact: true }).fill(tagName);
  await a.getByRole('button', { name: 'Schlagwort hinzufügen' }).click();
  await shot(a, 'network-journey-ask');
  await expectAccessible(a, 'network-journey-ask');
  await a.getByRole('button', { name: 'Frage veröffentlichen' }).click();
  await expect(a.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // Bernd hears of it in the bell and answers.
  const b = await signedIn(await (await browser.newContext()).newPage(), bernd);
  await b.goto('/notifications');
  const notice = b.getByRole('link', { name: new RegExp(title.replace(/[?]/g, '\\?')) }).first();
  await expect(notice).toBeVisible();
  await expectAccessible(b, 'network-journey-bell');
  await notice.click();
  await expect(b.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await b
    .getByLabel('Antwort', { exact: true })
    .fill('Wir planen die Touren mit einer GIS-Ebene je Fahrzeug und prüfen sie jeden Herbst mit den Fahrern.');
  await b.getByRole('button', { name: 'Antwort veröffentlichen' }).click();
  const answer = b.getByRole('article', { name: `Antwort von ${bernd.name}` });
  await expect(answer).toContainText('GIS-Ebene je Fahrzeug');

  // Anke accepts it and keeps it in the wiki.
  await a.reload();
  const accepted = a.getByRole('article', { name: `Antwort von ${bernd.name}` });
  await accepted.getByRole('button', { name: 'Als Lösung akzeptieren' }).click();
  await expect(accepted.getByText('Akzeptierte Antwort')).toBeVisible();
  await accepted.getByRole('button', { name: 'Als Wiki-Seite übernehmen' }).click();
  await expect(a).toHaveURL(/\/network\/wiki\/[0-9a-f-]{36}$/);
  await expect(a.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(a.getByText('GIS-Ebene je Fahrzeug')).toBeVisible();
  await shot(a, 'network-journey-wiki');
  await expectAccessible(a, 'network-journey-wiki');

  // Carla, in Soest, finds the page through the header search.
  const c = await signedIn(await (await browser.newContext()).newPage(), carla);
  const box = c.getByRole('banner').getByRole('searchbox', { name: /^Alles durchsuchen/ });
  await box.fill(`Tourenplanung ${stamp}`);
  await box.press('Enter');
  await expect(c.getByRole('heading', { level: 1, name: 'Suche' })).toBeVisible();
  await expect(c.getByRole('heading', { level: 2, name: 'Wiki-Seiten' })).toBeVisible();
  await shot(c, 'network-journey-search');
  await expectAccessible(c, 'network-journey-search');
  // The question and its wiki page are both found; the wiki page's link leads to /network/wiki/.
  const results = c.getByRole('main');
  await expect(results.locator('a[href^="/network/questions/"]', { hasText: title })).toHaveCount(1);
  await results.locator('a[href^="/network/wiki/"]', { hasText: title }).click();
  await expect(c.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(c.getByText('GIS-Ebene je Fahrzeug')).toBeVisible();
  await c.setViewportSize({ width: 320, height: 800 });
  expect(await c.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await shot(c, 'network-journey-wiki-320');
  await expectAccessible(c, 'network-journey-wiki-320');
});
