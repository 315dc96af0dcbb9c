import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { makeOrganisationAdmin, PLATFORM_ADMIN, platformAdminApi } from './admin.ts';
import { apiClient, findOrganisation, PASSWORD, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

const record = (title: string, partnerIds: string[]) => ({
  title,
  summary: 'Zwei Gemeinden betreiben ihren Winterdienst gemeinsam.',
  sector: '06',
  fields: ['bauhof'],
  keywords: [],
  partnerIds,
  externalPartners: [],
  contacts: [],
  status: 'laufend',
  legalForm: 'zweckvereinbarung',
  awards: [],
  funding: [],
  description: '',
  currentStatus: '',
  lessonsLearned: '',
  furtherInformation: '',
  transferable: false,
  transferRequirements: '',
});

/** The page at 320 px: no sideways scrolling, still accessible, photographed. */
async function atNarrowWidth(page: Page, name: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  await shot(page, `${name}-320`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((e) => !e.closest('thead, .visually-hidden'))
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .slice(0, 5)
      .map((e) => `${e.tagName}.${e.className}: ${(e.textContent ?? '').slice(0, 40)}`),
  );
  expect(width, `wider than 320 px: ${wide.join(' | ')}`).toBeLessThanOrEqual(320);
  await expectAccessible(page, `${name}-320`);
  if (size) await page.setViewportSize(size);
}

/** Registers without following the mailed link: the address stays unconfirmed. */
async function registerUnverified(name: string, email: string, organisationId: string) {
  const api = await apiClient();
  const res = await api.post('/api/auth/register', { data: { name, email, password: PASSWORD, organisationId } });
  expect(res.status(), await res.text()).toBe(201);
}

test('admins see whom they confirm and what waits for them; the audit log names people and exports CSV', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const platform = await platformAdminApi();
  const tostedt = await findOrganisation(platform, 'Tostedt');
  const suffix = Date.now().toString(36);
  const domain = `tostedt-${suffix}.example`;
  expect((await platform.post(`/api/organisations/${tostedt.id}/domains`, { data: { domain } })).status()).toBe(201);

  // Tostedt's admin: a verified address of its domain.
  const adminName = `Olaf Ortsadmin ${suffix}`;
  const adminEmail = uniqueEmail('olaf.ortsadmin', domain);
  const adminApi = await registerVerifiedViaApi({ name: adminName, email: adminEmail, organisationId: tostedt.id });
  const adminMe = await (await adminApi.get('/api/me')).json();
  await makeOrganisationAdmin(platform, tostedt.id, adminMe.id);

  // Three requests: a private gmail address, never confirmed; the organisation's domain, not yet
  // confirmed; a confirmed gmail address.
  const max = `Max Muster ${suffix}`;
  const maxEmail = uniqueEmail('max.muster', 'gmail.com');
  await registerUnverified(max, maxEmail, tostedt.id);
  const ulla = `Ulla Unbestätigt ${suffix}`;
  await registerUnverified(ulla, uniqueEmail('ulla', domain), tostedt.id);
  const vera = `Vera Verifiziert ${suffix}`;
  await registerVerifiedViaApi({ name: vera, email: uniqueEmail('vera', 'gmail.com'), organisationId: tostedt.id });

  // A request in an organisation without an admin: only the platform admin can answer it.
  const orphan = await findOrganisation(platform, 'Handeloh');
  await registerVerifiedViaApi({
    name: `Otto Ohneadmin ${suffix}`,
    email: uniqueEmail('otto'),
    organisationId: orphan.id,
  });

  // A record of Tostedt submitted for review.
  const title = `Winterdienst Nordheide ${suffix}`;
  const created = await adminApi.post('/api/atlas/cooperations', { data: record(title, [tostedt.id]) });
  expect(created.status(), await created.text()).toBe(201);
  const { id: recordId } = await created.json();
  expect(
    (await adminApi.post(`/api/atlas/cooperations/${recordId}/state`, { data: { state: 'review' } })).status(),
  ).toBe(200);

  // The organisation admin's start page says what waits, and leads to the requests.
  const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const admin = await adminContext.newPage();
  await signInThroughUi(admin, adminEmail, adminName);
  const awaiting = admin.locator('section').filter({ has: admin.getByRole('heading', { name: 'Wartet auf Sie' }) });
  await expect(awaiting.getByRole('link', { name: '3 Anfragen zur Zugehörigkeit zu Tostedt' })).toBeVisible();
  await expect(awaiting).not.toContainText('Prüfung');
  await expectAccessible(admin, 'start-organisation-admin-awaiting');
  await shot(admin, 'start-organisation-admin-awaiting');
  await awaiting.getByRole('link', { name: '3 Anfragen zur Zugehörigkeit zu Tostedt' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: /Tostedt/ })).toBeVisible();

  // Each request carries its markers; the most doubtful one comes last.
  const rows = admin.getByRole('table').first().getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(3)).toContainText(max);
  const maxRow = admin.getByRole('row').filter({ hasText: max });
  await expect(maxRow).toContainText('E-Mail nicht bestätigt');
  await expect(maxRow).toContainText('fremde Domain');
  await expect(admin.getByRole('row').filter({ hasText: ulla })).toContainText('Domain der Organisation');
  await expect(admin.getByRole('row').filter({ hasText: vera })).toContainText('E-Mail bestätigt');
  await expectAccessible(admin, 'organisation-requests-marked');
  await shot(admin, 'organisation-requests-marked');
  await atNarrowWidth(admin, 'organisation-requests-marked');

  // Confirming Max takes a second, deliberate step that names the risk.
  await admin.getByRole('button', { name: `Bestätigen (${max})` }).click();
  const question = admin.getByRole('group').filter({ hasText: 'Trotzdem bestätigen' });
  await expect(question).toContainText(`Die E-Mail-Adresse ${maxEmail} ist nicht bestätigt`);
  await expect(question).toContainText('keine Adresse einer E-Mail-Domain von Tostedt');
  await expect(admin.getByRole('button', { name: 'Trotzdem bestätigen' })).toBeFocused();
  await expectAccessible(admin, 'organisation-confirm-risk');
  await shot(admin, 'organisation-confirm-risk');
  await admin.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(admin.getByRole('button', { name: `Bestätigen (${max})` })).toBeFocused();
  await admin.getByRole('button', { name: `Bestätigen (${max})` }).click();
  await admin.getByRole('button', { name: 'Trotzdem bestätigen' }).click();
  await expect(admin.getByRole('button', { name: `Bestätigen (${max})` })).toHaveCount(0);
  // Confirmed, Max is a member whose role the admin can now choose.
  await expect(admin.getByRole('combobox', { name: `Rolle von ${max}` })).toHaveValue('member');

  // The platform admin's start page lists the review and the request nobody else can answer.
  const platformContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await platformContext.newPage();
  await signInThroughUi(page, PLATFORM_ADMIN.email, PLATFORM_ADMIN.name);
  const list = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Wartet auf Sie' }) });
  await expect(list.getByRole('link', { name: /Atlas-Eintr(a|ä)ge? warte(t|n) auf Prüfung/ })).toBeVisible();
  await expect(list.getByRole('link', { name: /Organisation(en)? ohne Administration/ })).toBeVisible();
  await expectAccessible(page, 'start-platform-admin-awaiting');
  await shot(page, 'start-platform-admin-awaiting');
  await atNarrowWidth(page, 'start-platform-admin-awaiting');

  await list.getByRole('link', { name: /Organisation(en)? ohne Administration/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personen verwalten' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Nur Anfragen/ })).toBeChecked();
  await expect(page.getByRole('row').filter({ hasText: `Otto Ohneadmin ${suffix}` })).toContainText('Handeloh');
  await expectAccessible(page, 'admin-people-waiting');
  await shot(page, 'admin-people-waiting');

  // The review queue, under Verwaltung.
  await page.goto('/');
  await list.getByRole('link', { name: /Atlas-Eintr(a|ä)ge? warte(t|n) auf Prüfung/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prüfungen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Prüfungen' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('main')).toContainText(title);
  await expectAccessible(page, 'admin-reviews');
  await shot(page, 'admin-reviews');

  // The audit log, filtered by the organisation admin: names with links, not IDs.
  await page.getByRole('link', { name: 'Protokoll' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Protokoll' })).toBeVisible();
  const person = page.getByRole('combobox', { name: /Handelnde Person/ });
  await person.fill('Olaf Ortsadmin');
  await page.getByRole('option', { name: new RegExp(adminName) }).click();
  await expect(page).toHaveURL(new RegExp(`actor=${adminMe.id}`));
  const table = page.getByRole('table');
  const confirmation = table.getByRole('row').filter({ hasText: 'Mitglied bestätigt' });
  await expect(confirmation).toHaveCount(1);
  await expect(confirmation.getByRole('link', { name: adminName })).toHaveAttribute('href', /\/admin\/people\?q=/);
  await expect(confirmation.getByRole('link', { name: max })).toBeVisible();
  await expect(confirmation.getByRole('link', { name: 'Tostedt' })).toHaveAttribute(
    'href',
    `/organisations/${tostedt.id}`,
  );
  await expect(table).not.toContainText(adminMe.id);
  await expectAccessible(page, 'admin-audit-by-person');
  await shot(page, 'admin-audit-by-person');
  await atNarrowWidth(page, 'admin-audit-by-person');

  // The CSV holds the same entries, for German Excel.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Als CSV herunterladen' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^protokoll-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path()) as string);
  expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const text = csv.toString('utf8');
  expect(text).toContain('Zeitpunkt (Europe/Berlin);Aktion;Handelnde Person;');
  expect(text).toMatch(new RegExp(`organisation\\.member_confirmed;${adminName};`));
  expect(text).toContain(`;Person;${max};`);

  // Clicking the actor's name opens the person in the people list.
  await confirmation.getByRole('link', { name: adminName }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personen verwalten' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: adminName })).toContainText('Tostedt');

  await adminContext.close();
  await platformContext.close();
});
