import type { Page } from '@playwright/test';
import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { signInThroughUi } from './signin.ts';

// Greta moderates a community with a chat; Theo, a member, posts a phone list into it. Theo is offered
// "Löschen" on his own message only; Greta is offered it on Theo's message too, deletes it after the
// question, and both see "Nachricht gelöscht" in its place. Checked with axe at 1280 and 320 px.

const messagesOf = (page: Page, communityName: string) =>
  page.getByRole('list', { name: new RegExp(`^Nachrichten in .*${communityName}`) });

test('a community’s moderator deletes a member’s message in its chat; the member can delete only his own', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const platform = await platformAdminApi();
  const stade = await findOrganisation(platform, 'Stade');
  const greta = { name: 'Greta Gruppenleitung', email: uniqueEmail('greta.moderation') };
  const theo = { name: 'Theo Tourenplan', email: uniqueEmail('theo.moderation') };
  const gretaApi = await registerVerifiedViaApi({ ...greta, organisationId: stade.id });
  await makeOrganisationAdmin(platform, stade.id, (await (await gretaApi.get('/api/me')).json()).id);
  const theoApi = await registerVerifiedViaApi({ ...theo, organisationId: stade.id });
  const communityName = `Streudienst ${Date.now().toString(36)}`;
  const created = await gretaApi.post('/api/network/communities', { data: { name: communityName } });
  expect(created.status(), await created.text()).toBe(201);
  const community = await created.json();
  expect((await theoApi.post(`/api/network/communities/${community.id}/join`, { data: {} })).status()).toBe(200);
  const chat = await gretaApi.post(`/api/network/communities/${community.id}/channel`);
  expect(chat.status(), await chat.text()).toBe(201);
  const { channelId } = await chat.json();
  const phoneList = 'Telefonliste der Fahrer: 0170 1234567, 0171 7654321';
  for (const [api, text] of [
    [gretaApi, 'Willkommen im Chat der Fachgruppe!'],
    [theoApi, phoneList],
  ] as const) {
    const res = await api.post(`/api/channels/${channelId}/messages`, { data: { text } });
    expect(res.status(), await res.text()).toBe(201);
  }

  // Theo may delete his own message, not Greta's.
  const b = await (await browser.newContext()).newPage();
  await b.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(b, theo.email, theo.name);
  await b.goto(`/chat/${channelId}`);
  const theosView = messagesOf(b, communityName);
  await expect(theosView.getByText(phoneList)).toBeVisible();
  const welcomeForTheo = theosView.getByRole('listitem').filter({ hasText: 'Willkommen im Chat' });
  await welcomeForTheo.hover();
  await expect(welcomeForTheo.getByRole('button', { name: /^Antworten/ })).toBeAttached();
  await expect(welcomeForTheo.getByRole('button', { name: /^Löschen/ })).toHaveCount(0);
  await expect(
    theosView
      .getByRole('listitem')
      .filter({ hasText: phoneList })
      .getByRole('button', { name: /^Löschen/ }),
  ).toHaveCount(1);

  // Greta is offered "Löschen" on Theo's message and deletes it.
  const a = await (await browser.newContext()).newPage();
  await a.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(a, greta.email, greta.name);
  await a.goto(`/network/communities/${community.slug}`);
  await a.getByRole('link', { name: 'Chat der Fachgruppe' }).click();
  const gretasView = messagesOf(a, communityName);
  const theosMessage = gretasView.getByRole('listitem').filter({ hasText: phoneList });
  await expect(theosMessage).toBeVisible();
  await theosMessage.hover();
  await expect(theosMessage.getByRole('button', { name: new RegExp(`^Löschen \\(${theo.name}, `) })).toBeVisible();
  await shot(a, 'network-community-chat-moderator');
  await expectAccessible(a, 'network-community-chat-moderator');
  await theosMessage.getByRole('button', { name: /^Löschen/ }).click();
  await expect(a.getByText('Nachricht wirklich löschen?')).toBeVisible();
  await a.getByRole('button', { name: 'Ja, löschen' }).click();
  await expect(gretasView.getByText('Nachricht gelöscht')).toBeVisible();
  await expect(gretasView.getByText(phoneList)).toHaveCount(0);
  await shot(a, 'network-community-chat-deleted');
  await expectAccessible(a, 'network-community-chat-deleted');

  // Theo sees the tombstone arrive, also at 320 px.
  await expect(theosView.getByText('Nachricht gelöscht')).toBeVisible();
  await expect(theosView.getByText(phoneList)).toHaveCount(0);
  await b.setViewportSize({ width: 320, height: 800 });
  await expect(theosView.getByText('Nachricht gelöscht')).toBeVisible();
  await shot(b, 'network-community-chat-deleted-320');
  await expectAccessible(b, 'network-community-chat-deleted-320');
});
