import type { APIRequestContext } from '@playwright/test';
import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, test } from './fixtures.ts';
import { checkPage, created, dayFromToday } from './project-steps.ts';
import { signInThroughUi } from './signin.ts';

// Five towns of Südwestfalen form an alliance with two workspaces. Stefanie (Arnsberg) owns them and
// plans "Smart Health", led by Markus (Soest): she freezes the plan in the browser, later moves the
// tender 14 days. The project turns amber: Markus reads why in his notifications, the alliance's
// portfolio shows it with the reason, and Stefanie moves a card on the board by keyboard alone and
// reads the plan on the timeline. Every page passes axe and is photographed at 1280 and 320 px.

const TOWNS = ['Arnsberg', 'Soest', 'Olpe', 'Menden', 'Bad Berleburg'] as const;

test('five towns plan in two workspaces; a slipped tender turns a project amber, its lead hears why, the portfolio shows it', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const platform = await platformAdminApi();
  const suffix = Date.now().toString(36);

  // An admin for each town, registered and confirmed through the API.
  const admins: Array<{ town: string; id: string; name: string; email: string; api: APIRequestContext; org: string }> =
    [];
  for (const [i, town] of TOWNS.entries()) {
    const organisation = await findOrganisation(platform, town);
    const person = {
      name: `${['Stefanie', 'Markus', 'Olaf', 'Meike', 'Bernd'][i]} ${town}`,
      email: uniqueEmail(`swf${i}`),
    };
    const api = await registerVerifiedViaApi({ ...person, organisationId: organisation.id });
    const id = (await (await api.get('/api/me')).json()).id as string;
    await makeOrganisationAdmin(platform, organisation.id, id);
    admins.push({ town, id, ...person, api, org: organisation.id });
  }
  const [stefanie, markus, ...others] = admins as [(typeof admins)[0], (typeof admins)[0], ...typeof admins];

  const allianceName = `5 für Südwestfalen ${suffix}`;
  const alliance = await created<{ id: string }>(
    await stefanie.api.post('/api/alliances', { data: { name: allianceName } }),
  );
  for (const member of [markus, ...others]) {
    await created(
      await stefanie.api.post(`/api/alliances/${alliance.id}/invitations`, { data: { organisationId: member.org } }),
    );
    const accepted = await member.api.post(`/api/alliances/${alliance.id}/invitations/${member.org}/accept`);
    expect(accepted.status(), await accepted.text()).toBeLessThan(300);
  }

  const workspace = async (name: string) =>
    created<{ id: string }>(
      await stefanie.api.post('/api/workspaces', {
        data: { name: `${name} ${suffix}`, ownerAllianceId: alliance.id, visibility: 'members' },
      }),
    );
  const health = await workspace('Gesundheit und Arbeit');
  const mobility = await workspace('Mobilität und Daten');
  for (const member of [markus, ...others]) {
    for (const ws of [health, mobility]) {
      await created(
        await stefanie.api.post(`/api/workspaces/${ws.id}/members`, { data: { personId: member.id, role: 'member' } }),
      );
    }
  }

  const project = async (workspaceId: string, data: Record<string, unknown>) =>
    created<{ id: string }>(await stefanie.api.post(`/api/workspaces/${workspaceId}/projects`, { data }));
  const smartHealth = await project(health.id, {
    name: 'Smart Health',
    goal: 'Telemedizinische Sprechstunden in den Ortsteilen.',
    status: 'running',
    leadOrganisationId: markus.org,
    leadPersonId: markus.id,
    partnerIds: [stefanie.org, others[0]?.org],
    startDate: dayFromToday(-60),
    endDate: dayFromToday(400),
  });
  await project(health.id, { name: 'New Work', status: 'running', endDate: dayFromToday(200) });
  await project(mobility.id, { name: 'Vernetzte Mobilität', status: 'running', endDate: dayFromToday(500) });
  await created(
    await stefanie.api.post(`/api/projects/${smartHealth.id}/milestones`, {
      data: { name: 'Ausschreibung', date: dayFromToday(30) },
    }),
  );
  for (const [title, due] of [
    ['Praxen befragen', 10],
    ['Leistungsbeschreibung schreiben', 20],
    ['Datenschutzkonzept abstimmen', 25],
  ] as const) {
    await created(
      await stefanie.api.post(`/api/projects/${smartHealth.id}/tasks`, {
        data: { title, startDate: dayFromToday(-5), dueDate: dayFromToday(due) },
      }),
    );
  }

  // Markus, the lead, is signed in elsewhere.
  const markusPage = await (await browser.newContext()).newPage();
  await markusPage.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(markusPage, markus.email, markus.name);

  const page = await (await browser.newContext()).newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(page, stefanie.email, stefanie.name);

  // Stefanie freezes the plan, then moves the tender 14 days.
  await page.goto(`/projects/${smartHealth.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Smart Health' })).toBeVisible();
  await page.getByLabel('Name des Basisplans').fill('Plan v1, Steuerungskreis');
  await page.getByRole('button', { name: 'Plan festhalten' }).click();
  await expect(page.getByText('Der Plan ist als „Plan v1, Steuerungskreis“ festgehalten.')).toBeVisible();
  await page.getByRole('button', { name: 'Termin ändern (Ausschreibung)' }).click();
  await page.getByLabel('Neuer Termin für „Ausschreibung“').fill(dayFromToday(44));
  await page.getByRole('button', { name: 'Termin speichern' }).click();
  await expect(page.getByText('Der neue Termin ist gespeichert.')).toBeVisible();
  const panel = page.getByRole('heading', { level: 2, name: 'Projektzustand' }).locator('xpath=ancestor::section[1]');
  await expect(panel).toContainText('Gelb – gefährdet');
  await expect(panel).toContainText('Meilenstein „Ausschreibung“ 14 Tage später als in „Plan v1, Steuerungskreis“');

  // Markus hears of it, with the reason.
  await markusPage.goto('/notifications');
  await expect(markusPage.getByText('Das Projekt „Smart Health“ ist gefährdet (Gelb)')).toBeVisible();
  await expect(markusPage.getByText(/Ausschreibung.*14 Tage/).first()).toBeVisible();
  await checkPage(markusPage, 'journey-lead-notification');

  // The alliance's portfolio: three projects, Smart Health amber first with its reason.
  await page.goto(`/alliances/${alliance.id}`);
  await page.getByRole('link', { name: 'Portfolio: alle Projekte des Verbunds' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Portfolio: 3 Projekte für ${allianceName}` }),
  ).toBeVisible();
  const rows = page.getByRole('table').first().getByRole('row');
  await expect(rows.nth(1)).toContainText('Smart Health');
  await expect(rows.nth(1)).toContainText('Gelb');
  await expect(rows.nth(1)).toContainText(
    'Meilenstein „Ausschreibung“ 14 Tage später als in „Plan v1, Steuerungskreis“',
  );
  await expect(rows.nth(1)).toContainText(markus.name);
  await checkPage(page, 'journey-portfolio');

  // The board, by keyboard alone: "Praxen befragen" to "In Arbeit".
  await page.goto(`/projects/${smartHealth.id}/board`);
  const move = page.getByRole('button', { name: 'Verschieben (Praxen befragen)' });
  await move.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '„Praxen befragen“ verschieben' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: 'In Arbeit' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('region', { name: /^In Arbeit/ }).getByRole('article', { name: 'Praxen befragen' }),
  ).toBeVisible();
  await expect(move).toBeFocused();
  await checkPage(page, 'journey-board');

  // The timeline: the tender against its plan, the tasks over time.
  await page.goto(`/projects/${smartHealth.id}/timeline`);
  await expect(page.getByText('14 Tage später als im Basisplan').first()).toBeVisible();
  await expect(page.getByRole('link', { name: /Praxen befragen/ })).toBeVisible();
  await checkPage(page, 'journey-timeline');
});
