import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { checkPage, created, dayFromToday } from './project-steps.ts';
import { signInThroughUi } from './signin.ts';

// Anna (Meschede) owns a workspace. She starts a project through the forms, adds a milestone and
// tasks, moves a card on the board with the keyboard alone, marks one blocked with its reason, and
// Bernd, looking at the same board, sees both moves arrive. A second project's milestone slipped 14
// days against its baseline: it shows "Gelb" with that reason in words, in the list and on its page.

const column = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });

test('an owner plans a project, moves cards by keyboard, blocks one with a reason, and reads a slip in words', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const platform = await platformAdminApi();
  const meschede = await findOrganisation(platform, 'Meschede');
  const anna = { name: 'Anna Amtsleitung', email: uniqueEmail('anna.projekte') };
  const bernd = { name: 'Bernd Bauamt', email: uniqueEmail('bernd.projekte') };
  const annaApi = await registerVerifiedViaApi({ ...anna, organisationId: meschede.id });
  const annaId = (await (await annaApi.get('/api/me')).json()).id as string;
  await makeOrganisationAdmin(platform, meschede.id, annaId);
  const berndApi = await registerVerifiedViaApi(bernd);
  const berndId = (await (await berndApi.get('/api/me')).json()).id as string;
  const workspace = await created<{ id: string }>(
    await annaApi.post('/api/workspaces', {
      data: {
        name: `Digitale Region ${Date.now().toString(36)}`,
        ownerOrganisationId: meschede.id,
        visibility: 'members',
      },
    }),
  );
  await created(
    await annaApi.post(`/api/workspaces/${workspace.id}/members`, { data: { personId: berndId, role: 'member' } }),
  );

  // A second project, set up through the API: its milestone "Ausschreibung" is frozen in "Plan v2",
  // then moved 14 days later.
  const slipped = await created<{ id: string }>(
    await annaApi.post(`/api/workspaces/${workspace.id}/projects`, {
      data: { name: 'Digitales Bürgeramt', goal: 'Anträge online stellen.', status: 'running' },
    }),
  );
  const withMilestone = await created<{ milestones: Array<{ id: string; name: string }> }>(
    await annaApi.post(`/api/projects/${slipped.id}/milestones`, {
      data: { name: 'Ausschreibung', date: dayFromToday(30) },
    }),
  );
  const tender = withMilestone.milestones.find((m) => m.name === 'Ausschreibung');
  await created(await annaApi.post(`/api/projects/${slipped.id}/baselines`, { data: { name: 'Plan v2' } }));
  const moved = await annaApi.patch(`/api/milestones/${tender?.id}`, { data: { date: dayFromToday(44) } });
  expect(moved.status(), await moved.text()).toBe(200);

  const page = await (await browser.newContext()).newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(page, anna.email, anna.name);

  // The workspace's projects: reached from the workspace; the slipped project is amber, with its reason in words.
  await page.goto(`/workspaces/${workspace.id}`);
  await page.getByRole('link', { name: 'Projekte', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projekte' })).toBeVisible();
  const slippedCard = page.getByRole('article', { name: 'Digitales Bürgeramt' });
  await expect(slippedCard).toContainText('Gelb – gefährdet');
  await expect(slippedCard).toContainText(
    'Meilenstein „Ausschreibung“ 14 Tage später als in „Plan v2“ (Schwelle für Gelb: 7 Tage)',
  );
  await expect(slippedCard).toContainText('Ausschreibung');

  // Anna starts a project through the form; a missing name is named first.
  await page.getByRole('button', { name: 'Projekt starten' }).click();
  await expect(page.getByRole('link', { name: 'Bitte geben Sie dem Projekt einen Namen.' })).toBeVisible();
  await page.getByLabel('Name des Projekts').fill('Glasfaser für die Gewerbegebiete');
  await page.getByLabel(/^Ziel/).fill('Alle Gewerbegebiete sind bis Ende 2027 mit Glasfaser erschlossen.');
  await page.getByLabel(/^Beginn/).fill(dayFromToday(-7));
  await page.getByLabel(/^Ende/).fill(dayFromToday(300));
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Läuft' });
  await page.getByRole('button', { name: 'Projekt starten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glasfaser für die Gewerbegebiete' })).toBeVisible();
  const projectUrl = new URL(page.url()).pathname;
  const projectId = projectUrl.split('/').pop() as string;
  await expect(page.getByText('Anna Amtsleitung').first()).toBeVisible();

  // A milestone through the form.
  await page.getByLabel('Name des Meilensteins').fill('Markterkundung abgeschlossen');
  await page.getByLabel('Termin', { exact: true }).fill(dayFromToday(60));
  await page.getByRole('button', { name: 'Meilenstein hinzufügen' }).click();
  await expect(page.getByText('Der Meilenstein „Markterkundung abgeschlossen“ ist angelegt.')).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Markterkundung abgeschlossen' })).toContainText(
    'noch keine Aufgaben zugeordnet',
  );

  // One task through the board's form, two more through the API.
  await page.getByRole('navigation', { name: 'Ansichten des Projekts' }).getByRole('link', { name: 'Board' }).click();
  await page.getByText('Neue Aufgabe').click();
  await page.getByLabel('Titel der Aufgabe').fill('Trassenplanung beauftragen');
  await page.getByRole('button', { name: 'Aufgabe anlegen' }).click();
  await expect(page.getByText('„Trassenplanung beauftragen“ steht jetzt unten in „Zu erledigen“.')).toBeVisible();
  await created(
    await annaApi.post(`/api/projects/${projectId}/tasks`, {
      data: { title: 'Fördermittel beantragen', priority: 'urgent', dueDate: dayFromToday(-2), assigneeIds: [annaId] },
    }),
  );
  await created(
    await annaApi.post(`/api/projects/${projectId}/tasks`, {
      data: { title: 'Leitungsauskunft einholen', dueDate: dayFromToday(20), labels: ['Tiefbau'] },
    }),
  );
  await page.reload();
  const todo = column(page, 'Zu erledigen');
  await expect(todo.getByRole('article')).toHaveCount(3);
  await expect(todo.getByRole('article', { name: 'Fördermittel beantragen' })).toContainText('überfällig seit');

  // Bernd looks at the same board.
  const bPage = await (await browser.newContext()).newPage();
  await bPage.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(bPage, bernd.email, bernd.name);
  await bPage.goto(`/projects/${projectId}/board`);
  await expect(column(bPage, 'Zu erledigen').getByRole('article')).toHaveCount(3);

  // Keyboard only: "Verschieben", the column by arrow key, the place, Enter.
  await page.getByRole('button', { name: 'Verschieben (Trassenplanung beauftragen)' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '„Trassenplanung beauftragen“ verschieben' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /Zu erledigen/ })).toBeFocused();
  await expectAccessible(page, 'projects-move-dialog');
  await shot(page, 'projects-move-dialog-1280');
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: 'In Arbeit' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Stelle in der Spalte')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const inProgress = column(page, 'In Arbeit');
  await expect(inProgress.getByRole('article', { name: 'Trassenplanung beauftragen' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: '„Trassenplanung beauftragen“ ist jetzt in „In Arbeit“' }),
  ).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Verschieben (Trassenplanung beauftragen)' })).toBeFocused();
  // Bernd's board follows without a reload.
  await expect(column(bPage, 'In Arbeit').getByRole('article', { name: 'Trassenplanung beauftragen' })).toBeVisible();

  // "Blockiert" needs a reason.
  await page.getByRole('button', { name: 'Verschieben (Leitungsauskunft einholen)' }).focus();
  await page.keyboard.press('Enter');
  const blockDialog = page.getByRole('dialog', { name: '„Leitungsauskunft einholen“ verschieben' });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(blockDialog.getByRole('radio', { name: 'Blockiert' })).toBeChecked();
  await blockDialog.getByRole('button', { name: 'Verschieben' }).press('Enter');
  await expect(blockDialog.getByText('Bitte sagen Sie, warum die Aufgabe blockiert ist.')).toBeVisible();
  await expect(blockDialog.getByLabel('Warum ist die Aufgabe blockiert?')).toBeFocused();
  await page.keyboard.type('Der Netzbetreiber antwortet erst nach der Sommerpause.');
  await blockDialog.getByRole('button', { name: 'Verschieben' }).press('Enter');
  await expect(blockDialog).toBeHidden();
  const blocked = column(page, 'Blockiert').getByRole('article', { name: 'Leitungsauskunft einholen' });
  await expect(blocked).toContainText('Blockiert, weil: Der Netzbetreiber antwortet erst nach der Sommerpause.');
  await expect(column(bPage, 'Blockiert').getByRole('article', { name: 'Leitungsauskunft einholen' })).toContainText(
    'Der Netzbetreiber antwortet erst nach der Sommerpause.',
  );
  await checkPage(page, 'projects-board');

  // With the mouse: a card dragged onto "Erledigt" lands there, for Bernd too.
  await column(page, 'In Arbeit')
    .getByRole('article', { name: 'Trassenplanung beauftragen' })
    .dragTo(column(page, 'Erledigt'));
  await expect(column(page, 'Erledigt').getByRole('article', { name: 'Trassenplanung beauftragen' })).toBeVisible();
  await expect(column(bPage, 'Erledigt').getByRole('article', { name: 'Trassenplanung beauftragen' })).toBeVisible();

  // The list: filtered to blocked tasks, then sorted by priority.
  await page.getByRole('navigation', { name: 'Ansichten des Projekts' }).getByRole('link', { name: 'Liste' }).click();
  await expect(page.getByRole('status').filter({ hasText: '3 Aufgaben' })).toBeVisible();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Blockiert' });
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 Aufgabe' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Leitungsauskunft einholen');
  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await page.getByLabel('Sortieren nach').selectOption({ label: 'Priorität' });
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page.getByRole('row').nth(1)).toContainText('Fördermittel beantragen');
  await checkPage(page, 'projects-list');

  // One task: waiting for another that already waits for it is refused, with the cycle named.
  const tasks = (await (await annaApi.get(`/api/projects/${projectId}/tasks`)).json()).tasks as Array<{
    id: string;
    title: string;
  }>;
  const idOf = (title: string) => tasks.find((task) => task.title === title)?.id;
  const wait = await annaApi.put(`/api/tasks/${idOf('Trassenplanung beauftragen')}/dependencies`, {
    data: { dependsOn: [idOf('Fördermittel beantragen')] },
  });
  expect(wait.status(), await wait.text()).toBe(200);
  await page.getByRole('link', { name: 'Fördermittel beantragen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fördermittel beantragen' })).toBeVisible();
  await page.getByRole('combobox', { name: /Aufgabe, die vorher fertig sein muss/ }).fill('Trassen');
  await page.getByRole('option', { name: 'Trassenplanung beauftragen' }).click();
  await page.getByRole('button', { name: 'Abhängigkeit hinzufügen' }).click();
  await expect(
    page.getByRole('link', {
      name: /würde einen Kreis schließen: „Fördermittel beantragen“ → „Trassenplanung beauftragen“ → „Fördermittel beantragen“/,
    }),
  ).toBeVisible();
  await page.getByLabel('Kommentar', { exact: true }).fill('Bitte mit @Bern');
  await page.getByRole('button', { name: 'Bernd Bauamt erwähnen' }).click();
  await page.keyboard.type('abstimmen.');
  await page.getByRole('button', { name: 'Kommentar senden' }).click();
  await expect(page.locator('.task-comment__body .mention')).toHaveText('@Bernd Bauamt');

  // Files: one through the picker, one dropped; the first downloads with its bytes, Bernd's board
  // counts them live, and the second is removed from the keyboard after the question.
  const plan = Buffer.from('%PDF-1.4\n% Trassenplan Gewerbegebiet Nord\n');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Dateien auswählen' }).click(),
  ]);
  await chooser.setFiles({ name: 'Trassenplan Süd.pdf', mimeType: 'application/pdf', buffer: plan });
  await expect(page.getByRole('status').filter({ hasText: '„Trassenplan Süd.pdf“ ist angehängt.' })).toBeVisible();
  const dropped = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Protokoll vom Ortstermin'], 'Protokoll Ortstermin.txt', { type: 'text/plain' }));
    return transfer;
  });
  const dropZone = page.getByRole('region', { name: 'Dateien anhängen' });
  await dropZone.dispatchEvent('dragover', { dataTransfer: dropped });
  await dropZone.dispatchEvent('drop', { dataTransfer: dropped });
  await expect(page.getByRole('heading', { level: 2, name: 'Anhänge (2)' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Trassenplan Süd.pdf' })).toContainText(
    'von Anna Amtsleitung',
  );
  await expect(column(bPage, 'Zu erledigen').getByRole('article', { name: 'Fördermittel beantragen' })).toContainText(
    '2 Anhänge',
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Trassenplan Süd.pdf (herunterladen)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Trassenplan Süd.pdf');
  expect((await readFile(await download.path())).equals(plan)).toBe(true);
  await page.getByRole('button', { name: 'Entfernen (Protokoll Ortstermin.txt)' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('„Protokoll Ortstermin.txt“ wirklich entfernen?')).toBeVisible();
  await expectAccessible(page, 'projects-task-attachment-remove');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '„Protokoll Ortstermin.txt“ ist entfernt.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dateien auswählen' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Anhänge (1)' })).toBeVisible();
  await expect(column(bPage, 'Zu erledigen').getByRole('article', { name: 'Fördermittel beantragen' })).toContainText(
    '1 Anhang',
  );
  await checkPage(page, 'projects-task');

  // Meine Aufgaben, from the navigation.
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Meine Aufgaben' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Aufgaben' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Fördermittel beantragen');
  await expect(page.getByRole('table')).toContainText('Glasfaser für die Gewerbegebiete');
  await checkPage(page, 'projects-my-tasks');

  // The slipped project's page: amber with every reason in words; Anna overrides it with a reason.
  await page.goto(`/projects/${slipped.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Digitales Bürgeramt' })).toBeVisible();
  const health = page.getByRole('heading', { level: 2, name: 'Projektzustand' }).locator('xpath=ancestor::section[1]');
  await expect(health).toContainText('Gelb – gefährdet');
  await expect(health).toContainText('Meilenstein „Ausschreibung“ 14 Tage später als in „Plan v2“');
  await expect(page.getByRole('listitem', { name: 'Ausschreibung' })).toContainText('14 Tage später als im Basisplan');
  await page.getByLabel('Farbe', { exact: true }).selectOption({ label: 'Rot – kritisch' });
  await page.getByLabel('Begründung').fill('Der Kreistag hat die Vergabe auf März vertagt.');
  await page.getByRole('button', { name: 'Farbe festlegen' }).click();
  await expect(page.getByText('Die Farbe ist festgelegt.')).toBeVisible();
  await expect(health).toContainText('Von der Projektleitung festgelegt');
  await expect(health).toContainText('Begründung: Der Kreistag hat die Vergabe auf März vertagt.');
  await expect(health).toContainText('Berechnet aus den Signalen');
  await checkPage(page, 'projects-health');

  // Back in the list, the workspace's projects with their colours.
  await page.getByRole('link', { name: /^Alle Projekte von/ }).click();
  await expect(page.getByRole('article', { name: 'Digitales Bürgeramt' })).toContainText('Rot – kritisch');
  await expect(page.getByRole('article', { name: 'Digitales Bürgeramt' })).toContainText('berechnet: Gelb – gefährdet');
  await checkPage(page, 'projects-workspace');

  // The same in English: the reason is worded anew, not translated from a sentence the server wrote.
  await page.getByRole('button', { name: 'English' }).first().click();
  const inEnglish = page.getByRole('article', { name: 'Digitales Bürgeramt' });
  await expect(inEnglish).toContainText('Red – critical');
  await expect(inEnglish).toContainText('computed: Amber – at risk');
  await expect(inEnglish).toContainText(
    'Milestone “Ausschreibung” 14 days later than in “Plan v2” (threshold for Amber: 7 days)',
  );
  await expectAccessible(page, 'projects-workspace-en');
  await shot(page, 'projects-workspace-en-1280');
});
