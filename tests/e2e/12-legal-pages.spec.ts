import type { Page } from '@playwright/test';
import { PLATFORM_ADMIN, platformAdminApi } from './admin.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

const FEDERAL = {
  name: 'Schlichtungsstelle nach dem Behindertengleichstellungsgesetz bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen',
  address: 'Mauerstraße 53\n10117 Berlin',
  phone: '030 18 527-2805',
  email: 'info@schlichtungsstelle-bgg.de',
  website: 'https://www.schlichtungsstelle-bgg.de',
};
const CONTACTS = { feedbackEmail: '', feedbackPhone: '', arbitration: FEDERAL };

const footer = (page: Page) => page.getByRole('navigation', { name: 'Rechtliches und Service' });
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

// The steps build on each other: empty pages, then the platform admin writes, then readers read.
test.describe.configure({ mode: 'serial' });

test('signed out, the footer reaches all four legal pages, each saying clearly what the operator has yet to fill in', async ({
  page,
}) => {
  test.setTimeout(300_000);
  // The journey starts from pages nobody has filled in (the pages are one per platform).
  const admin = await platformAdminApi();
  for (const [name, body] of [
    ['impressum', { de: '', en: '' }],
    ['datenschutz', { de: '', en: '' }],
    ['barrierefreiheit', { de: '', en: '', accessibility: CONTACTS }],
  ] as const) {
    const res = await admin.put(`/api/legal/${name}`, { data: body });
    expect(res.status(), await res.text()).toBe(200);
  }

  // Signed out: the footer of any page reaches all four pages.
  await page.goto('/');
  await footer(page).getByRole('link', { name: 'Impressum' }).click();
  await expect(h1(page)).toHaveText('Impressum');
  await expect(page.getByText('Noch nicht vom Betreiber ausgefüllt')).toBeVisible();
  await expect(page.getByText(/muss das Impressum hier noch eintragen/)).toBeVisible();
  await expect(page.getByRole('link', { name: /Bearbeiten/ })).toHaveCount(0);
  await shot(page, 'legal-impressum-empty');
  await expectAccessible(page, 'legal-impressum-empty');

  await footer(page).getByRole('link', { name: 'Datenschutz' }).click();
  await expect(h1(page)).toHaveText('Datenschutzerklärung');
  await expect(page.getByText('Noch nicht vom Betreiber ausgefüllt')).toBeVisible();
  await shot(page, 'legal-datenschutz-empty');
  await expectAccessible(page, 'legal-datenschutz-empty');

  await footer(page).getByRole('link', { name: 'Barrierefreiheit' }).click();
  await expect(h1(page)).toHaveText('Erklärung zur Barrierefreiheit');
  await expect(page.getByText('Noch nicht vom Betreiber ausgefüllt')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Schlichtungsverfahren' })).toBeVisible();
  await expect(page.getByText(/^Schlichtungsstelle nach dem Behindertengleichstellungsgesetz/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'info@schlichtungsstelle-bgg.de' })).toHaveAttribute(
    'href',
    'mailto:info@schlichtungsstelle-bgg.de',
  );
  await shot(page, 'legal-barrierefreiheit-empty');
  await expectAccessible(page, 'legal-barrierefreiheit-empty');

  await footer(page).getByRole('link', { name: 'Leichte Sprache' }).click();
  await expect(h1(page)).toHaveText('Allmende in Leichter Sprache');
  await expect(page.getByText('Allmende ist eine Internet·seite.')).toBeVisible();
  await shot(page, 'legal-leichte-sprache');
  await expectAccessible(page, 'legal-leichte-sprache');

  // The English addresses lead to the same pages.
  await page.goto('/privacy');
  await expect(page).toHaveURL(/\/datenschutz$/);
});

test('the platform admin is reminded of the missing pages and writes the Impressum in German and English', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const admin = await platformAdminApi();
  await signInThroughUi(page, PLATFORM_ADMIN.email, PLATFORM_ADMIN.name);
  await page.goto('/setup');
  const reminder = page.getByText('Rechtliche Seiten fehlen noch');
  await expect(reminder).toBeVisible();
  await expect(page.getByRole('link', { name: 'Impressum ausfüllen' })).toBeVisible();
  await shot(page, 'legal-setup-reminder');
  await expectAccessible(page, 'legal-setup-reminder');

  await page.goto('/admin/legal');
  await expect(h1(page)).toHaveText('Rechtliche Seiten');
  await expect(page.getByRole('row', { name: /Impressum/ })).toContainText('Fehlt');
  await shot(page, 'legal-admin-overview-empty');
  await expectAccessible(page, 'legal-admin-overview-empty');

  await page.goto('/impressum');
  await page.getByRole('link', { name: /Bearbeiten/ }).click();
  await expect(h1(page)).toHaveText('Impressum bearbeiten');
  await shot(page, 'legal-admin-edit-impressum');
  await expectAccessible(page, 'legal-admin-edit-impressum');

  const german = page.getByRole('textbox', { name: /Deutsche Fassung/ });
  await german.click();
  await page.keyboard.type('Landkreis Musterhausen, Körperschaft des öffentlichen Rechts');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Vertreten durch die Landrätin Maria Muster');
  const english = page.getByRole('textbox', { name: /Englische Fassung/ });
  await english.click();
  await page.keyboard.type('District of Musterhausen, a public-law corporation');
  await page.getByRole('button', { name: 'Speichern' }).click();

  await expect(page).toHaveURL(/\/impressum$/);
  await expect(h1(page)).toHaveText('Impressum');
  await expect(page.getByText('Landkreis Musterhausen, Körperschaft des öffentlichen Rechts')).toBeVisible();
  await expect(page.getByText('Vertreten durch die Landrätin Maria Muster')).toBeVisible();
  await expect(page.getByText('Noch nicht vom Betreiber ausgefüllt')).toHaveCount(0);
  await shot(page, 'legal-impressum-filled-de');
  await expectAccessible(page, 'legal-impressum-filled-de');

  // The overview now counts it as filled in, in both languages; the audit log has the change.
  await page.goto('/admin/legal');
  await expect(page.getByRole('row', { name: /Impressum/ })).toContainText('Ausgefüllt');
  await expect(page.getByRole('row', { name: /Impressum/ })).toContainText('Deutsch, Englisch');
  const audit = await (await admin.get('/api/admin/audit?action=legal.')).json();
  expect(audit.items[0]).toMatchObject({ action: 'legal.updated', subjectId: 'impressum' });

  // The accessibility statement's editor also takes the feedback address and the Schlichtungsstelle.
  await page
    .getByRole('row', { name: /Barrierefreiheit/ })
    .getByRole('link', { name: /Bearbeiten/ })
    .click();
  await expect(h1(page)).toHaveText('Erklärung zur Barrierefreiheit bearbeiten');
  await expect(page.getByLabel('Name der Schlichtungsstelle')).toHaveValue(FEDERAL.name);
  await page.getByRole('textbox', { name: /Deutsche Fassung/ }).click();
  await page.keyboard.type('Diese Plattform ist teilweise mit der BITV 2.0 vereinbar.');
  await page.getByLabel('E-Mail-Adresse für Rückmeldungen').fill('keine Adresse');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(
    page.getByRole('link', { name: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@gemeinde.de.' }),
  ).toBeVisible();
  await shot(page, 'legal-admin-edit-barrierefreiheit-error');
  await expectAccessible(page, 'legal-admin-edit-barrierefreiheit-error');
  await page.getByLabel('E-Mail-Adresse für Rückmeldungen').fill('barrierefrei@musterhausen.example');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(/\/barrierefreiheit$/);
  await expect(page.getByRole('link', { name: 'barrierefrei@musterhausen.example' })).toHaveAttribute(
    'href',
    'mailto:barrierefrei@musterhausen.example',
  );
  await expect(page.getByText('Diese Plattform ist teilweise mit der BITV 2.0 vereinbar.')).toBeVisible();
});

test('readers see the Impressum in German and English, and German text marked as German in the English interface', async ({
  page: reader,
}) => {
  test.setTimeout(300_000);
  const admin = await platformAdminApi();
  await reader.goto('/impressum');
  await expect(reader.getByText('Landkreis Musterhausen, Körperschaft des öffentlichen Rechts')).toBeVisible();
  await reader.getByRole('button', { name: 'English' }).click();
  await expect(h1(reader)).toHaveText('Legal notice (Impressum)');
  await expect(reader.getByText('District of Musterhausen, a public-law corporation')).toBeVisible();
  await expect(reader.getByText('Landkreis Musterhausen')).toHaveCount(0);
  await shot(reader, 'legal-impressum-filled-en');
  await expectAccessible(reader, 'legal-impressum-filled-en');

  // A page written in German only is shown in German, marked as such, in the English interface.
  const saved = await admin.put('/api/legal/datenschutz', {
    data: { de: '<h3>Verantwortliche Stelle</h3><p>Landkreis Musterhausen</p>', en: '' },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  await reader.getByRole('navigation', { name: 'Legal and service' }).getByRole('link', { name: 'Privacy' }).click();
  await expect(h1(reader)).toHaveText('Privacy statement');
  await expect(reader.getByText('This page is available in German only.')).toBeVisible();
  await expect(reader.locator('.legal-text[lang="de"]')).toContainText('Landkreis Musterhausen');
  await expect(reader.getByRole('heading', { level: 2, name: 'Verantwortliche Stelle' })).toBeVisible();
  await shot(reader, 'legal-datenschutz-fallback-en');
  await expectAccessible(reader, 'legal-datenschutz-fallback-en');

  // The accessibility statement offers the feedback address as a mail link; at 320 px the page reflows
  // without sideways scrolling (WCAG 1.4.10).
  const statement = await admin.put('/api/legal/barrierefreiheit', {
    data: {
      de: '<p>Diese Plattform ist weitgehend mit der BITV 2.0 vereinbar.</p>',
      en: '<p>This platform is largely compliant with BITV 2.0.</p>',
      accessibility: { ...CONTACTS, feedbackEmail: 'barrierefrei@musterhausen.example' },
    },
  });
  expect(statement.status(), await statement.text()).toBe(200);
  await reader.setViewportSize({ width: 320, height: 640 });
  await reader.goto('/barrierefreiheit');
  await expect(h1(reader)).toHaveText('Accessibility statement');
  await expect(reader.getByRole('link', { name: 'barrierefrei@musterhausen.example' })).toHaveAttribute(
    'href',
    'mailto:barrierefrei@musterhausen.example',
  );
  await expectAccessible(reader, 'legal-barrierefreiheit-320-en');
  expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await shot(reader, 'legal-barrierefreiheit-320-en');
});
