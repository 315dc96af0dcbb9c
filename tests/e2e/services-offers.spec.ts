import type { APIRequestContext, Page } from '@playwright/test';
import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectNoSidewaysScroll, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

// Leipzig offers "Betrieb von E-Akte-Servern" to the organisations of its alliance with Dresden and
// Magdeburg. Magdeburg's admin finds it by search and asks for it; Leipzig's admin accepts, records the
// agreement and takes it into the Kooperationsatlas in one click, where Magdeburg sees the draft.
// Every page is checked with axe and photographed, at 1280 and 320 px, in German and in English.

/** A made-up word of consonants only, so the German search folds nothing in it. */
function word(): string {
  return Date.now()
    .toString()
    .split('')
    .map((digit) => 'bcdfghjklm'[Number(digit)])
    .join('');
}

async function city(api: APIRequestContext, name: string): Promise<{ id: string; name: string }> {
  const res = await api.get(`/api/organisations?q=${encodeURIComponent(name)}&limit=20`);
  expect(res.status()).toBe(200);
  const items = (await res.json()).items as Array<{ id: string; name: string; type: string }>;
  const found = items.find((o) => o.type === 'kreisfreie-stadt') ?? items[0];
  if (!found) throw new Error(`no organisation found for ${name}`);
  return found;
}

async function admin(platform: APIRequestContext, organisationId: string, name: string) {
  const person = { name, email: uniqueEmail(name.split(' ')[0]?.toLowerCase() ?? 'admin') };
  const api = await registerVerifiedViaApi({ ...person, organisationId });
  const id = (await (await api.get('/api/me')).json()).id as string;
  await makeOrganisationAdmin(platform, organisationId, id);
  return { ...person, id, api };
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('Leipzig offers the e-file servers, Magdeburg asks, Leipzig accepts and the cooperation appears in the atlas', async ({
  browser,
  expectAccessible,
  shot,
}) => {
  test.setTimeout(420_000);
  const platform = await platformAdminApi();
  const token = word();
  const leipzig = await city(platform, 'Leipzig');
  const dresden = await city(platform, 'Dresden');
  const magdeburg = await city(platform, 'Magdeburg');
  const lena = await admin(platform, leipzig.id, `Lena Leipzig ${token}`);
  const dora = await admin(platform, dresden.id, `Dora Dresden ${token}`);
  const mara = await admin(platform, magdeburg.id, `Mara Magdeburg ${token}`);

  const allianceName = `IT-Kooperation Dresden–Leipzig–Magdeburg ${token}`;
  const made = await lena.api.post('/api/alliances', { data: { name: allianceName } });
  expect(made.status(), await made.text()).toBe(201);
  const alliance = (await made.json()) as { id: string };
  for (const [member, org] of [
    [dora, dresden],
    [mara, magdeburg],
  ] as const) {
    const invited = await lena.api.post(`/api/alliances/${alliance.id}/invitations`, {
      data: { organisationId: org.id },
    });
    expect(invited.status(), await invited.text()).toBeLessThan(300);
    const accepted = await member.api.post(`/api/alliances/${alliance.id}/invitations/${org.id}/accept`);
    expect(accepted.status(), await accepted.text()).toBeLessThan(300);
  }

  // Lena offers the service to the alliance, by keyboard where a form is filled.
  const a = await (await browser.newContext()).newPage();
  await signInThroughUi(a, lena.email, lena.name);
  await a.goto('/services');
  await expect(a.getByRole('heading', { level: 1, name: 'Leistungsangebote' })).toBeVisible();
  await a.getByRole('link', { name: 'Leistung anbieten' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Leistung anbieten' })).toBeVisible();
  await a.getByLabel('Titel').fill('Betrieb von E-Akte-Servern');
  await a
    .getByLabel('Beschreibung')
    .fill(`Das Rechenzentrum der Stadt Leipzig betreibt die Server der E-Akte für Partnerkommunen (${token}).`);
  await a.getByLabel('Aufgabenfeld').selectOption('edv');
  await a.getByRole('checkbox', { name: lena.name }).check();
  await a.getByLabel('Kapazität').fill('bis zu fünf Kommunen');
  await a.getByRole('radio', { name: 'je Einwohnerin und Einwohner' }).check();
  await a.getByLabel('Preis in Euro').fill('0,45');
  await a.getByLabel('Rechtsgrundlage').selectOption('zweckvereinbarung');
  await a.getByRole('radio', { name: 'Die Organisationen eines Verbunds' }).check();
  await a.getByLabel('Verbund', { exact: true }).selectOption({ label: allianceName });
  await a.getByRole('checkbox', { name: /gemeinsamen Zielen/ }).check();
  await a.getByRole('checkbox', { name: /öffentlichen Interesse/ }).check();
  await a.getByRole('checkbox', { name: /weniger als 20/ }).check();
  await shot(a, 'services-offer-new');
  await expectAccessible(a, 'services-offer-new');
  await a.getByRole('button', { name: 'Angebot veröffentlichen' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Betrieb von E-Akte-Servern' })).toBeVisible();
  await expect(a.getByText('0,45 € je Einwohnerin und Einwohner')).toBeVisible();
  await expect(a.getByText('Alle Bedingungen bestätigt')).toBeVisible();
  const offerUrl = a.url();
  await shot(a, 'services-offer-provider');
  await expectAccessible(a, 'services-offer-provider');

  // Mara finds it by its word and asks for it on behalf of Magdeburg.
  const b = await (await browser.newContext()).newPage();
  await signInThroughUi(b, mara.email, mara.name);
  await b.goto('/services');
  await b.getByLabel('Suchbegriffe').fill(`E-Akte ${token}`);
  await b.getByRole('button', { name: 'Suchen' }).click();
  await expect(b.getByText('1 Angebot gefunden.')).toBeVisible();
  await shot(b, 'services-list');
  await expectAccessible(b, 'services-list');
  await b.getByRole('link', { name: 'Betrieb von E-Akte-Servern' }).click();
  await expect(b.getByRole('heading', { level: 1, name: 'Betrieb von E-Akte-Servern' })).toBeVisible();
  await expect(b.getByRole('link', { name: lena.name })).toBeVisible();
  await b
    .getByLabel('Ihre Nachricht an den Anbieter')
    .fill('Wir möchten unsere E-Akte ab März bei Ihnen betreiben lassen.');
  await b.getByRole('button', { name: 'Angebot anfragen' }).click();
  await expect(b.getByText('offen', { exact: true })).toBeVisible();
  await shot(b, 'services-offer-asked');
  await expectAccessible(b, 'services-offer-asked');

  // Lena accepts, records the agreement and takes it into the atlas.
  await a.goto(offerUrl);
  await expect(a.getByRole('heading', { name: `Anfrage von ${magdeburg.name}` })).toBeVisible();
  await a.getByLabel('Antwort an die anfragende Organisation').fill('Gern, wir melden uns zur Vereinbarung.');
  await a.getByRole('button', { name: `Annehmen (${magdeburg.name})` }).click();
  await expect(a.getByText('angenommen', { exact: true })).toBeVisible();
  await a.getByLabel('Beginn der Vereinbarung').fill('2026-03-01');
  await a.getByLabel('Link zum Dokument').fill('https://leipzig.example/vereinbarung-e-akte.pdf');
  await a.getByRole('button', { name: `Vereinbarung erfassen (${magdeburg.name})` }).click();
  await expect(a.getByText(/Vereinbarung zwischen .* Beginn 01\.03\.2026/)).toBeVisible();
  await shot(a, 'services-offer-agreement');
  await expectAccessible(a, 'services-offer-agreement');
  await a.getByRole('button', { name: `In den Kooperationsatlas übernehmen (${magdeburg.name})` }).click();
  await expect(a.getByRole('heading', { level: 1, name: /Betrieb von E-Akte-Servern:/ })).toBeVisible();
  await shot(a, 'services-atlas-draft');
  await expectAccessible(a, 'services-atlas-draft');

  // Mara sees the agreement and the draft in the atlas.
  await b.reload();
  await expect(b.getByText('angenommen', { exact: true })).toBeVisible();
  await b.getByRole('link', { name: 'Im Kooperationsatlas ansehen' }).click();
  await expect(b.getByRole('heading', { level: 1, name: /Betrieb von E-Akte-Servern:/ })).toBeVisible();

  // Dresden sees the offer but not Magdeburg's request; at 320 px and in English.
  const c = await (await browser.newContext()).newPage();
  await signInThroughUi(c, dora.email, dora.name);
  await c.goto(offerUrl);
  await expect(c.getByRole('heading', { level: 1, name: 'Betrieb von E-Akte-Servern' })).toBeVisible();
  await expect(c.getByText(`Anfrage von ${magdeburg.name}`)).toHaveCount(0);

  // Dora finds the offer from the header's search too, under its own group, and opens it by keyboard.
  const box = c.getByRole('banner').getByRole('searchbox', { name: /^Alles durchsuchen/ });
  await box.fill(token);
  await box.press('Enter');
  await expect(c.getByRole('heading', { level: 2, name: /^Leistungsangebote \(1 Treffer\)/ })).toBeVisible();
  const hit = c.getByRole('main').getByRole('link', { name: 'Betrieb von E-Akte-Servern', exact: true });
  await expect(hit).toHaveAttribute('href', new URL(offerUrl).pathname);
  await expect(c.getByRole('main').getByText(`${leipzig.name} · Sachsen · `)).toBeVisible();
  await shot(c, 'services-search');
  await expectAccessible(c, 'services-search');
  await c.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(c);
  await c.setViewportSize({ width: 1280, height: 900 });
  await hit.focus();
  await c.keyboard.press('Enter');
  await expect(c).toHaveURL(offerUrl);
  await expect(c.getByRole('heading', { level: 1, name: 'Betrieb von E-Akte-Servern' })).toBeVisible();

  // Dora asks too, then thinks better of it and withdraws the request before Leipzig answers, by keyboard.
  await c.getByLabel('Ihre Nachricht an den Anbieter').fill('Wir prüfen, ob wir auch mitmachen.');
  await c.getByRole('button', { name: 'Angebot anfragen' }).click();
  await expect(c.getByText('offen', { exact: true })).toBeVisible();
  await c.getByRole('button', { name: 'Anfrage zurückziehen' }).focus();
  await c.keyboard.press('Enter');
  await expect(c.getByText(`Die Anfrage an ${leipzig.name} zurückziehen?`, { exact: false })).toBeVisible();
  await expect(c.getByRole('button', { name: 'Ja, zurückziehen' })).toBeFocused();
  await shot(c, 'services-request-withdraw-confirm');
  await expectAccessible(c, 'services-request-withdraw-confirm');
  await c.keyboard.press('Enter');
  await expect(c.getByText('zurückgezogen', { exact: true })).toBeVisible();
  await expect(c.getByRole('heading', { level: 3, name: `Anfrage von ${dresden.name}` })).toBeFocused();
  await expect(c.getByText(/^Zurückgezogen am /)).toBeVisible();
  await expect(c.getByRole('button', { name: 'Anfrage zurückziehen' })).toHaveCount(0);
  // She may ask again: the form is back.
  await expect(c.getByRole('button', { name: 'Angebot anfragen' })).toBeVisible();
  await shot(c, 'services-request-withdrawn');
  await expectAccessible(c, 'services-request-withdrawn');
  await c.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(c);
  await c.setViewportSize({ width: 1280, height: 900 });

  // Lena sees it withdrawn, with nothing left to answer, and her bell tells her.
  await a.goto(offerUrl);
  const doraRequest = a
    .getByRole('listitem')
    .filter({ has: a.getByRole('heading', { name: `Anfrage von ${dresden.name}` }) });
  await expect(doraRequest.getByText('zurückgezogen', { exact: true })).toBeVisible();
  await expect(a.getByRole('button', { name: `Annehmen (${dresden.name})` })).toHaveCount(0);
  await a.goto('/notifications');
  await expect(
    a.getByText(`hat die Anfrage zu Ihrem Angebot „Betrieb von E-Akte-Servern“ zurückgezogen`),
  ).toBeVisible();
  await c.setViewportSize({ width: 320, height: 800 });
  await noSidewaysScroll(c);
  await shot(c, 'services-offer-ally-320');
  await expectAccessible(c, 'services-offer-ally-320');
  await c.goto(`/services?q=${token}`);
  await expect(c.getByText('1 Angebot gefunden.')).toBeVisible();
  await noSidewaysScroll(c);
  await shot(c, 'services-list-320');
  await expectAccessible(c, 'services-list-320');
  await c.setViewportSize({ width: 1280, height: 900 });
  await c.getByRole('button', { name: 'English' }).first().click();
  await expect(c.getByRole('heading', { level: 1, name: 'Service offers' })).toBeVisible();
  await expect(c.getByText('1 offer found.')).toBeVisible();
  await c.setViewportSize({ width: 320, height: 800 });
  await noSidewaysScroll(c);
  await shot(c, 'services-list-en-320');
  await expectAccessible(c, 'services-list-en-320');
  await c.setViewportSize({ width: 1280, height: 900 });
  await c.goto(offerUrl);
  await expect(c.getByText('€0.45 per inhabitant')).toBeVisible();
  await shot(c, 'services-offer-en');
  await expectAccessible(c, 'services-offer-en');
});
