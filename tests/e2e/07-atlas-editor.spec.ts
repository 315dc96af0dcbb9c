import type { Page } from '@playwright/test';
import { PLATFORM_ADMIN, platformAdminApi } from './admin.ts';
import { apiClient, findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
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

test('a member describes a cooperation, an admin publishes it, a visitor reads it, the history shows an edit', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const platform = await platformAdminApi();
  const home = await findOrganisation(platform, 'Neu Wulmstorf');
  const partner = await findOrganisation(platform, 'Seevetal');

  // A member of Neu Wulmstorf, confirmed by the platform admin.
  const member = { name: 'Nele Nordheide', email: uniqueEmail('nele.nordheide') };
  const memberApi = await registerVerifiedViaApi({ ...member, organisationId: home.id });
  const memberId = (await (await memberApi.get('/api/me')).json()).id;
  const confirmed = await platform.post(`/api/organisations/${home.id}/members/${memberId}/confirm`);
  expect(confirmed.status(), await confirmed.text()).toBe(204);

  const suffix = Date.now().toString(36);
  const title = `Gemeinsame Wissensplattform Nordheide ${suffix}`;
  const newTitle = `Gemeinsame Wissensdatenbank Nordheide ${suffix}`;

  // The member writes the draft through the form: two partner organisations, a section, a contact.
  const memberContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await memberContext.newPage();
  await signInThroughUi(page, member.email, member.name);
  await page.goto('/atlas/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Kooperation beschreiben' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Gewählte Partnerorganisationen' })).toContainText(home.name);

  // Sending it empty names what is missing, at the fields and in the summary.
  await page.getByRole('button', { name: 'Entwurf speichern' }).click();
  const summary = page.getByRole('heading', { name: /Bitte korrigieren Sie/ });
  await expect(summary).toBeVisible();
  await expect(page.getByRole('link', { name: /Titel: Bitte geben Sie einen Titel/ })).toBeVisible();
  await checkPage(page, 'atlas-new-errors');

  await page.getByLabel('Titel', { exact: true }).fill(title);
  await page
    .getByLabel('Kurzbeschreibung')
    .fill('Neu Wulmstorf und Seevetal teilen Wissen, Vorlagen und Dokumente auf einer gemeinsamen Plattform.');
  await page.getByLabel('Sektor', { exact: true }).selectOption({ label: '01 Allgemeine öffentliche Verwaltung' });
  await page.getByLabel('Verwaltung/EDV/E-Government').check();
  await page.getByLabel('Beschaffung').check();
  const picker = page.getByRole('combobox', { name: /Partnerorganisation hinzufügen/ });
  await picker.fill('Seevetal');
  await page
    .getByRole('option', { name: /Seevetal/ })
    .first()
    .click();
  const chosen = page.getByRole('list', { name: 'Gewählte Partnerorganisationen' });
  await expect(chosen.getByRole('listitem')).toHaveCount(2);
  await expect(chosen).toContainText(partner.name);
  await page.getByLabel('Rechts- und Organisationsform').selectOption({ label: 'Verwaltungsvereinbarung' });
  await page.getByLabel('Beginn (Jahr)').fill('2007');

  // The section editor: typed text, a keyboard shortcut for bold, the toolbar for a list.
  const description = page.getByRole('textbox', { name: 'Beschreibung – optional', exact: true });
  await description.click();
  await page.keyboard.type('Die Verwaltungen arbeiten seit 2007 zusammen. ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Wissen wird geteilt.');
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Enter');
  await page
    .getByRole('toolbar', { name: 'Formatierung: Beschreibung' })
    .getByRole('button', { name: 'Aufzählung' })
    .click();
  await page.keyboard.type('Vorlagen');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Dokumente');
  // Tab leaves the editor even inside a list (no indenting trap) and lands on the next toolbar, whose
  // buttons are one tab stop, moved through with the arrow keys.
  await page.keyboard.press('Tab');
  const nextToolbar = page.getByRole('toolbar', { name: 'Formatierung: Aktueller Status und Weiterentwicklung' });
  await expect(nextToolbar.getByRole('button', { name: 'Fett' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(nextToolbar.getByRole('button', { name: 'Kursiv' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: /^Aktueller Status und Weiterentwicklung/ })).toBeFocused();
  await page.getByLabel('Zur Nachnutzung geeignet').check();
  await page.getByRole('button', { name: 'Mich als Ansprechperson eintragen' }).click();
  await checkPage(page, 'atlas-new-filled');
  await page.getByRole('button', { name: 'Entwurf speichern' }).click();

  // The draft's fact sheet: marked as a draft, both partners listed, the section with its formatting.
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const slug = new URL(page.url()).pathname.split('/').pop() as string;
  await expect(page.getByText('Entwurf', { exact: true })).toBeVisible();
  const facts = page.getByRole('table', { name: /Steckbrief/ });
  await expect(facts).toContainText('Verwaltungsvereinbarung');
  await expect(facts).toContainText(home.name);
  await expect(facts).toContainText(partner.name);
  await expect(page.locator('.rich-text strong')).toHaveText('Wissen wird geteilt.');
  await expect(page.locator('.rich-text li')).toHaveCount(2);
  await checkPage(page, 'atlas-record-draft');

  await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
  await expect(page.getByText('Der Eintrag wurde zur Prüfung eingereicht.')).toBeVisible();
  await expect(page.getByText('In Prüfung', { exact: true })).toBeVisible();

  // A signed-out visitor sees neither the page nor a link preview of the draft.
  const visitorContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/atlas/${slug}`);
  await expect(visitor.getByRole('heading', { level: 1, name: 'Kooperationsprojekt nicht gefunden' })).toBeVisible();
  await expectAccessible(visitor, 'atlas-record-hidden');
  const crawler = await apiClient();
  const hiddenHtml = await (await crawler.get(`/atlas/${slug}`)).text();
  expect(hiddenHtml).not.toContain(title);

  // The platform admin publishes it from the review queue of the workbench.
  const adminContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const admin = await adminContext.newPage();
  await signInThroughUi(admin, PLATFORM_ADMIN.email, PLATFORM_ADMIN.name);
  await admin.goto('/atlas/mine');
  await expect(admin.getByRole('heading', { level: 1, name: 'Meine Kooperationen' })).toBeVisible();
  await expect(admin.getByRole('link', { name: title })).toBeVisible();
  await checkPage(admin, 'atlas-workbench-review');
  await admin.getByRole('button', { name: `Veröffentlichen (${title})` }).click();
  await expect(admin.getByText(`„${title}“ ist veröffentlicht.`)).toBeVisible();
  await expect(admin.getByRole('link', { name: title })).toHaveCount(0);

  // A signed-in reader writes to the contacts through the dialog; a second message the same day is refused.
  await admin.goto(`/atlas/${slug}`);
  await admin.getByRole('button', { name: 'Kontakt aufnehmen / Interesse an Nachnutzung' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Kontakt aufnehmen' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Interesse an Nachnutzung')).toBeChecked();
  await checkPage(admin, 'atlas-contact-dialog');
  await dialog.getByRole('button', { name: 'Nachricht senden' }).click();
  await expect(dialog.getByText('Bitte schreiben Sie eine Nachricht.').first()).toBeVisible();
  await dialog.getByLabel('Ihre Nachricht').fill('Wir möchten die Plattform im Landkreis Stade nachnutzen.');
  await dialog.getByRole('button', { name: 'Nachricht senden' }).click();
  await expect(dialog).toBeHidden();
  await expect(admin.getByText('Ihre Nachricht wurde gesendet.')).toBeVisible();
  await expect(admin.getByText('Bisher hat eine Person Interesse gezeigt.')).toBeVisible();
  await admin.getByRole('button', { name: 'Kontakt aufnehmen / Interesse an Nachnutzung' }).click();
  await dialog.getByLabel('Ihre Nachricht').fill('Noch eine Frage.');
  await dialog.getByRole('button', { name: 'Nachricht senden' }).click();
  await expect(dialog.getByText(/viele Nachrichten gesendet/)).toBeVisible();
  await admin.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Now the visitor reads it, with contacts hidden behind sign-in, and link previews describe it.
  await visitor.goto(`/atlas/${slug}`);
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByRole('link', { name: 'Anmelden, um Kontaktdaten zu sehen' })).toBeVisible();
  await expect(visitor.getByRole('link', { name: 'Anmelden, um Kontakt aufzunehmen' })).toBeVisible();
  await expect(visitor.getByRole('button', { name: 'Bearbeiten' })).toHaveCount(0);
  await checkPage(visitor, 'atlas-record-public');
  const previewHtml = await (await crawler.get(`/atlas/${slug}`)).text();
  expect(previewHtml).toContain(`<meta property="og:title" content="${title}" />`);
  expect(previewHtml).toContain('"@type":"Project"');

  // The partner's organisation page lists the cooperation.
  await visitor.goto(`/organisations/${partner.id}`);
  await expect(visitor.getByRole('heading', { level: 2, name: 'Kooperationen' })).toBeVisible();
  await expect(visitor.getByRole('link', { name: title })).toBeVisible();

  // The member renames it; the history's comparison shows the old and the new word.
  await page.goto(`/atlas/${slug}`);
  await page.getByRole('link', { name: 'Bearbeiten' }).click();
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(title);
  await checkPage(page, 'atlas-edit');
  await page.getByLabel('Titel', { exact: true }).fill(newTitle);
  await page.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: newTitle })).toBeVisible();

  await page.getByRole('link', { name: 'Versionsgeschichte' }).click();
  await expect(page.getByRole('table')).toContainText(member.name);
  await checkPage(page, 'atlas-history');
  await page
    .getByRole('link', { name: /Änderungen gegenüber Fassung/ })
    .first()
    .click();
  const titleChange = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Titel' }) });
  await expect(titleChange.locator('del')).toContainText('Wissensplattform');
  await expect(titleChange.locator('ins')).toContainText('Wissensdatenbank');
  await expect(page.getByText(/Legende/)).toBeVisible();
  await checkPage(page, 'atlas-diff');

  // Two open forms: the later save over an older revision is refused with a clear message, not lost silently.
  await page.goto(`/atlas/${slug}/edit`);
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(newTitle);
  const other = await memberContext.newPage();
  await other.goto(`/atlas/${slug}/edit`);
  await other.getByLabel('Beginn (Jahr)').fill('2006');
  await other.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(other.getByRole('heading', { level: 1, name: newTitle })).toBeVisible();
  await page.getByLabel('Ende (Jahr)').fill('2030');
  await page.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(page.getByText('Jemand hat den Eintrag inzwischen geändert.')).toBeVisible();
  await checkPage(page, 'atlas-edit-stale');
  await page.getByRole('button', { name: 'Aktuelle Fassung laden' }).click();
  await expect(page.getByLabel('Beginn (Jahr)')).toHaveValue('2006');
  await expect(page.getByText('Jemand hat den Eintrag inzwischen geändert.')).toHaveCount(0);

  await memberContext.close();
  await visitorContext.close();
  await adminContext.close();
});
