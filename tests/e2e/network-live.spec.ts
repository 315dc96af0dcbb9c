import type { Page } from '@playwright/test';
import { platformAdminApi } from './admin.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { noSidewaysScroll, person } from './network-people.ts';
import { signInThroughUi } from './signin.ts';

// Two people with their own browsers on the same question and wiki page. Lena (Seevetal) is writing an
// answer when Jonas (Brilon) posts his: it appears on her page without a reload, the polite region says
// whose it is, and her draft stays. Jonas sees the accepted mark arrive. Then Jonas, editing a wiki page
// at 320 px, is told that Lena saved a newer version before he saves; Lena, reading it, is told of his.

/** Marks the document, so that a later check finds out whether the page was loaded again meanwhile. */
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { liveMark: true }));
const stillSameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { liveMark?: boolean }).liveMark === true);

test('answers, acceptance and wiki edits of others arrive on open pages without a reload', async ({ browser }) => {
  test.setTimeout(240_000);
  const platform = await platformAdminApi();
  const lena = await person(platform, 'Lena Livewerk', 'lena.livewerk', 'Seevetal');
  const jonas = await person(platform, 'Jonas Gleichzeit', 'jonas.gleichzeit', 'Brilon');

  const stamp = Date.now().toString(36);
  const created = await lena.api.post('/api/network/communities', {
    data: { name: `Bauhöfe live ${stamp}`, description: 'Bauhöfe im Austausch.', joinPolicy: 'request' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const community = await created.json();
  const asked = await jonas.api.post(`/api/network/communities/${community.id}/join`, { data: { note: 'Bauhof' } });
  expect(asked.status(), await asked.text()).toBeLessThan(300);
  const me = await (await jonas.api.get('/api/me')).json();
  const accepted = await lena.api.post(`/api/network/communities/${community.id}/requests/${me.id}/accept`, {
    data: {},
  });
  expect(accepted.status(), await accepted.text()).toBeLessThan(300);
  const title = `Streupläne gleichzeitig ${stamp}?`;
  const question = await lena.api.post('/api/network/questions', {
    data: { title, body: 'Wer teilt seinen Streuplan?', communityId: community.id, tags: [] },
  });
  expect(question.status(), await question.text()).toBe(201);
  const questionId = (await question.json()).id as string;

  // Both open the question; Lena starts an answer of her own.
  const a = await (await browser.newContext()).newPage();
  await a.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(a, lena.email, lena.name);
  await a.goto(`/network/questions/${questionId}`);
  await expect(a.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(a.getByRole('heading', { level: 2, name: '0 Antworten' })).toBeVisible();
  await markDocument(a);
  const draft = 'Unser Plan liegt im Wiki, ich suche den Link';
  await a.getByLabel('Antwort', { exact: true }).fill(draft);

  const b = await (await browser.newContext()).newPage();
  await b.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(b, jonas.email, jonas.name);
  await b.goto(`/network/questions/${questionId}`);
  await expect(b.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await markDocument(b);
  await b.getByLabel('Antwort', { exact: true }).fill('Wir teilen die Touren nach Straßenklassen auf.');
  await b.getByRole('button', { name: 'Antwort veröffentlichen' }).click();
  await expect(b.getByRole('article', { name: 'Antwort von Jonas Gleichzeit' })).toBeVisible();

  // Lena's page shows it in place, says whose it is, and keeps what she was typing.
  const jonasAnswer = a.getByRole('article', { name: 'Antwort von Jonas Gleichzeit' });
  await expect(jonasAnswer).toContainText('Straßenklassen');
  await expect(a.getByRole('heading', { level: 2, name: '1 Antwort' })).toBeVisible();
  await expect(a.getByRole('status', { name: 'Neuigkeiten' })).toContainText('Neue Antwort von Jonas Gleichzeit');
  await expect(a.getByLabel('Antwort', { exact: true })).toHaveValue(draft);
  expect(await stillSameDocument(a)).toBe(true);
  await shot(a, 'network-live-answer-arrived');
  await expectAccessible(a, 'network-live-answer-arrived');

  // Lena accepts it; on Jonas's page the mark arrives and the acceptance is said.
  await jonasAnswer.getByRole('button', { name: 'Als Lösung akzeptieren' }).click();
  await expect(jonasAnswer.getByText('Akzeptierte Antwort')).toBeVisible();
  const own = b.getByRole('article', { name: 'Antwort von Jonas Gleichzeit' });
  await expect(own.getByText('Akzeptierte Antwort')).toBeVisible();
  await expect(b.getByRole('status', { name: 'Neuigkeiten' })).toContainText(
    'Lena Livewerk hat eine Antwort als Lösung akzeptiert',
  );
  expect(await stillSameDocument(b)).toBe(true);
  await b.setViewportSize({ width: 320, height: 800 });
  await noSidewaysScroll(b);
  await shot(b, 'network-live-accepted-320');
  await expectAccessible(b, 'network-live-accepted-320');

  // The wiki: Jonas edits a page at 320 px while Lena saves a newer version.
  const pageTitle = `Streuplan ${stamp}`;
  const wiki = await lena.api.post('/api/network/wiki/pages', {
    data: { community: community.id, title: pageTitle, bodyHtml: '<p>Touren nach Straßenklassen.</p>' },
  });
  expect(wiki.status(), await wiki.text()).toBe(201);
  const pageId = (await wiki.json()).id as string;
  await b.goto(`/network/wiki/${pageId}/edit`);
  await expect(b.getByRole('heading', { level: 1, name: `„${pageTitle}“ bearbeiten` })).toBeVisible();
  await markDocument(b);
  await a.goto(`/network/wiki/${pageId}/edit`);
  const editorA = a.getByRole('textbox', { name: /^Text/ });
  await editorA.locator('p').last().click();
  await a.keyboard.press('End');
  await a.keyboard.type(' Streugut: Sole.');
  await a.getByRole('button', { name: 'Speichern' }).click();
  await expect(a.getByRole('heading', { level: 1, name: pageTitle })).toBeVisible();
  await markDocument(a);

  const notice = b.getByRole('status').filter({ hasText: 'Diese Seite wurde von Lena Livewerk geändert' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Sie bearbeiten Version 1; Lena Livewerk hat inzwischen Version 2 gespeichert.');
  await expect(notice.getByRole('link', { name: 'Versionen vergleichen (neues Fenster)' })).toBeVisible();
  expect(await stillSameDocument(b)).toBe(true);
  await noSidewaysScroll(b);
  await shot(b, 'network-live-wiki-edit-notice-320');
  await expectAccessible(b, 'network-live-wiki-edit-notice-320');
  await notice.getByRole('button', { name: 'Neu laden, eigene Änderungen verwerfen' }).click();
  await expect(b.getByText('Diese Seite wurde von Lena Livewerk geändert')).toHaveCount(0);
  await expect(b.getByRole('textbox', { name: /^Text/ })).toContainText('Streugut: Sole.');
  await expect(b.getByRole('heading', { level: 1, name: `„${pageTitle}“ bearbeiten` })).toBeFocused();

  // Jonas saves on top of the newest version; Lena, reading the page, is told and reloads it.
  await b.getByRole('textbox', { name: /^Text/ }).locator('p').last().click();
  await b.keyboard.press('End');
  await b.keyboard.type(' Ab minus drei Grad.');
  await b.getByRole('button', { name: 'Speichern' }).click();
  await expect(b.getByRole('heading', { level: 1, name: pageTitle })).toBeVisible();
  await expect(b.getByText('Ab minus drei Grad.')).toBeVisible();

  const readerNotice = a.getByRole('status').filter({ hasText: 'Diese Seite wurde von Jonas Gleichzeit geändert' });
  await expect(readerNotice).toBeVisible();
  await expect(a.getByText('Ab minus drei Grad.')).toHaveCount(0);
  expect(await stillSameDocument(a)).toBe(true);
  await shot(a, 'network-live-wiki-view-notice');
  await expectAccessible(a, 'network-live-wiki-view-notice');
  await readerNotice.getByRole('button', { name: 'Neu laden' }).click();
  await expect(a.getByText('Ab minus drei Grad.')).toBeVisible();
  await expect(a.getByText('Diese Seite wurde von Jonas Gleichzeit geändert')).toHaveCount(0);
  expect(await stillSameDocument(a)).toBe(true);

  // In English, at 320 px, the reader's notice reads as such.
  await b.setViewportSize({ width: 1280, height: 900 });
  await b.getByRole('button', { name: 'English' }).click();
  await b.setViewportSize({ width: 320, height: 800 });
  await a.goto(`/network/wiki/${pageId}/edit`);
  await a.getByRole('textbox', { name: /^Text/ }).locator('p').last().click();
  await a.keyboard.press('End');
  await a.keyboard.type(' Nachts zwei Touren.');
  await a.getByRole('button', { name: 'Speichern' }).click();
  await expect(a.getByRole('heading', { level: 1, name: pageTitle })).toBeVisible();
  const englishNotice = b.getByRole('status').filter({ hasText: 'This page was changed by Lena Livewerk' });
  await expect(englishNotice.getByRole('button', { name: 'Reload' })).toBeVisible();
  await noSidewaysScroll(b);
  await shot(b, 'network-live-wiki-view-notice-320-en');
  await expectAccessible(b, 'network-live-wiki-view-notice-320-en');
});
