import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { created, dayFromToday } from './project-steps.ts';
import { signInThroughUi } from './signin.ts';

// Anna plans the broadband tender on the project's timeline: a reached milestone and one 14 days behind
// its baseline, tasks done, in progress, blocked and overdue, one without dates, dependencies within
// the project drawn as arrows and one on another project's task named in words. She walks the rows
// with the arrow keys and opens a task with Enter; the page is checked with axe at 1280 and 320 px.

test('the timeline shows milestones, bars by state, dependencies and slips, and is walked by keyboard', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const platform = await platformAdminApi();
  const meschede = await findOrganisation(platform, 'Meschede');
  const anna = { name: 'Anna Zeitplan', email: uniqueEmail('anna.zeitplan') };
  const api = await registerVerifiedViaApi({ ...anna, organisationId: meschede.id });
  const annaId = (await (await api.get('/api/me')).json()).id as string;
  await makeOrganisationAdmin(platform, meschede.id, annaId);
  const workspace = await created<{ id: string }>(
    await api.post('/api/workspaces', {
      data: { name: `Breitband ${Date.now().toString(36)}`, ownerOrganisationId: meschede.id, visibility: 'members' },
    }),
  );
  const project = await created<{ id: string }>(
    await api.post(`/api/workspaces/${workspace.id}/projects`, {
      data: { name: 'Breitband Nord', status: 'running' },
    }),
  );
  const other = await created<{ id: string }>(
    await api.post(`/api/workspaces/${workspace.id}/projects`, { data: { name: 'Glasfaser Süd', status: 'running' } }),
  );

  type Detail = { milestones: Array<{ id: string; name: string }> };
  await created(
    await api.post(`/api/projects/${project.id}/milestones`, {
      data: { name: 'Planung abgeschlossen', date: dayFromToday(-10) },
    }),
  );
  const detail = await created<Detail>(
    await api.post(`/api/projects/${project.id}/milestones`, { data: { name: 'Vergabe', date: dayFromToday(30) } }),
  );
  const planning = detail.milestones.find((m) => m.name === 'Planung abgeschlossen')?.id as string;
  const tender = detail.milestones.find((m) => m.name === 'Vergabe')?.id as string;
  await created(await api.patch(`/api/milestones/${planning}`, { data: { done: true } }));
  await created(await api.post(`/api/projects/${project.id}/baselines`, { data: { name: 'Plan v1' } }));
  await created(await api.patch(`/api/milestones/${tender}`, { data: { date: dayFromToday(44) } }));

  const task = async (projectId: string, data: Record<string, unknown>) =>
    (await created<{ id: string }>(await api.post(`/api/projects/${projectId}/tasks`, { data }))).id;
  const survey = await task(project.id, {
    title: 'Bedarf erheben',
    startDate: dayFromToday(-40),
    dueDate: dayFromToday(-12),
    state: 'done',
    milestoneId: planning,
  });
  const specification = await task(project.id, {
    title: 'Leistungsverzeichnis schreiben',
    startDate: dayFromToday(-10),
    dueDate: dayFromToday(10),
    state: 'in_progress',
    milestoneId: tender,
  });
  await task(project.id, { title: 'Fördermittel beantragen', dueDate: dayFromToday(-3), milestoneId: tender });
  const publish = await task(project.id, {
    title: 'Ausschreibung veröffentlichen',
    startDate: dayFromToday(12),
    dueDate: dayFromToday(25),
    milestoneId: tender,
  });
  await task(project.id, {
    title: 'Leitungsauskunft einholen',
    startDate: dayFromToday(-5),
    dueDate: dayFromToday(5),
    state: 'blocked',
    blockedReason: 'Der Netzbetreiber antwortet erst nach der Sommerpause.',
  });
  await task(project.id, { title: 'Pressemitteilung vorbereiten' });
  const route = await task(other.id, { title: 'Trassenkonzept abstimmen', dueDate: dayFromToday(8) });
  const depends = async (id: string, on: string[]) => {
    const response = await api.put(`/api/tasks/${id}/dependencies`, { data: { dependsOn: on } });
    expect(response.status(), await response.text()).toBe(200);
  };
  await depends(specification, [survey]);
  await depends(publish, [specification, route]);

  const page = await (await browser.newContext()).newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(page, anna.email, anna.name);
  await page.goto(`/projects/${project.id}`);
  await page
    .getByRole('navigation', { name: 'Ansichten des Projekts' })
    .getByRole('link', { name: 'Zeitplan' })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Zeitplan' })).toBeVisible();
  await expect(page).toHaveTitle(/^Zeitplan – Breitband Nord/);

  // The rows: each milestone with its tasks by date, then the tasks without a milestone.
  const rows = page.getByRole('list', { name: 'Aufgaben und Meilensteine im Zeitplan' });
  await expect(rows.getByRole('listitem')).toHaveText([
    /^Meilenstein: Planung abgeschlossen/,
    /^Bedarf erheben/,
    /^Meilenstein: Vergabe/,
    /^Leistungsverzeichnis schreiben/,
    /^Fördermittel beantragen/,
    /^Ausschreibung veröffentlichen/,
    /^Ohne Meilenstein/,
    /^Leitungsauskunft einholen/,
    /^Pressemitteilung vorbereiten/,
  ]);
  const links = rows.getByRole('link');
  await expect(links).toHaveCount(6);
  await expect(rows.getByRole('listitem').nth(0)).toContainText('erreicht');
  await expect(rows.getByRole('listitem').nth(2)).toContainText('14 Tage später als im Basisplan');
  // Each row's name says its dates, state and what it waits for.
  await expect(links.nth(1)).toHaveAccessibleName(
    /^Leistungsverzeichnis schreiben, .+ bis .+, In Arbeit, hängt ab von „Bedarf erheben“$/,
  );
  await expect(links.nth(2)).toHaveAccessibleName(
    /^Fördermittel beantragen, fällig am .+, Zu erledigen, überfällig seit /,
  );
  await expect(links.nth(3)).toHaveAccessibleName(
    /hängt ab von „Leistungsverzeichnis schreiben“, „Trassenkonzept abstimmen“ \(Projekt Glasfaser Süd\)$/,
  );
  await expect(links.nth(5)).toHaveAccessibleName('Pressemitteilung vorbereiten, ohne Termin, Zu erledigen');

  // The drawing: arrows within the project, the other project's task in words, slip and overdue beside the marks.
  const chart = page.getByRole('region', { name: 'Zeitleiste der Aufgaben und Meilensteine' });
  await expect(chart.locator(`path.timeline-arrow[data-from="${survey}"][data-to="${specification}"]`)).toHaveCount(1);
  await expect(chart.locator(`path.timeline-arrow[data-from="${specification}"][data-to="${publish}"]`)).toHaveCount(1);
  await expect(chart.locator('path.timeline-arrow')).toHaveCount(2);
  await expect(chart.getByText('hängt ab von „Trassenkonzept abstimmen“ (Projekt Glasfaser Süd)')).toHaveCount(1);
  await expect(chart.getByText('14 Tage später als im Basisplan')).toHaveCount(1);
  await expect(chart.getByText(/^überfällig seit /)).toHaveCount(1);
  await expect(chart.getByText('Heute', { exact: true })).toHaveCount(1);
  await expect(chart.locator('.timeline-diamond--baseline')).toHaveCount(1);

  await expectAccessible(page, 'project-timeline');
  await shot(page, 'project-timeline-1280');

  // The table holds the same.
  await page.getByText('Zeitplan als Tabelle').click();
  const table = page.getByRole('table', { name: 'Aufgaben' });
  await expect(table.getByRole('row')).toHaveCount(7);
  await expect(table.getByRole('row', { name: /Ausschreibung veröffentlichen/ })).toContainText(
    '„Trassenkonzept abstimmen“ (Projekt Glasfaser Süd)',
  );
  await expect(page.getByRole('table', { name: 'Meilensteine' }).getByRole('row')).toHaveCount(3);
  await expectAccessible(page, 'project-timeline-table');

  // 320 px: the page does not scroll sideways, the drawing does within its region.
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page, 'project-timeline-320');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the timeline page scrolls sideways at 320 px').toBeLessThanOrEqual(0);
  expect(await chart.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await shot(page, 'project-timeline-320');
  await page.setViewportSize({ width: 1280, height: 900 });

  // Zoom: opened at the finest that shows the whole plan (four months: quarters); months show less and
  // scroll, years show two whole years; the choice is kept in the address.
  await expect(page.getByRole('button', { name: 'Quartal' })).toHaveAttribute('aria-pressed', 'true');
  const width = () => chart.locator('svg').evaluate((svg) => svg.getBoundingClientRect().width);
  const fitting = await width();
  await page.getByRole('button', { name: 'Monat' }).click();
  await expect(page).toHaveURL(/zoom=month/);
  await expect(page.getByRole('button', { name: 'Monat' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(width).toBeGreaterThan(fitting);
  await shot(page, 'project-timeline-month-1280');
  await page.getByRole('button', { name: 'Jahr' }).click();
  await expect(page).toHaveURL(/zoom=year/);
  await expect(chart.getByText('Q1', { exact: true })).toHaveCount(2);
  await shot(page, 'project-timeline-year-1280');

  // A task added meanwhile (here through the API, as by a colleague) appears without a reload.
  await task(project.id, { title: 'Bauabnahme', dueDate: dayFromToday(40) });
  await expect(links).toHaveCount(7);
  await expect(rows.getByRole('listitem').nth(8)).toHaveText(/^Bauabnahme/);

  // Keyboard: one tab stop among the rows, right after the zoom; the arrow keys move, Enter opens the task.
  await expect(rows.locator('a[tabindex="0"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Jahr' }).focus();
  await page.keyboard.press('Tab');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await expect(rows.locator('a[tabindex="0"]')).toHaveText(/Leistungsverzeichnis schreiben/);
  await page.keyboard.press('End');
  await expect(links.last()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(5)).toBeFocused();
  await expect(links.nth(5)).toHaveAccessibleName(/^Bauabnahme, fällig am /);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}/tasks/${specification}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Leistungsverzeichnis schreiben' })).toBeVisible();

  // In English.
  await page.goto(`/projects/${project.id}/timeline`);
  await page.evaluate(() => localStorage.setItem('allmende.language', 'en'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Timeline' })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Timeline of the tasks and milestones' })
      .getByText('14 days later than in the baseline'),
  ).toHaveCount(1);
  await expectAccessible(page, 'project-timeline-en');
  await shot(page, 'project-timeline-en-1280');
});
