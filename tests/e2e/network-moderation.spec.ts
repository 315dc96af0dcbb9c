import { platformAdminApi } from './admin.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { noSidewaysScroll, person } from './network-people.ts';
import { signInThroughUi } from './signin.ts';

// Mira (Seevetal) moderates a community that holds first posts. Nils (Brilon), new in it, asks; his
// question waits in Mira's queue until she lets it through. Rita (Soest) reports it from the question
// page at 320 px; Mira hides it from the queue, in English, with a reason. Every page is checked with
// axe, at 1280 and 320 px, in German and English.

test('a held first question is let through from the queue, reported by a reader and hidden with a reason', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const platform = await platformAdminApi();
  const mira = await person(platform, 'Mira Moderation', 'mira.moderation', 'Seevetal');
  const nils = await person(platform, 'Nils Neuling', 'nils.neuling', 'Brilon');
  const rita = await person(platform, 'Rita Leserin', 'rita.leserin', 'Soest');

  const name = `Streudienst ${Date.now().toString(36)}`;
  const created = await mira.api.post('/api/network/communities', {
    data: { name, description: 'Streugut, Touren und Geräte.', joinPolicy: 'open', approveFirstPosts: true },
  });
  expect(created.status(), await created.text()).toBe(201);
  const community = await created.json();
  for (const who of [nils, rita]) {
    const joined = await who.api.post(`/api/network/communities/${community.id}/join`, { data: {} });
    expect(joined.status(), await joined.text()).toBeLessThan(300);
  }
  const title = 'Wer hat Erfahrung mit Winterdienst-Tourenplanung?';
  const asked = await nils.api.post('/api/network/questions', {
    data: {
      title,
      body: 'Wir planen die Räumtouren neu und suchen Software-Erfahrungen.',
      communityId: community.id,
      tags: [],
    },
  });
  expect(asked.status(), await asked.text()).toBe(201);
  const question = await asked.json();
  expect(question.state).toBe('pending');

  // Mira's queue: the held question with its author and organisation.
  const m = await (await browser.newContext()).newPage();
  await m.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(m, mira.email, mira.name);
  await m.goto(`/network/moderation?community=${community.slug}`);
  await expect(m.getByRole('heading', { level: 1, name: `Moderation: ${name}` })).toBeVisible();
  const held = m.getByRole('listitem').filter({ has: m.getByRole('heading', { name: title }) });
  await expect(held).toContainText('Nils Neuling');
  await expect(m.getByText('Keine offenen Meldungen.')).toBeVisible();
  await shot(m, 'network-moderation-queue');
  await expectAccessible(m, 'network-moderation-queue');
  // Refusing asks for a reason; an empty one is refused in words. Escape closes the dialog.
  await held.getByRole('button', { name: `Ablehnen (${title})` }).click();
  const refuse = m.getByRole('dialog', { name: 'Frage ablehnen' });
  await expect(refuse).toBeVisible();
  await expect(refuse.getByLabel('Grund der Ablehnung')).toBeFocused();
  await refuse.getByRole('button', { name: 'Ablehnen' }).click();
  await expect(refuse.getByText('Bitte geben Sie einen Grund an.').first()).toBeVisible();
  await shot(m, 'network-moderation-refuse-dialog');
  await expectAccessible(m, 'network-moderation-refuse-dialog');
  await m.keyboard.press('Escape');
  await expect(refuse).toBeHidden();
  await held.getByRole('button', { name: `Freigeben (${title})` }).click();
  await expect(m.getByRole('status').filter({ hasText: 'Frage freigegeben.' })).toBeFocused();
  await expect(m.getByText('Kein Beitrag wartet auf Freigabe.')).toBeVisible();

  // Rita, at 320 px, reports the question from its page.
  const r = await (await browser.newContext()).newPage();
  await r.setViewportSize({ width: 320, height: 800 });
  await signInThroughUi(r, rita.email, rita.name);
  await r.goto(`/network/questions/${question.id}`);
  await expect(r.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await r.getByRole('button', { name: 'Melden (Frage)' }).click();
  const report = r.getByRole('dialog', { name: 'Frage melden' });
  await report.getByLabel('Warum melden Sie den Beitrag?').fill('Die Frage steht doppelt in der Fachgruppe.');
  await noSidewaysScroll(r);
  await shot(r, 'network-moderation-report-320');
  await expectAccessible(r, 'network-moderation-report-320');
  await report.getByRole('button', { name: 'Melden' }).click();
  await expect(r.getByRole('status').filter({ hasText: 'Frage gemeldet.' })).toBeFocused();
  await expect(r.getByRole('button', { name: 'Melden (Frage)' })).toHaveCount(0);
  await noSidewaysScroll(r);
  await shot(r, 'network-moderation-reported-320');
  await expectAccessible(r, 'network-moderation-reported-320');

  // Mira, in English, hides it from the queue with a reason.
  await m.getByRole('button', { name: 'English' }).click();
  await m.reload();
  await expect(m.getByRole('heading', { level: 1, name: `Moderation: ${name}` })).toBeVisible();
  const reported = m.getByRole('listitem').filter({ has: m.getByRole('heading', { name: title }) });
  await expect(reported).toContainText('Die Frage steht doppelt in der Fachgruppe.');
  await expect(reported).toContainText('Rita Leserin');
  await shot(m, 'network-moderation-reported-en');
  await expectAccessible(m, 'network-moderation-reported-en');
  await reported.getByRole('button', { name: `Hide (${title})` }).click();
  const hide = m.getByRole('dialog', { name: 'Hide question' });
  await hide.getByLabel('Reason for hiding').fill('Asked twice; see the older question.');
  await hide.getByRole('button', { name: 'Hide' }).click();
  await expect(m.getByRole('status').filter({ hasText: 'Question hidden.' })).toBeFocused();
  await expect(m.getByText('No open reports.')).toBeVisible();
  await shot(m, 'network-moderation-settled-en');
  await expectAccessible(m, 'network-moderation-settled-en');

  // Rita no longer finds the hidden question.
  expect((await rita.api.get(`/api/network/questions/${question.id}`)).status()).toBe(404);

  // At 320 px, English: the queue fits; on the question page Mira shows it again, by keyboard.
  await m.setViewportSize({ width: 320, height: 800 });
  await m.goto(`/network/moderation?community=${community.slug}`);
  await expect(m.getByText('No post is waiting for approval.')).toBeVisible();
  await noSidewaysScroll(m);
  await shot(m, 'network-moderation-queue-320-en');
  await expectAccessible(m, 'network-moderation-queue-320-en');
  await m.goto(`/network/questions/${question.id}`);
  const showAgain = m.getByRole('button', { name: 'Show again (Question)' });
  await showAgain.focus();
  await m.keyboard.press('Enter');
  const unhide = m.getByRole('dialog', { name: 'Show question again' });
  await expect(unhide.getByLabel('Reason')).toBeFocused();
  await m.keyboard.type('The older question was removed.');
  await noSidewaysScroll(m);
  await shot(m, 'network-moderation-unhide-320-en');
  await expectAccessible(m, 'network-moderation-unhide-320-en');
  await unhide.getByRole('button', { name: 'Show again' }).press('Enter');
  await expect(m.getByRole('status').filter({ hasText: 'Question shown again.' })).toBeFocused();
  await expect(m.getByRole('button', { name: 'Hide (Question)' })).toBeVisible();
  expect((await rita.api.get(`/api/network/questions/${question.id}`)).status()).toBe(200);
});
