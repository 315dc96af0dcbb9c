import { platformAdminApi } from './admin.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { noSidewaysScroll, person } from './network-people.ts';
import { signInThroughUi } from './signin.ts';

// Anke, Bauhof lead in Seevetal, asks her community about winter service routes: the similar-question
// box shows an older question as she types, nothing for her exact words. Bernd in Brilon answers;
// Anke accepts his answer. Every page is checked with axe, at 1280 and 320 px, in German and English.

test('a question asked with the similar-question box is answered by a colleague and accepted', async ({ browser }) => {
  test.setTimeout(240_000);
  const platform = await platformAdminApi();
  const anke = await person(platform, 'Anke Bauhof', 'anke.bauhof', 'Seevetal');
  const bernd = await person(platform, 'Bernd Räumdienst', 'bernd.raeumdienst', 'Brilon');

  const stamp = Date.now().toString(36);
  const name = `Bauhöfe ${stamp}`;
  const created = await anke.api.post('/api/network/communities', {
    data: { name, description: 'Bauhöfe im Austausch.', joinPolicy: 'open', approveFirstPosts: false },
  });
  expect(created.status(), await created.text()).toBe(201);
  const community = await created.json();
  const joined = await bernd.api.post(`/api/network/communities/${community.id}/join`, { data: {} });
  expect(joined.status(), await joined.text()).toBeLessThan(300);
  // An older question about gritting salt, which shares a word with the new one.
  const word = `Streusalz${stamp}`;
  const older = await bernd.api.post('/api/network/questions', {
    data: { title: `Wie lagert ihr ${word}?`, body: '', communityId: community.id, tags: [] },
  });
  expect(older.status(), await older.text()).toBe(201);

  // Anke asks at 1280 px; the similar-question box follows her typing.
  const a = await (await browser.newContext()).newPage();
  await a.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(a, anke.email, anke.name);
  await a.goto(`/network/questions/new?community=${community.id}`);
  await expect(a.getByRole('heading', { level: 1, name: 'Frage stellen' })).toBeVisible();
  await expect(a.getByRole('heading', { name: 'Ähnliche Fragen' })).toBeVisible();
  const titleField = a.getByLabel('Titel', { exact: true });
  await titleField.fill(`${word} für die Touren`);
  await expect(a.getByRole('link', { name: `Wie lagert ihr ${word}?` })).toBeVisible();
  const title = `Wer hat Erfahrung mit Winterdienst-Tourenplanung ${stamp}?`;
  await titleField.fill(title);
  await expect(a.getByText('Keine ähnlichen Fragen gefunden.')).toBeVisible();
  await expect(a.getByLabel('Wo fragen?')).toHaveValue(community.id);
  await a.getByLabel('Beschreibung').fill('Wir planen die Räumtouren neu. Welche **Software** nutzt ihr?');
  await a.getByLabel('Schlagwort', { exact: true }).fill('Winterdienst');
  await a.getByRole('button', { name: 'Schlagwort hinzufügen' }).click();
  await expect(a.getByText('Winterdienst', { exact: true })).toBeVisible();
  await shot(a, 'network-questions-ask');
  await expectAccessible(a, 'network-questions-ask');
  await a.getByRole('button', { name: 'Frage veröffentlichen' }).click();
  await expect(a.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(a.getByRole('button', { name: 'Sie folgen' })).toBeVisible();
  const questionId = a.url().split('/').pop() as string;

  // Bernd answers at 320 px, in English.
  const b = await (await browser.newContext()).newPage();
  await b.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(b, bernd.email, bernd.name);
  await b.getByRole('button', { name: 'English' }).click();
  await b.setViewportSize({ width: 320, height: 800 });
  await b.goto('/network/questions?filter=open');
  await expect(b.getByRole('heading', { level: 1, name: 'Questions and answers' })).toBeVisible();
  await b.getByRole('link', { name: title }).click();
  await expect(b.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await b.getByLabel('Answer', { exact: true }).fill('We plan routes with a GIS layer per vehicle; <b>ask me</b>.');
  await b.getByRole('button', { name: 'Post answer' }).click();
  await expect(b.getByRole('article', { name: 'Answer by Bernd Räumdienst' })).toContainText('<b>ask me</b>');
  await b.getByRole('button', { name: 'Helpful' }).first().click();
  await expect(b.locator('.nq-vote__score').first()).toHaveText(/^1/);
  await noSidewaysScroll(b);
  await shot(b, 'network-questions-answered-320-en');
  await expectAccessible(b, 'network-questions-answered-320-en');
  await b.goto('/network/questions');
  await noSidewaysScroll(b);
  await shot(b, 'network-questions-list-320-en');
  await expectAccessible(b, 'network-questions-list-320-en');

  // Anke accepts the answer; it shows first, with the wiki hand-over.
  await a.reload();
  const answer = a.getByRole('article', { name: 'Antwort von Bernd Räumdienst' });
  await answer.getByRole('button', { name: 'Als Lösung akzeptieren' }).click();
  await expect(answer.getByText('Akzeptierte Antwort')).toBeVisible();
  await expect(answer.getByRole('button', { name: 'Als Wiki-Seite übernehmen' })).toBeVisible();
  await shot(a, 'network-questions-accepted');
  await expectAccessible(a, 'network-questions-accepted');
  const notes = await (await bernd.api.get('/api/notifications')).json();
  expect(JSON.stringify(notes)).toContain('network-accepted');

  // The lists at 1280 px, German: the question left "open"; at 320 px it fits.
  await a.goto('/network/questions?filter=open');
  await expect(a.getByRole('link', { name: title })).toHaveCount(0);
  await a.goto('/network/questions?filter=mine');
  await expect(a.getByRole('link', { name: title })).toBeVisible();
  await shot(a, 'network-questions-mine');
  await expectAccessible(a, 'network-questions-mine');
  await a.setViewportSize({ width: 320, height: 800 });
  await a.goto(`/network/questions/${questionId}`);
  await expect(a.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await noSidewaysScroll(a);
  await shot(a, 'network-questions-question-320');
  await expectAccessible(a, 'network-questions-question-320');
});
