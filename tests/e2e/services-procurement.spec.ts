import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { unzipSync } from 'fflate';
import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

// Chemnitz, Zwickau and Plauen buy together: their alliance opens a joint purchase of laptops with two
// lots (Chemnitz leads), Zwickau declares its needs in German, Plauen at 320 px in English, Chemnitz
// for itself; Chemnitz sees the sums and downloads them as CSV, then enters a plan for the radar.

async function idOf(api: APIRequestContext): Promise<string> {
  return (await (await api.get('/api/me')).json()).id as string;
}

async function adminOf(platform: APIRequestContext, place: string, name: string) {
  const organisation = await findOrganisation(platform, place);
  const person = { name, email: uniqueEmail(name.split(' ')[0]?.toLowerCase() ?? 'p') };
  const api = await registerVerifiedViaApi({ ...person, organisationId: organisation.id });
  await makeOrganisationAdmin(platform, organisation.id, await idOf(api));
  return { organisation, person, api };
}

test('an alliance bundles its laptop purchase and the lead exports the sum', async ({ browser }) => {
  test.setTimeout(300_000);
  const word = Date.now().toString(36);
  const platform = await platformAdminApi();
  const chemnitz = await adminOf(platform, 'Chemnitz', 'Carla Einkauf');
  const zwickau = await adminOf(platform, 'Zwickau', 'Zora Bedarf');
  const plauen = await adminOf(platform, 'Plauen', 'Paul Beschaffung');
  const created = await chemnitz.api.post('/api/alliances', {
    data: { name: `Einkaufsverbund Südwestsachsen ${word}` },
  });
  expect(created.status(), await created.text()).toBe(201);
  const alliance = (await created.json()) as { id: string; name: string };
  for (const member of [zwickau, plauen]) {
    const invited = await chemnitz.api.post(`/api/alliances/${alliance.id}/invitations`, {
      data: { organisationId: member.organisation.id },
    });
    expect(invited.status(), await invited.text()).toBe(201);
    const accepted = await member.api.post(
      `/api/alliances/${alliance.id}/invitations/${member.organisation.id}/accept`,
    );
    expect(accepted.status(), await accepted.text()).toBeLessThan(300);
  }

  // Carla opens the purchase.
  const lead = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await lead.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(lead, chemnitz.person.email, chemnitz.person.name);
  await lead.goto('/services/procurement');
  await expect(lead.getByRole('heading', { level: 1, name: 'Gemeinsame Beschaffung' })).toBeVisible();
  await lead.getByRole('link', { name: 'Beschaffung eröffnen' }).click();
  await expect(lead.getByRole('heading', { level: 1, name: 'Gemeinsame Beschaffung eröffnen' })).toBeVisible();
  const subject = `Laptops für die Verwaltung ${word}`;
  await lead.getByLabel(/^Gegenstand/).fill(subject);
  await lead.getByLabel(/^CPV-Codes/).fill('30213100-6');
  await lead.getByLabel(/^Bezeichnung Los 1/).fill('Notebooks Sachbearbeitung');
  await lead.getByLabel(/^Einheit Los 1/).fill('Stück');
  await lead.getByRole('button', { name: 'Weiteres Los' }).click();
  await lead.getByLabel(/^Bezeichnung Los 2/).fill('Notebooks Entwicklung');
  await lead.getByLabel(/^Einheit Los 2/).fill('Stück');
  await lead.getByLabel(/^Geschätzter Auftragswert/).fill('250.000');
  const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await lead.getByLabel(/^Frist für Bedarfsmeldungen/).fill(`${deadline}T12:00`);
  await lead.getByLabel(/^Bedarf ab/).fill('2027-03-01');
  await lead.getByLabel(/^Bedarf bis/).fill('2027-12-31');
  await lead.getByLabel(/^Sichtbar für/).selectOption('alliance');
  await lead.getByLabel(/^Verbund/).selectOption({ label: alliance.name });
  await expectAccessible(lead, 'procurement-new');
  await shot(lead, 'procurement-new');
  await lead.getByRole('button', { name: 'Beschaffung eröffnen' }).click();
  await expect(lead.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  await expect(lead.getByText('Oberhalb des EU-Schwellenwerts: EU-weite Vergabe')).toBeVisible();
  const purchaseUrl = lead.url();
  const purchaseId = new URL(purchaseUrl).pathname.split('/').pop() as string;
  await expectAccessible(lead, 'procurement-purchase-lead');
  await shot(lead, 'procurement-purchase-lead');

  // Zora declares Zwickau's needs for both lots, by keyboard.
  const zora = await (await browser.newContext()).newPage();
  await zora.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(zora, zwickau.person.email, zwickau.person.name);
  await zora.goto(`/services/procurement/${purchaseId}`);
  await expect(zora.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  const lot1 = zora.getByRole('listitem').filter({ has: zora.getByRole('heading', { name: /^Los 1:/ }) });
  await lot1.getByLabel(/^Menge/).fill('40');
  await zora.keyboard.press('Tab');
  await zora.keyboard.type('36.000');
  await lot1.getByLabel(/^Ansprechperson/).fill('Zora Bedarf');
  await lot1.getByLabel(/^E-Mail der Ansprechperson/).fill('zora@zwickau.example');
  await lot1.getByLabel(/^E-Mail der Ansprechperson/).press('Enter');
  await expect(zora.getByText('Bedarf für „Notebooks Sachbearbeitung“ gespeichert.')).toBeVisible();
  await expect(zora.getByText(/Bedarf meiner Organisation: 40 Stück, Budget 36\.000,00/)).toBeVisible();
  const lot2 = zora.getByRole('listitem').filter({ has: zora.getByRole('heading', { name: /^Los 2:/ }) });
  await lot2.getByLabel(/^Menge/).fill('5');
  await lot2.getByLabel(/^Budget/).fill('9.000');
  await lot2.getByLabel(/^Ansprechperson/).fill('Zora Bedarf');
  await lot2.getByLabel(/^E-Mail der Ansprechperson/).fill('zora@zwickau.example');
  await lot2.getByRole('button', { name: 'Bedarf melden: Notebooks Entwicklung' }).click();
  await expect(zora.getByText('Bedarf für „Notebooks Entwicklung“ gespeichert.')).toBeVisible();
  await expect(zora.getByRole('heading', { name: 'Summe je Los' })).toHaveCount(0);
  await expectAccessible(zora, 'procurement-purchase-member');
  await shot(zora, 'procurement-purchase-member');

  // Paul declares Plauen's need at 320 px, in English.
  const paul = await (await browser.newContext()).newPage();
  await paul.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(paul, plauen.person.email, plauen.person.name);
  await paul.goto(`/services/procurement/${purchaseId}`);
  await paul.getByRole('button', { name: 'English' }).first().click();
  await paul.setViewportSize({ width: 320, height: 800 });
  await expect(paul.getByRole('heading', { level: 2, name: 'Needs per lot' })).toBeVisible();
  const paulLot1 = paul.getByRole('listitem').filter({ has: paul.getByRole('heading', { name: /^Lot 1:/ }) });
  await paulLot1.getByLabel(/^Quantity/).fill('-3');
  await paulLot1.getByLabel(/^Budget/).fill('12,000');
  await paulLot1.getByLabel(/^Contact person/).fill('Paul Beschaffung');
  await paulLot1.getByLabel(/^Contact's e-mail/).fill('paul@plauen.example');
  await paulLot1.getByRole('button', { name: 'Declare need: Notebooks Sachbearbeitung' }).click();
  await expect(paulLot1.getByText('Please give a whole number from 1.').first()).toBeVisible();
  await paulLot1.getByLabel(/^Quantity/).fill('15');
  await paulLot1.getByRole('button', { name: 'Declare need: Notebooks Sachbearbeitung' }).click();
  await expect(paul.getByText('Need for “Notebooks Sachbearbeitung” saved.')).toBeVisible();
  const overflow = await paul.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(paul, 'procurement-purchase-320-en');
  await shot(paul, 'procurement-purchase-320-en');

  // Chemnitz declares for itself through the API.
  const detail = await (await chemnitz.api.get(`/api/services/procurement/purchases/${purchaseId}`)).json();
  const declared = await chemnitz.api.put(
    `/api/services/procurement/purchases/${purchaseId}/lots/${detail.lotList[0].id}/need`,
    {
      data: {
        quantity: 25,
        budgetCents: 2_250_000,
        contactName: 'Carla Einkauf',
        contactEmail: 'carla@chemnitz.example',
      },
    },
  );
  expect(declared.status(), await declared.text()).toBe(200);

  // Carla sees the sums and downloads them.
  await lead.reload();
  const sums = lead.getByRole('table', { name: 'Gemeldeter Bedarf je Los' });
  await expect(sums.getByRole('row', { name: /Notebooks Sachbearbeitung.*3.*80 Stück.*70\.500,00/ })).toBeVisible();
  await expect(sums.getByRole('row', { name: /Notebooks Entwicklung.*1.*5 Stück.*9\.000,00/ })).toBeVisible();
  const declarations = lead.getByRole('table', { name: 'Meldungen der Organisationen' });
  await expect(declarations.getByRole('row', { name: /Notebooks Sachbearbeitung.*Zwickau.*40 Stück/ })).toBeVisible();
  await expect(declarations.getByRole('row')).toHaveCount(5);
  await expectAccessible(lead, 'procurement-sums');
  await shot(lead, 'procurement-sums');
  const downloading = lead.waitForEvent('download');
  await lead.getByRole('link', { name: 'Bedarfe als CSV herunterladen' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^bedarf-laptops-fur-die-verwaltung-.*\.csv$/);
  const file = test.info().outputPath('bedarf.csv');
  await download.saveAs(file);
  const csv = readFileSync(file, 'utf8');
  expect(csv.startsWith('\uFEFFLos;Bezeichnung;Organisation;Menge')).toBe(true);
  expect(csv).toContain('1;Summe: Notebooks Sachbearbeitung;3 Organisation(en);80;Stück;70500,00');
  expect(csv).toContain('2;Summe: Notebooks Entwicklung;1 Organisation(en);5;Stück;9000,00');
  expect(csv).toContain('Zwickau');
  // The workbook too, with the sums as numbers.
  const workbookDownload = lead.waitForEvent('download');
  await lead.getByRole('link', { name: 'Bedarfe als Excel-Arbeitsmappe (XLSX) herunterladen' }).click();
  const workbookFile = await workbookDownload;
  expect(workbookFile.suggestedFilename()).toMatch(/^bedarf-laptops-fur-die-verwaltung-.*\.xlsx$/);
  const workbook = unzipSync(new Uint8Array(readFileSync(await workbookFile.path())));
  const sheet = Buffer.from(workbook['xl/worksheets/sheet1.xml'] as Uint8Array).toString('utf8');
  expect(sheet).toContain('<v>70500</v>');

  // The tender goes out; then Carla enters a plan for the radar.
  await lead.getByLabel(/^Stand/).selectOption('tender');
  await lead.getByLabel(/^Bekanntmachung/).fill('00123456-2027');
  await lead.getByRole('button', { name: 'Speichern' }).click();
  await expect(lead.getByText('Gespeichert.')).toBeVisible();
  await expect(lead.locator('[aria-current="step"]')).toHaveText(/Ausschreibung/);

  await lead.goto('/services/procurement/radar');
  await expect(lead.getByRole('heading', { level: 1, name: 'Vorhaben und Bündelungsradar' })).toBeVisible();
  await lead.getByLabel(/^Was wollen Sie kaufen/).fill(`Dockingstationen ${word}`);
  await lead.getByLabel(/^CPV-Code/).fill('30200000-1');
  await lead.getByLabel(/^Bedarf ab/).fill('2027-04-01');
  await lead.getByLabel(/^Bedarf bis/).fill('2027-06-30');
  await lead.getByLabel(/^Ungefähre Menge/).fill('60');
  await lead.getByRole('button', { name: 'Vorhaben eintragen' }).click();
  await expect(lead.getByText(`Vorhaben „Dockingstationen ${word}“ eingetragen.`)).toBeVisible();
  await expectAccessible(lead, 'procurement-radar');
  await shot(lead, 'procurement-radar');
  // Zwickau plans the same group: the radar proposes to bundle on both sides.
  const planned = await zwickau.api.post('/api/services/procurement/plans', {
    data: { title: `Monitore ${word}`, cpvCode: '30200000-1', periodStart: '2027-05-01', periodEnd: '2027-08-31' },
  });
  expect(planned.status(), await planned.text()).toBe(201);
  await lead.reload();
  await expect(lead.getByRole('cell', { name: new RegExp(`Monitore ${word}`) })).toBeVisible();
  await shot(lead, 'procurement-radar-proposal');
  await lead.goto('/services/procurement');
  await expect(lead.getByRole('link', { name: subject })).toBeVisible();
  await expectAccessible(lead, 'procurement-list');
});
