import type { Page } from '@playwright/test';
import { platformAdminApi } from './admin.ts';
import { apiClient, cooperationInput, findOrganisation, PASSWORD, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

/** Checks a page with axe and photographs it at desktop width and at 320 px. */
async function checkPage(page: Page, name: string) {
  await expectAccessible(page, name);
  await shot(page, `${name}-1280`);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page, `${name}-320`);
  await shot(page, `${name}-320`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const baseInput = (title: string, partnerIds: string[]) =>
  cooperationInput({ title, summary: 'Zwei Gemeinden teilen Wissen und Vorlagen.', partnerIds });

test('an editor names a colleague on the platform as contact, sets the place and the address; anyone reads the history', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const platform = await platformAdminApi();
  const home = await findOrganisation(platform, 'Neu Wulmstorf');
  const partner = await findOrganisation(platform, 'Seevetal');
  const suffix = Date.now().toString(36);

  // The editor (Neu Wulmstorf) and a colleague at the partner (Seevetal), both confirmed members.
  const member = { name: 'Mara Moorweg', email: uniqueEmail('mara.moorweg') };
  const colleague = { name: `Jorinde Quellenberg ${suffix}`, email: uniqueEmail('jorinde.quellenberg') };
  for (const [person, organisation] of [
    [member, home],
    [colleague, partner],
  ] as const) {
    const api = await registerVerifiedViaApi({ ...person, organisationId: organisation.id });
    const id = (await (await api.get('/api/me')).json()).id;
    const confirmed = await platform.post(`/api/organisations/${organisation.id}/members/${id}/confirm`);
    expect(confirmed.status(), await confirmed.text()).toBe(204);
  }

  // Two drafts of the member: one to edit, one whose address is taken.
  const memberApi = await apiClient();
  await memberApi.post('/api/auth/login', { data: { email: member.email, password: PASSWORD } });
  const create = async (title: string) => {
    const res = await memberApi.post('/api/atlas/cooperations', { data: baseInput(title, [home.id, partner.id]) });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()) as { id: string; slug: string };
  };
  const record = await create(`Wissensnetz Heide ${suffix}`);
  const taken = await create(`Vorlagenring Heide ${suffix}`);

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signInThroughUi(page, member.email, member.name);
  await page.goto(`/atlas/${record.slug}/edit`);
  const slugField = page.getByRole('textbox', { name: 'Adresse (Kurzname)' });
  await expect(slugField).toHaveValue(record.slug);
  await expect(page.getByText(`/atlas/${record.slug}`)).toBeVisible();

  // The colleague, found by name and shown with their organisation.
  const picker = page.getByRole('combobox', { name: /Person auf der Plattform als Ansprechperson/ });
  await picker.fill('Quellenberg');
  const option = page.getByRole('option', { name: new RegExp(colleague.name) });
  await expect(option).toContainText(partner.name);
  await option.click();
  const firstContact = page.getByRole('group', { name: 'Ansprechperson 1' });
  await expect(firstContact).toContainText(colleague.name);
  await expect(firstContact).toContainText(`${partner.name} · Person auf der Plattform`);
  await firstContact.getByLabel(/^Funktion/).fill('Projektleitung');

  // Someone outside the platform needs an e-mail address or a phone number.
  await page.getByRole('button', { name: 'Externe Ansprechperson hinzufügen' }).click();
  const secondContact = page.getByRole('group', { name: 'Ansprechperson 2' });
  await secondContact.getByLabel('Name', { exact: true }).fill('Otto Außenstehend');

  // The place: the partners' centre by default; set by hand, the fields start from it.
  const centre = page.getByRole('radio', { name: 'Mittelpunkt der Partner verwenden' });
  await expect(centre).toBeChecked();
  await page.getByRole('radio', { name: 'Punkt selbst festlegen' }).check();
  const latitude = page.getByRole('textbox', { name: 'Breitengrad' });
  const longitude = page.getByRole('textbox', { name: 'Längengrad' });
  await expect(latitude).toHaveValue(/^53\.\d+/);
  await expect(longitude).toHaveValue(/^(9|10)\.\d+/);
  // A click on the map moves the point (the mouse's shortcut for the fields).
  const before = await latitude.inputValue();
  const map = page.getByRole('img', { name: /Karte zum Setzen des Standorts/ });
  const box = await map.boundingBox();
  if (!box) throw new Error('the location map is not drawn');
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.75);
  await expect(latitude).not.toHaveValue(before);
  await latitude.fill('99');
  await longitude.fill('9,95');

  // A taken address: the checks pass, the server refuses, the message sits at the field.
  await slugField.fill(taken.slug);
  await page.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(
    page.getByRole('link', { name: /Ansprechperson 2: Bitte geben Sie eine E-Mail-Adresse oder/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: /Breitengrad: Bitte geben Sie eine Zahl zwischen 47 und 55,1/ }),
  ).toBeVisible();
  await checkPage(page, 'atlas-contacts-errors');
  await secondContact.getByLabel(/^Telefon/).fill('04105 12345');
  await latitude.fill('53,45');
  // The map says in words where the point is, in the page's number format.
  await expect(map).toHaveAccessibleName(/Gesetzter Punkt: 53,45° Nord, 9,95° Ost/);
  await page.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(page.getByText(`Adresse: „${taken.slug}“ ist bereits vergeben.`).first()).toBeVisible();
  await expect(slugField).toHaveAttribute('aria-invalid', 'true');

  const newSlug = `wissensnetz-heide-neu-${suffix}`;
  await slugField.fill(newSlug.toUpperCase());
  await expect(slugField).toHaveValue(newSlug);
  await checkPage(page, 'atlas-contacts-filled');
  await page.getByRole('button', { name: 'Änderungen speichern' }).click();

  // The record under its new address: the colleague with their organisation, the external contact.
  await expect(page).toHaveURL(new RegExp(`/atlas/${newSlug}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Wissensnetz Heide ${suffix}` })).toBeVisible();
  const contacts = page.getByRole('list').filter({ hasText: colleague.name });
  await expect(contacts).toContainText(`Projektleitung, ${partner.name}`);
  await expect(contacts).toContainText('Auf der Plattform erreichbar');
  await expect(contacts).toContainText('Otto Außenstehend');
  await checkPage(page, 'atlas-contacts-record');
  const saved = await (await memberApi.get(`/api/atlas/cooperations/${newSlug}`)).json();
  expect(saved.location).toEqual({ latitude: 53.45, longitude: 9.95 });
  expect(saved.locationSet).toBe(true);
  expect(saved.contacts[0].personId).toBeTruthy();

  // Editing again shows the point as set; back to the partners' centre, the server places it there.
  await page.getByRole('link', { name: 'Bearbeiten' }).click();
  await expect(page.getByRole('radio', { name: 'Punkt selbst festlegen' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Breitengrad' })).toHaveValue('53.45');
  await page.getByRole('radio', { name: 'Mittelpunkt der Partner verwenden' }).check();
  await page.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(page).toHaveURL(new RegExp(`/atlas/${newSlug}$`));
  const recentred = await (await memberApi.get(`/api/atlas/cooperations/${newSlug}`)).json();
  expect(recentred.locationSet).toBe(false);
  expect(recentred.location.latitude).not.toBe(53.45);

  // Published, the history is open to a signed-out visitor too, without the contacts' details.
  const published = await platform.post(`/api/atlas/cooperations/${record.id}/state`, { data: { state: 'published' } });
  expect(published.status(), await published.text()).toBe(200);
  const visitorContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/atlas/${newSlug}`);
  await visitor.getByRole('link', { name: 'Versionsgeschichte' }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: `Wissensnetz Heide ${suffix}` })).toBeVisible();
  await expect(visitor.getByRole('table')).toContainText(member.name);
  await expectAccessible(visitor, 'atlas-contacts-history-public');
  await visitor.getByRole('link', { name: /Änderungen gegenüber Fassung 1/ }).click();
  await expect(visitor.getByRole('heading', { name: 'Ansprechpersonen' })).toBeVisible();
  await expect(visitor.locator('main')).not.toContainText('04105');

  await context.close();
  await visitorContext.close();
});
