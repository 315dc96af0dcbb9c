import type { APIRequestContext, Page } from '@playwright/test';
import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

// One search for everything: "Feuerwehr" from the header finds the atlas record, the organisation,
// the alliance, the workspace, the message about the "Feuerwehrhaus" and a person, each under its own
// heading for a member; a signed-out reader finds only what is public.

const GROUP_HEADINGS = {
  atlas: /^Kooperationsatlas \(/,
  organisations: /^Organisationen \(/,
  alliances: /^Verbünde \(/,
  workspaces: /^Arbeitsräume \(/,
  messages: /^Nachrichten \(/,
  people: /^Personen \(/,
};

// biome-ignore lint/suspicious/noExplicitAny: answers of the API, read by their known fields
async function ok(response: Awaited<ReturnType<APIRequestContext['get']>>, status = 200): Promise<any> {
  expect(response.status(), await response.text()).toBe(status);
  return response.status() === 204 ? null : response.json();
}

/** Everything the search should find, prepared through the API as its people would. */
async function prepare() {
  const platform = await platformAdminApi();
  const seevetal = await findOrganisation(platform, 'Seevetal');
  const anna = { name: 'Anna Brandt', email: uniqueEmail('anna.brandt') };
  const annaApi = await registerVerifiedViaApi({ ...anna, organisationId: seevetal.id });
  const annaId = (await ok(await annaApi.get('/api/me'))).id;
  await makeOrganisationAdmin(platform, seevetal.id, annaId);
  // A colleague whose surname the search also finds among people.
  const ole = { name: 'Ole Feuerwehr', email: uniqueEmail('ole.feuerwehr') };
  const oleApi = await registerVerifiedViaApi({ ...ole, organisationId: seevetal.id });
  await makeOrganisationAdmin(platform, seevetal.id, (await ok(await oleApi.get('/api/me'))).id);

  // A published atlas record of Seevetal.
  const record = await ok(
    await annaApi.post('/api/atlas/cooperations', {
      data: {
        title: 'Gemeinsame Feuerwehr-Ausbildung in der Nordheide',
        summary: 'Die Freiwilligen Feuerwehren bilden ihre Atemschutzgeräteträger gemeinsam aus.',
        sector: '03',
        fields: ['feuerwehr'],
        keywords: ['Atemschutz'],
        partnerIds: [seevetal.id],
        externalPartners: [],
        contacts: [],
        startYear: 2019,
        status: 'laufend',
        legalForm: 'zweckvereinbarung',
        awards: [],
        funding: [],
        description: '<p>Ein Übungshaus, ein Ausbildungsplan, drei Gemeinden.</p>',
        currentStatus: '',
        lessonsLearned: '',
        furtherInformation: '',
        transferable: true,
        transferRequirements: '',
      },
    }),
    201,
  );
  await ok(await platform.post(`/api/atlas/cooperations/${record.id}/state`, { data: { state: 'published' } }));

  // An organisation outside the directory, an alliance, and a members-only workspace with a message.
  await ok(
    await platform.post('/api/organisations', {
      data: { name: 'Kreisfeuerwehrverband Harburg', type: 'verband', landCode: '03' },
    }),
    201,
  );
  await ok(await annaApi.post('/api/alliances', { data: { name: 'Feuerwehr-Verbund Nordheide' } }), 201);
  const workspace = await ok(
    await annaApi.post('/api/workspaces', {
      data: {
        name: 'Feuerwehr-Kooperation Nordheide',
        description: 'Beschaffung und Ausbildung der Wehren.',
        ownerOrganisationId: seevetal.id,
        visibility: 'members',
      },
    }),
    201,
  );
  const channels = await ok(await annaApi.get(`/api/workspaces/${workspace.id}/channels`));
  const general = channels.find((c: { isDefault: boolean }) => c.isDefault);
  await ok(
    await annaApi.post(`/api/channels/${general.id}/messages`, {
      data: { text: 'Die Schlüssel für das neue Feuerwehrhaus liegen ab Montag im Rathaus.' },
    }),
    201,
  );
  return { anna, record };
}

async function searchFromHeader(page: Page, words: string) {
  const box = page.getByRole('banner').getByRole('searchbox', { name: /^Alles durchsuchen/ });
  await box.fill(words);
  await box.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Suche' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `für „${words}“` })).toBeVisible();
}

test('one search from the header finds everything a member may see, and only the public part signed out', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const { anna, record } = await prepare();

  // Anna searches from the header: every group appears under its own heading, with its count.
  const memberContext = await browser.newContext();
  const page = await memberContext.newPage();
  await signInThroughUi(page, anna.email, anna.name);
  await searchFromHeader(page, 'Feuerwehr');
  await expect(page).toHaveURL(/\/search\?q=Feuerwehr$/);
  for (const heading of Object.values(GROUP_HEADINGS)) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  const main = page.getByRole('main');
  await expect(
    main.getByRole('link', { name: 'Gemeinsame Feuerwehr-Ausbildung in der Nordheide', exact: true }),
  ).toHaveAttribute('href', `/atlas/${record.slug}`);
  await expect(main.getByRole('link', { name: 'Feuerwehr-Kooperation Nordheide', exact: true })).toBeVisible();
  await expect(main.getByText('Ihre Rolle: Eigentümer*in')).toBeVisible();
  await expect(main.locator('mark', { hasText: 'Feuerwehrhaus' })).toBeVisible();
  await expect(main.getByRole('link', { name: /^#allgemein · Feuerwehr-Kooperation Nordheide/ })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Kreisfeuerwehrverband Harburg', exact: true })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Feuerwehr-Verbund Nordheide', exact: true })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Ole Feuerwehr', exact: true })).toBeVisible();
  await expect(main.getByRole('link', { name: /im Kooperationsatlas ansehen/i })).toHaveAttribute(
    'href',
    '/atlas?q=Feuerwehr',
  );
  await expectAccessible(page, 'unified-search-member');
  await shot(page, 'unified-search-member-1280');

  // The hit leads into the workspace's chat, at the message.
  await main.getByRole('link', { name: /^#allgemein · Feuerwehr-Kooperation Nordheide/ }).click();
  await expect(page).toHaveURL(/\/chat\/[0-9a-f-]+\?message=/);
  await expect(page.getByText('Die Schlüssel für das neue Feuerwehrhaus liegen ab Montag im Rathaus.')).toBeVisible();

  // On a phone the groups stack and nothing runs off the side.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/search?q=Feuerwehr');
  await expect(page.getByRole('heading', { level: 2, name: GROUP_HEADINGS.messages })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible(page, 'unified-search-member-320');
  await shot(page, 'unified-search-member-320');

  // A misspelling gets a suggestion in the spelling the atlas uses; a word found nowhere, the hints.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/search?q=Feuerwher');
  await expect(main.getByText('Meinten Sie')).toBeVisible();
  await main.getByRole('link', { name: 'Feuerwehr', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: GROUP_HEADINGS.atlas })).toBeVisible();
  await page.goto('/search?q=Xylophonwerkstatt');
  await expect(page.getByRole('status').filter({ hasText: 'Keine Treffer für „Xylophonwerkstatt“' })).toBeVisible();
  await expect(main.getByRole('heading', { level: 2, name: 'So sucht die Suche' })).toBeVisible();
  await expectAccessible(page, 'unified-search-none');
  await shot(page, 'unified-search-none-1280');
  await memberContext.close();

  // A signed-out reader: the public groups only; no workspace, message or person, and a way to sign in.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto('/');
  await searchFromHeader(reader, 'Feuerwehr');
  const readerMain = reader.getByRole('main');
  for (const kind of ['atlas', 'organisations', 'alliances'] as const) {
    await expect(reader.getByRole('heading', { level: 2, name: GROUP_HEADINGS[kind] })).toBeVisible();
  }
  for (const kind of ['workspaces', 'messages', 'people'] as const) {
    await expect(reader.getByRole('heading', { level: 2, name: GROUP_HEADINGS[kind] })).toHaveCount(0);
  }
  await expect(readerMain).not.toContainText('Feuerwehr-Kooperation Nordheide');
  await expect(readerMain).not.toContainText('Feuerwehrhaus');
  await expect(readerMain).not.toContainText('Ole Feuerwehr');
  await expect(readerMain).toContainText(
    'Angemeldet durchsucht die Suche auch: Arbeitsräume, Nachrichten, Dokumente, Fragen, Wiki-Seiten, Leistungsangebote, Personen.',
  );
  await expectAccessible(reader, 'unified-search-signed-out');
  await shot(reader, 'unified-search-signed-out-1280');

  // The same page in English; the records' German text is marked as German.
  await reader.getByRole('button', { name: 'English' }).first().click();
  await expect(reader.getByRole('heading', { level: 2, name: /^Cooperation atlas \(\d+ results?\)/ })).toBeVisible();
  await expect(readerMain).toContainText(
    'Signed in, the search also looks through: Workspaces, Messages, Documents, Questions, Wiki pages, Service offers, People.',
  );
  await expect(readerMain.locator('[lang="de"]').first()).toContainText('Feuerwehr');
  await expectAccessible(reader, 'unified-search-signed-out-en');
  await shot(reader, 'unified-search-signed-out-en-1280');
  await reader.getByRole('button', { name: 'Deutsch' }).first().click();

  // The empty page explains what the search does and offers a first search.
  await reader.goto('/search');
  await expect(reader.getByText('Die Suche findet Kooperationen im Atlas')).toBeVisible();
  await expectAccessible(reader, 'unified-search-empty');
  await shot(reader, 'unified-search-empty-1280');
  await readerContext.close();
});
