import { makeOrganisationAdmin, platformAdminApi } from './admin.ts';
import { cooperationInput, findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, expectAccessible, shot, test } from './fixtures.ts';
import { checkPage, created } from './project-steps.ts';
import { signInThroughUi } from './signin.ts';

// Anna keeps the specification of a tender in her workspace's documents. On the task "Ausschreibung
// vorbereiten" she finds it by a part of its name, links it, and unlinks it again; a message of the
// workspace's channel that links it shows it underneath, and so does the draft of her town's atlas
// record. The pages pass axe, the task's also at 320 px.

test('a document is linked to a task through its picker, unlinked, and shown under a chat message', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const platform = await platformAdminApi();
  const town = await findOrganisation(platform, 'Neu Wulmstorf');
  const anna = { name: 'Anna Vergabe', email: uniqueEmail('anna.links') };
  const annaApi = await registerVerifiedViaApi({ ...anna, organisationId: town.id });
  const annaId = (await (await annaApi.get('/api/me')).json()).id as string;
  await makeOrganisationAdmin(platform, town.id, annaId);
  const workspace = await created<{ id: string }>(
    await annaApi.post('/api/workspaces', {
      data: { name: `Vergabe ${Date.now().toString(36)}`, ownerOrganisationId: town.id, visibility: 'members' },
    }),
  );
  const file = await created<{ id: string }>(
    await annaApi.post(
      `/api/documents/spaces/workspace/${workspace.id}/files?name=Leistungsverzeichnis_Breitband.txt`,
      {
        data: Buffer.from('Leistungsverzeichnis für den Ausbau des Breitbandnetzes'),
        headers: { 'content-type': 'application/octet-stream' },
      },
    ),
  );
  const project = await created<{ id: string }>(
    await annaApi.post(`/api/workspaces/${workspace.id}/projects`, { data: { name: 'Breitband', status: 'running' } }),
  );
  const task = await created<{ id: string }>(
    await annaApi.post(`/api/projects/${project.id}/tasks`, { data: { title: 'Ausschreibung vorbereiten' } }),
  );
  const channels = (await (await annaApi.get(`/api/workspaces/${workspace.id}/channels`)).json()) as {
    id: string;
    isDefault: boolean;
  }[];
  const channelId = channels.find((c) => c.isDefault)?.id as string;
  const message = await created<{ id: string }>(
    await annaApi.post(`/api/channels/${channelId}/messages`, {
      data: { text: 'Das Leistungsverzeichnis ist fertig.' },
    }),
  );
  await created(
    await annaApi.post(`/api/documents/nodes/${file.id}/links`, {
      data: { targetKind: 'message', targetId: message.id },
    }),
  );

  const page = await (await browser.newContext()).newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(page, anna.email, anna.name);

  // The search over everything finds the file by a word of its text (extracted in the background).
  await expect(async () => {
    await page.goto('/search?q=Breitbandnetz');
    await expect(page.getByRole('heading', { level: 2, name: /^Dokumente \(1 Treffer\)/ })).toBeVisible({
      timeout: 2_000,
    });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole('link', { name: 'Leistungsverzeichnis_Breitband.txt' })).toBeVisible();
  await expect(page.locator('mark', { hasText: 'Breitbandnetzes' })).toBeVisible();
  await expectAccessible(page, 'document-links-search');
  await shot(page, 'document-links-search-1280');

  // The task's documents: none yet; the picker finds the file by a part of its name.
  await page.goto(`/projects/${project.id}/tasks/${task.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Dokumente' })).toBeVisible();
  await expect(page.getByText('Noch keine Dokumente verknüpft.')).toBeVisible();
  await page.getByRole('button', { name: 'Verknüpfen' }).click();
  await expect(page.getByRole('link', { name: 'Wählen Sie ein Dokument aus der Liste.' })).toBeVisible();
  const picker = page.getByRole('combobox', { name: /^Dokument/ });
  await picker.fill('Leistungsverzeichnis');
  await page.getByRole('option', { name: /Leistungsverzeichnis_Breitband\.txt/ }).click();
  await expect(picker).toHaveValue('Leistungsverzeichnis_Breitband.txt');
  await page.getByRole('button', { name: 'Verknüpfen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ist verknüpft' })).toHaveText(
    '„Leistungsverzeichnis_Breitband.txt“ ist verknüpft.',
  );
  const linkToFile = page.getByRole('link', { name: 'Leistungsverzeichnis_Breitband.txt' });
  await expect(linkToFile).toHaveAttribute('href', `/documents/files/${file.id}`);
  await linkToFile.scrollIntoViewIfNeeded();
  await checkPage(page, 'document-links-task');

  await page.getByRole('button', { name: 'Verknüpfung lösen (Leistungsverzeichnis_Breitband.txt)' }).click();
  await expect(page.getByText('Noch keine Dokumente verknüpft.')).toBeVisible();

  // The message that links the file shows it underneath.
  await page.goto(`/chat/${channelId}`);
  const underMessage = page.getByRole('list', { name: 'Verknüpfte Dokumente' });
  await expect(underMessage.getByRole('link', { name: 'Leistungsverzeichnis_Breitband.txt' })).toBeVisible();
  await expectAccessible(page, 'document-links-chat');

  // The atlas record (a draft of her town, seen by its people) lists the documents linked to it.
  const record = await created<{ id: string; slug: string }>(
    await annaApi.post('/api/atlas/cooperations', {
      data: cooperationInput({
        title: 'Gemeinsame Vergabestelle Nordheide',
        summary: 'Zwei Gemeinden schreiben gemeinsam aus.',
        partnerIds: [town.id],
      }),
    }),
  );
  await created(
    await annaApi.post(`/api/documents/nodes/${file.id}/links`, {
      data: { targetKind: 'cooperation', targetId: record.id },
    }),
  );
  await page.goto(`/atlas/${record.slug}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Dokumente' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Leistungsverzeichnis_Breitband.txt' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Verknüpfung lösen (Leistungsverzeichnis_Breitband.txt)' }),
  ).toBeVisible();
  await expectAccessible(page, 'document-links-atlas');
});
