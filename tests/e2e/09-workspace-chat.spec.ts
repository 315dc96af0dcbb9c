import type { Page } from '@playwright/test';
import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, linkMailedTo, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

/** The message list of the open channel, found by its name ("Nachrichten in #allgemein"). */
const messages = (page: Page, channel: string) => page.getByRole('list', { name: `Nachrichten in ${channel}` });
const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Arbeitsräume, Kanäle und Direktnachrichten' });

test('two people of two towns work together in a workspace chat, live', async ({ browser }) => {
  test.setTimeout(180_000);
  const platform = await platformAdminApi();
  const meschede = await findOrganisation(platform, 'Meschede');
  const brilon = await findOrganisation(platform, 'Brilon');
  const anna = { name: 'Anna Meschede', email: uniqueEmail('anna.meschede') };
  const bernd = { name: 'Bernd Brilon', email: uniqueEmail('bernd.brilon') };
  for (const [person, org] of [
    [anna, meschede],
    [bernd, brilon],
  ] as const) {
    const api = await registerVerifiedViaApi({ ...person, organisationId: org.id });
    const me = await (await api.get('/api/me')).json();
    await makeOrganisationAdmin(platform, org.id, me.id);
  }
  const workspaceName = `Breitband Sauerland ${Date.now().toString(36)}`;

  // Anna (Meschede) creates the workspace and becomes its owner; it opens on its default channel.
  const annaContext = await browser.newContext();
  const a = await annaContext.newPage();
  await signInThroughUi(a, anna.email, anna.name);
  await a.getByRole('link', { name: 'Arbeitsräume' }).first().click();
  await expect(a.getByRole('heading', { level: 1, name: 'Arbeitsräume' })).toBeVisible();
  await expectAccessible(a, 'workspaces');
  await shot(a, 'workspaces-1280');
  await a.getByLabel('Name des Arbeitsraums').fill(workspaceName);
  await a.getByLabel('Beschreibung').fill('Gemeinsamer Glasfaserausbau von Meschede und Brilon.');
  await a.getByRole('button', { name: 'Arbeitsraum anlegen' }).click();
  await expect(a.getByRole('heading', { level: 1, name: '#allgemein' })).toBeVisible();
  const workspaceUrl = a.url();
  await expectAccessible(a, 'workspace-chat-empty');

  // She invites Bernd (Brilon) as a guest by e-mail.
  await a.getByRole('link', { name: 'Mitglieder und Einstellungen' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Mitglieder und Einstellungen' })).toBeVisible();
  await a.getByLabel('E-Mail-Adresse').fill(bernd.email);
  await expect(a.getByLabel('Rolle', { exact: true }).first()).toHaveValue('guest');
  await a.getByRole('button', { name: 'Einladung senden' }).click();
  await expect(a.getByText(`Die Einladung an ${bernd.email} ist unterwegs.`)).toBeVisible();
  await expect(a.getByRole('main')).toContainText(bernd.email);
  await expectAccessible(a, 'workspace-members');
  await shot(a, 'workspace-members-1280');

  // Bernd follows the mailed link and accepts.
  const berndContext = await browser.newContext();
  const b = await berndContext.newPage();
  await signInThroughUi(b, bernd.email, bernd.name);
  const link = await linkMailedTo(bernd.email, '/workspaces/invitations/');
  await b.goto(new URL(link).pathname);
  await expect(b.getByRole('heading', { level: 1, name: workspaceName })).toBeVisible();
  await expect(b.getByRole('main')).toContainText('Anna Meschede lädt Sie in den Arbeitsraum');
  await expectAccessible(b, 'workspace-invitation');
  await shot(b, 'workspace-invitation-1280');
  await b.getByRole('button', { name: 'Einladung annehmen' }).click();
  // A guest sees only the channels they are added to: none yet.
  await expect(sidebar(b)).toContainText(workspaceName);
  await expect(sidebar(b)).toContainText('Keine Kanäle für Sie.');
  await expect(b.getByRole('main')).toContainText('Gäste lesen nur in Kanälen mit, in die sie aufgenommen werden.');

  // Anna adds her guest to #allgemein; his sidebar shows it without a reload.
  await a.goto(workspaceUrl);
  await expect(a.getByRole('heading', { level: 1, name: '#allgemein' })).toBeVisible();
  await a.getByRole('button', { name: 'Kanal bearbeiten' }).click();
  await a.getByRole('combobox', { name: /Person aus dem Arbeitsraum aufnehmen/ }).fill('Bern');
  await a.getByRole('option', { name: /Bernd Brilon/ }).click();
  await expect(a.getByText('Bernd Brilon liest jetzt in diesem Kanal mit.')).toBeVisible();
  await a.getByRole('button', { name: 'Kanal bearbeiten' }).click();
  await sidebar(b)
    .getByRole('link', { name: /allgemein/ })
    .click();
  await expect(b.getByRole('heading', { level: 1, name: '#allgemein' })).toBeVisible();

  // Anna posts; Bernd sees it arrive without reloading.
  await a.getByLabel('Nachricht an #allgemein').fill('Willkommen! Der **Förderantrag** ist eingereicht.');
  await a.getByLabel('Nachricht an #allgemein').press('Enter');
  await expect(messages(a, '#allgemein')).toContainText('Der Förderantrag ist eingereicht.');
  const posted = messages(b, '#allgemein').getByRole('listitem').filter({ hasText: 'Förderantrag' });
  await expect(posted).toBeVisible();
  await expect(posted).toContainText('Anna Meschede');
  await expect(posted.locator('.message__organisation')).toHaveText(meschede.name);
  await expect(posted.locator('strong')).toHaveText('Förderantrag');

  // Bernd answers in a thread; Anna's list shows the reply count change live.
  await posted.getByRole('button', { name: /^Antworten/ }).click();
  await expect(b.getByRole('heading', { level: 2, name: 'Thread' })).toBeVisible();
  await b.getByLabel('Antwort im Thread').fill('Danke, ich schicke die Trassenpläne.');
  await b.getByLabel('Antwort im Thread').press('Enter');
  await expect(b.getByRole('list', { name: 'Antworten im Thread' })).toContainText('Trassenpläne');
  await expectAccessible(b, 'workspace-thread');
  await shot(b, 'workspace-thread-1280');
  const annasCopy = messages(a, '#allgemein').getByRole('listitem').filter({ hasText: 'Förderantrag' });
  await expect(annasCopy).toContainText('1 Antwort');
  await expect(annasCopy).toContainText('zuletzt Bernd Brilon');

  // By keyboard alone: to the list, Enter opens the thread, Escape closes it.
  await a.keyboard.press('Alt+Shift+M');
  await expect(annasCopy).toBeFocused();
  await a.keyboard.press('Enter');
  await expect(a.getByRole('heading', { level: 2, name: 'Thread' })).toBeVisible();
  await expect(a.getByRole('list', { name: 'Antworten im Thread' })).toContainText('Trassenpläne');
  await expectAccessible(a, 'workspace-chat-thread');
  await shot(a, 'workspace-chat-1280');
  await a.keyboard.press('Escape');
  await expect(a.getByRole('heading', { level: 2, name: 'Thread' })).toHaveCount(0);
  await expect(annasCopy).toBeFocused();

  // Anna opens a closed channel without Bernd and stays there.
  await sidebar(a).getByRole('button', { name: 'Kanal anlegen' }).click();
  await a.getByLabel('Name des Kanals').fill('vertraulich');
  await a.getByLabel(/Geschlossener Kanal/).check();
  await sidebar(a).getByRole('button', { name: 'Kanal anlegen' }).last().click();
  await expect(a.getByRole('heading', { level: 1, name: '#vertraulich' })).toBeVisible();
  const closedUrl = new URL(a.url()).pathname;
  const bell = a.getByRole('link', { name: /^Benachrichtigungen/ });
  const before = Number(/(\d+) ungelesen/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1] ?? 0);

  // Bernd mentions Anna, chosen from the suggestions; her bell counts up and #allgemein shows the mention.
  const composer = b.getByLabel('Nachricht an #allgemein');
  await composer.fill('@Ann');
  await expect(b.getByRole('option', { name: /@Anna Meschede/ })).toBeVisible();
  await composer.press('Enter');
  await expect(composer).toHaveValue('@Anna Meschede ');
  await composer.pressSequentially('kannst du die Pläne prüfen?');
  await composer.press('Enter');
  await expect(messages(b, '#allgemein')).toContainText('kannst du die Pläne prüfen?');
  await expect(bell).toHaveAttribute('aria-label', `Benachrichtigungen, ${before + 1} ungelesen`);
  await expect(sidebar(a).getByRole('link', { name: /allgemein/ })).toContainText('1 Erwähnung');

  // The closed channel is not Bernd's: not in his sidebar, and its address says it does not exist.
  await expect(sidebar(b)).not.toContainText('vertraulich');
  await b.goto(closedUrl);
  await expect(b.getByRole('heading', { level: 1, name: 'Kanal nicht gefunden' })).toBeVisible();
  await expect(sidebar(b)).not.toContainText('vertraulich');

  // Narrow screens: one pane at a time, with a way back to the channels.
  await b.setViewportSize({ width: 320, height: 800 });
  await b.goto(workspaceUrl);
  await expect(b.getByRole('heading', { level: 1, name: '#allgemein' })).toBeVisible();
  await expect(messages(b, '#allgemein')).toBeVisible();
  await expect(sidebar(b)).toBeHidden();
  await expectAccessible(b, 'workspace-chat-320');
  await shot(b, 'workspace-chat-320');
  await b.getByRole('button', { name: 'Alle Kanäle' }).click();
  await expect(sidebar(b)).toBeVisible();
  await shot(b, 'workspace-sidebar-320');
  await sidebar(b)
    .getByRole('link', { name: /allgemein/ })
    .click();
  await expect(messages(b, '#allgemein')).toBeVisible();
  await messages(b, '#allgemein')
    .getByRole('listitem')
    .filter({ hasText: 'Förderantrag' })
    .getByRole('button', { name: /^1 Antwort/ })
    .click();
  await expect(b.getByRole('heading', { level: 2, name: 'Thread' })).toBeVisible();
  await expect(messages(b, '#allgemein')).toBeHidden();
  await shot(b, 'workspace-thread-320');
  await b.getByRole('button', { name: 'Zurück zum Kanal' }).click();
  await expect(messages(b, '#allgemein')).toBeVisible();

  await a.setViewportSize({ width: 320, height: 800 });
  await a.goto('/workspaces');
  await expectAccessible(a, 'workspaces-320');
  await shot(a, 'workspaces-320');

  await annaContext.close();
  await berndContext.close();
});
