import type { APIRequestContext } from '@playwright/test';
import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { checkPage, created, dayFromToday } from './project-steps.ts';
import { signInThroughUi } from './signin.ts';

// Olga (Olsberg) and Bruno (Brilon) administer the two towns of an alliance. Its workspace holds five
// projects Olga sees: one red by its overdue tasks, one red by its lead's word over a computed green,
// one amber by a milestone 14 days behind its baseline, one green, one done. Brilon's own workspace
// holds a sixth, which Olga does not see but, as an admin of a member town, is told of. Olga opens the
// portfolio from the alliance's page, reads the reasons, filters by a colour, sorts, downloads the
// CSV, moves through the milestones by keyboard, and someone outside the alliance finds nothing.

test('an alliance admin reads the portfolio by colour with its reasons, filters, sorts, exports and moves through the milestones', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const platform = await platformAdminApi();
  const olsberg = await findOrganisation(platform, 'Olsberg');
  const brilon = await findOrganisation(platform, 'Brilon');
  const olga = { name: 'Olga Ortsmitte', email: uniqueEmail('olga.portfolio') };
  const bruno = { name: 'Bruno Bergstadt', email: uniqueEmail('bruno.portfolio') };
  const otto = { name: 'Otto Außen', email: uniqueEmail('otto.portfolio') };
  const olgaApi = await registerVerifiedViaApi({ ...olga, organisationId: olsberg.id });
  await makeOrganisationAdmin(platform, olsberg.id, (await (await olgaApi.get('/api/me')).json()).id);
  const brunoApi = await registerVerifiedViaApi({ ...bruno, organisationId: brilon.id });
  await makeOrganisationAdmin(platform, brilon.id, (await (await brunoApi.get('/api/me')).json()).id);
  await registerVerifiedViaApi(otto);

  const allianceName = `Hochsauerland digital ${Date.now().toString(36)}`;
  const alliance = await created<{ id: string }>(
    await olgaApi.post('/api/alliances', { data: { name: allianceName } }),
  );
  await created(
    await olgaApi.post(`/api/alliances/${alliance.id}/invitations`, { data: { organisationId: brilon.id } }),
  );
  const accepted = await brunoApi.post(`/api/alliances/${alliance.id}/invitations/${brilon.id}/accept`);
  expect(accepted.status(), await accepted.text()).toBeLessThan(300);

  const shared = await created<{ id: string; name: string }>(
    await olgaApi.post('/api/workspaces', {
      data: { name: `Verbundraum ${Date.now().toString(36)}`, ownerAllianceId: alliance.id, visibility: 'members' },
    }),
  );
  const own = await created<{ id: string }>(
    await brunoApi.post('/api/workspaces', {
      data: { name: `Brilon intern ${Date.now().toString(36)}`, ownerOrganisationId: brilon.id, visibility: 'members' },
    }),
  );
  const project = async (api: APIRequestContext, workspaceId: string, data: Record<string, unknown>) =>
    created<{ id: string }>(await api.post(`/api/workspaces/${workspaceId}/projects`, { data }));
  const milestone = async (projectId: string, name: string, days: number) => {
    const detail = await created<{ milestones: Array<{ id: string; name: string }> }>(
      await olgaApi.post(`/api/projects/${projectId}/milestones`, { data: { name, date: dayFromToday(days) } }),
    );
    return detail.milestones.find((m) => m.name === name)?.id as string;
  };

  // Amber: "Ausschreibung" frozen in "Plan v2", then moved 14 days later.
  const mobility = await project(olgaApi, shared.id, {
    name: 'Vernetzte Mobilität',
    status: 'running',
    leadOrganisationId: olsberg.id,
    endDate: dayFromToday(300),
  });
  const tender = await milestone(mobility.id, 'Ausschreibung', 30);
  await created(await olgaApi.post(`/api/projects/${mobility.id}/baselines`, { data: { name: 'Plan v2' } }));
  const moved = await olgaApi.patch(`/api/milestones/${tender}`, { data: { date: dayFromToday(44) } });
  expect(moved.status(), await moved.text()).toBe(200);
  // Red: all three open tasks overdue; a milestone already reached.
  const health = await project(olgaApi, shared.id, {
    name: 'Smart Health',
    status: 'running',
    leadOrganisationId: brilon.id,
    endDate: dayFromToday(100),
  });
  for (const title of ['Bedarf erheben', 'Praxen befragen', 'Förderantrag']) {
    await created(
      await olgaApi.post(`/api/projects/${health.id}/tasks`, { data: { title, dueDate: dayFromToday(-3) } }),
    );
  }
  const analysis = await milestone(health.id, 'Bedarfsanalyse', -10);
  expect((await olgaApi.patch(`/api/milestones/${analysis}`, { data: { done: true } })).status()).toBe(200);
  // Green, half done.
  const portal = await project(olgaApi, shared.id, { name: 'Bürgerportal', status: 'running' });
  await created(await olgaApi.post(`/api/projects/${portal.id}/tasks`, { data: { title: 'Formulare sichten' } }));
  await created(
    await olgaApi.post(`/api/projects/${portal.id}/tasks`, { data: { title: 'Anbieter wählen', state: 'done' } }),
  );
  await milestone(portal.id, 'Go-live', 40);
  // Computed green, red by the lead's word; its milestone's date has passed.
  const work = await project(olgaApi, shared.id, { name: 'New Work', status: 'running' });
  await milestone(work.id, 'Mietvertrag', -5);
  const override = await olgaApi.put(`/api/projects/${work.id}/health-override`, {
    data: { level: 'red', reason: 'Die Räume sind noch nicht gemietet.' },
  });
  expect(override.status(), await override.text()).toBe(200);
  await project(olgaApi, shared.id, { name: 'Altes Projekt', status: 'done' });
  // Brilon's own, out of Olga's sight.
  await project(brunoApi, own.id, { name: 'Glasfaser', status: 'running' });

  const page = await (await browser.newContext()).newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(page, olga.email, olga.name);

  // From the alliance's page.
  await page.goto(`/alliances/${alliance.id}`);
  await page.getByRole('link', { name: 'Portfolio: alle Projekte des Verbunds' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Portfolio: 5 Projekte für ${allianceName}` }),
  ).toBeVisible();
  await expect(page.getByText('1 weiteres Projekt ohne Zugriff')).toBeVisible();
  const table = page.getByRole('table', { name: `Projekte im Portfolio von ${allianceName}` });
  const rows = table.locator('tbody tr');
  const names = () => rows.locator('th a').allTextContents();
  // Worst first: the reds by name, then amber, green, and the done project without a colour.
  await expect(rows).toHaveCount(5);
  expect(await names()).toEqual(['New Work', 'Smart Health', 'Vernetzte Mobilität', 'Bürgerportal', 'Altes Projekt']);

  // Every colour says why.
  const mobilityRow = rows.filter({ hasText: 'Vernetzte Mobilität' });
  await expect(mobilityRow).toContainText('Gelb – gefährdet');
  await expect(mobilityRow).toContainText(
    'Meilenstein „Ausschreibung“ 14 Tage später als in „Plan v2“ (Schwelle für Gelb: 7 Tage)',
  );
  await expect(mobilityRow).toContainText('Olsberg');
  await expect(mobilityRow).toContainText('noch kein Vergleich mit der Vorwoche');
  const workRow = rows.filter({ hasText: 'New Work' });
  await expect(workRow).toContainText('Rot – kritisch');
  await expect(workRow).toContainText('Die Räume sind noch nicht gemietet.');
  await expect(workRow).toContainText('Berechnet: Grün – im Plan');
  await expect(rows.filter({ hasText: 'Smart Health' })).toContainText(
    'Rot: 100 % der offenen Aufgaben sind überfällig (Schwelle für Rot: 30 %)',
  );
  await expect(rows.filter({ hasText: 'Bürgerportal' })).toContainText('1 von 2 Aufgaben erledigt (50 %)');
  await expect(rows.filter({ hasText: 'Bürgerportal' })).toContainText('Kein Signal erreicht eine Schwelle.');
  await expect(rows.filter({ hasText: 'Altes Projekt' })).toContainText('Keine Bewertung');

  // The weekly mail: where the server offers it, a checkbox that keeps its state.
  const subscription = await page.request.get(`/api/portfolio/subscription?alliance=${alliance.id}`);
  const mail = page.getByRole('checkbox', { name: 'Wöchentlich per Mail' });
  if (subscription.status() === 404) {
    await expect(mail).toHaveCount(0);
  } else {
    await expect(mail).not.toBeChecked();
    await mail.check();
    await expect(page.getByRole('status').filter({ hasText: 'jetzt wöchentlich per Mail' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Wöchentlich per Mail' })).toBeChecked();
    await page.getByRole('checkbox', { name: 'Wöchentlich per Mail' }).uncheck();
    await expect(page.getByRole('status').filter({ hasText: 'nicht mehr' })).toBeVisible();
  }

  await checkPage(page, 'portfolio');

  // Amber only: one project; the counts stay those of the whole portfolio, the exports follow the filter.
  await page.getByRole('button', { name: /Gelb – gefährdet/ }).click();
  await expect(page.getByRole('button', { name: /Gelb – gefährdet/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: '1 von 5 Projekten angezeigt' })).toBeVisible();
  expect(await names()).toEqual(['Vernetzte Mobilität']);
  expect(new URL(page.url()).searchParams.get('level')).toContain('amber');
  const csvLink = page.getByRole('link', { name: 'CSV herunterladen' });
  const csvHref = (await csvLink.getAttribute('href')) ?? '';
  expect(csvHref).toBe(`/api/portfolio.csv?alliance=${alliance.id}&level=amber`);
  const csv = await page.request.get(csvHref);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const csvText = await csv.text();
  expect(csvText).toContain('Vernetzte Mobilität');
  expect(csvText).not.toContain('Smart Health');
  const reportHref =
    (await page.getByRole('link', { name: /Statusbericht \(Drucken\/PDF\)/ }).getAttribute('href')) ?? '';
  expect(reportHref).toBe(`/api/portfolio/report?alliance=${alliance.id}&level=amber`);
  expect(await (await page.request.get(reportHref)).text()).toContain('Vernetzte Mobilität');
  // A bookmark of the filtered page shows the same.
  await page.reload();
  await expect(rows).toHaveCount(1);
  expect(await names()).toEqual(['Vernetzte Mobilität']);
  await page.getByRole('button', { name: /Alle Farben/ }).click();
  await expect(rows).toHaveCount(5);

  // By name.
  await page.getByLabel('Sortieren nach').selectOption({ label: 'Name' });
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(rows.first()).toContainText('Altes Projekt');
  expect(await names()).toEqual(['Altes Projekt', 'Bürgerportal', 'New Work', 'Smart Health', 'Vernetzte Mobilität']);
  expect(new URL(page.url()).searchParams.get('sort')).toBe('name');

  // The milestones: a row per project, reached by Tab, moved through with the arrow keys.
  const timeline = page.getByRole('list', { name: 'Meilensteine nach Projekt' });
  await expect(timeline.getByRole('link', { name: /^Ausschreibung: .*14 Tage später als im Basisplan/ })).toHaveCount(
    1,
  );
  await timeline.getByRole('link', { name: 'Bürgerportal', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(timeline.getByRole('link', { name: /^Go-live: .*ohne Basisplan, offen$/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(timeline.getByRole('link', { name: /^Mietvertrag: .*Termin überschritten$/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(timeline.getByRole('link', { name: /^Bedarfsanalyse: .*erreicht$/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const tenderLink = timeline.getByRole('link', { name: /^Ausschreibung: / });
  await expect(tenderLink).toBeFocused();
  await shot(page, 'portfolio-timeline-focus-1280');
  // Its words open within the page at 320 px too.
  await page.setViewportSize({ width: 320, height: 800 });
  await tenderLink.focus();
  await expect(tenderLink).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  // The focused milestone is ringed (KERN takes the ring off elements with a tabindex).
  expect(await tenderLink.evaluate((node) => getComputedStyle(node).outlineStyle)).toBe('solid');
  await shot(page, 'portfolio-timeline-focus-320');
  await page.setViewportSize({ width: 1280, height: 900 });
  // Only one milestone of the timeline is a Tab stop.
  await expect(timeline.locator('.timeline__milestone[tabindex="0"]')).toHaveCount(1);
  await page.getByText('Meilensteine als Tabelle').click();
  const milestoneTable = page.getByRole('table', { name: 'Meilensteine der Projekte nach Projekt und Termin' });
  await expect(milestoneTable.getByRole('row').filter({ hasText: 'Ausschreibung' })).toContainText(
    '14 Tage später als im Basisplan',
  );
  await checkPage(page, 'portfolio-by-name');

  // From the workspace's projects: the workspace's portfolio, without the count of others'.
  await page.goto(`/workspaces/${shared.id}/projects`);
  await page.getByRole('link', { name: 'Portfolio des Arbeitsraums' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Portfolio: 5 Projekte für ${shared.name}` })).toBeVisible();
  await expect(page.getByText(/ohne Zugriff/)).toHaveCount(0);
  // Live: three tasks of the portal fall overdue elsewhere, and its row turns red without a reload.
  const portalRow = page.getByRole('table').locator('tbody tr').filter({ hasText: 'Bürgerportal' });
  await expect(portalRow).toContainText('Grün – im Plan');
  for (const title of ['Hosting klären', 'Barrierefreiheit prüfen', 'Schulung planen']) {
    await created(
      await olgaApi.post(`/api/projects/${portal.id}/tasks`, { data: { title, dueDate: dayFromToday(-2) } }),
    );
  }
  await expect(portalRow).toContainText('Rot – kritisch');
  await expect(portalRow).toContainText('der offenen Aufgaben sind überfällig');
  // Where the server does not offer the weekly mail, its switch is left out, without an error.
  await page.route('**/api/portfolio/subscription?*', (route) =>
    route.fulfill({
      status: 404,
      contentType: 'application/problem+json',
      body: JSON.stringify({ type: '/problems/not-found', title: 'Not Found', status: 404 }),
    }),
  );
  await page.reload();
  await expect(portalRow).toContainText('Rot – kritisch');
  await expect(page.getByRole('checkbox', { name: 'Wöchentlich per Mail' })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.unroute('**/api/portfolio/subscription?*');
  // In English too.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Portfolio: 5 projects for ${shared.name}` })).toBeVisible();
  await expect(portalRow).toContainText('Red – critical');
  await expectAccessible(page, 'portfolio-en');
  await shot(page, 'portfolio-en-1280');
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Portfolio: 5 Projekte/ })).toBeVisible();

  // From the organisation's page, for its members.
  await page.goto(`/organisations/${olsberg.id}`);
  await page.getByRole('link', { name: 'Portfolio: alle Projekte der Organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Portfolio: 1 Projekt für / })).toBeVisible();
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(1);

  // Without a scope, the page says where portfolios are and offers the reader's own organisation's.
  await page.goto('/portfolio');
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
  await page.getByRole('link', { name: /^Portfolio von .*Olsberg.* öffnen$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Portfolio: 1 Projekt für / })).toBeVisible();

  // Someone outside the alliance finds nothing there; signed out, the page asks to sign in first.
  const outside = await (await browser.newContext()).newPage();
  await signInThroughUi(outside, otto.email, otto.name);
  await outside.goto(`/portfolio?alliance=${alliance.id}`);
  await expect(outside.getByRole('heading', { level: 1, name: 'Portfolio nicht gefunden' })).toBeVisible();
  await expect(outside.getByText('Vernetzte Mobilität')).toHaveCount(0);
  const signedOut = await (await browser.newContext()).newPage();
  await signedOut.goto(`/portfolio?alliance=${alliance.id}`);
  await expect(signedOut).toHaveURL(/\/sign-in/);
});
