import type { Page } from '@playwright/test';
import { makeOrganisationAdmin, PLATFORM_ADMIN, platformAdminApi } from './admin.ts';
import { findOrganisation, registerVerifiedViaApi, uniqueEmail } from './api.ts';
import { expect, test } from './fixtures.ts';
import { checkPage, created } from './project-steps.ts';
import { signInThroughUi } from './signin.ts';

// Anna (Neu Wulmstorf) keeps the draft of a bylaw in a workspace she shares with Bernd (Seevetal).
// She uploads it with a comment and checks it out; Bernd sees who holds it until when and cannot
// upload over it. Once she releases it he uploads a new version and asks her to approve it; she
// approves; his next edit lapses the approval. Every page passes axe and is photographed at 1280
// and 320 px, where nothing scrolls sideways.

const PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/MediaBox[0 0 200 200]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const BYLAW =
  '# Hundesteuersatzung\n\nDie Gemeinde erhebt eine Hundesteuer.\n\n- Erster Hund: 90 Euro\n- Zweiter Hund: 120 Euro\n';

/** The message of what was just done has the focus (the row it came from may be gone). */
async function expectNews(page: Page, text: string) {
  const news = page.locator('.doc-news');
  await expect(news).toContainText(text);
  await expect(news).toBeFocused();
}

async function openFile(page: Page, workspaceName: string, folder: string, file: string) {
  await page.goto('/documents');
  await page.getByRole('link', { name: workspaceName }).click();
  await page.getByRole('link', { name: `Ordner ${folder}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: folder })).toBeVisible();
  await page.getByRole('link', { name: file }).click();
  await expect(page.getByRole('heading', { level: 1, name: file })).toBeVisible();
}

test('a bylaw is drafted, checked out, versioned by a colleague of another town, approved, and the approval lapses with the next edit', async ({
  browser,
}) => {
  test.setTimeout(360_000);
  const platform = await platformAdminApi();
  const suffix = Date.now().toString(36);

  const people = [];
  for (const [name, town] of [
    ['Anna Beispiel', 'Neu Wulmstorf'],
    ['Bernd Brand', 'Seevetal'],
  ] as const) {
    const organisation = await findOrganisation(platform, town);
    const email = uniqueEmail(name.split(' ')[0]?.toLowerCase() ?? 'p');
    const api = await registerVerifiedViaApi({ name, email, organisationId: organisation.id });
    const id = (await (await api.get('/api/me')).json()).id as string;
    await makeOrganisationAdmin(platform, organisation.id, id);
    people.push({ name, email, api, id, organisation });
  }
  const [anna, bernd] = people as [(typeof people)[0], (typeof people)[0]];
  const workspaceName = `Satzungen Landkreis Harburg ${suffix}`;
  const workspace = await created<{ id: string }>(
    await anna.api.post('/api/workspaces', {
      data: { name: workspaceName, ownerOrganisationId: anna.organisation.id, visibility: 'members' },
    }),
  );
  await created(
    await anna.api.post(`/api/workspaces/${workspace.id}/members`, { data: { personId: bernd.id, role: 'member' } }),
  );

  // Anna finds the workspace's documents in the main navigation, with their usage.
  const page = await (await browser.newContext()).newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(page, anna.email, anna.name);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Dokumente' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dokumente' })).toBeVisible();
  await expect(page.getByRole('link', { name: workspaceName })).toBeVisible();
  await checkPage(page, 'documents-spaces');

  // A folder, and the draft uploaded into it with a comment.
  await page.getByRole('link', { name: workspaceName }).click();
  await expect(page.getByRole('heading', { level: 1, name: workspaceName })).toBeVisible();
  await page.getByLabel('Name des neuen Ordners').fill('Hundesteuer');
  await page.getByRole('button', { name: 'Ordner anlegen' }).click();
  await expectNews(page, 'Der Ordner „Hundesteuer“ wurde angelegt.');
  await page.getByRole('link', { name: 'Ordner Hundesteuer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hundesteuer' })).toBeVisible();
  await page.getByLabel('Kommentar zur Version').fill('Entwurf für den Ausschuss');
  await page.locator('.doc-drop input[type=file]').setInputFiles({
    name: 'Hundesteuersatzung.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(BYLAW),
  });
  await expect(page.getByRole('progressbar', { name: /Hundesteuersatzung\.md/ })).toBeVisible();
  await expect(page.getByText('Hochgeladen.')).toBeVisible();
  const row = page.getByRole('row', { name: /Hundesteuersatzung\.md/ });
  await expect(row).toContainText(anna.name);
  await checkPage(page, 'documents-folder');

  // Her file: the Markdown rendered, version 1 with its comment; she checks it out.
  await row.getByRole('link', { name: 'Hundesteuersatzung.md' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hundesteuersatzung.md' })).toBeVisible();
  await expect(page.locator('.doc-preview--markdown')).toContainText('Die Gemeinde erhebt eine Hundesteuer.');
  await expect(page.getByRole('row', { name: /Version 1/ })).toContainText('Entwurf für den Ausschuss');
  await page.getByRole('button', { name: 'Zum Bearbeiten auschecken' }).click();
  await expectNews(page, 'Die Datei ist für Sie ausgecheckt.');
  await expect(page.getByText(/Von Ihnen ausgecheckt bis (\d\d\.\d\d\.\d{4}, )?\d\d:\d\d/)).toBeVisible();
  await checkPage(page, 'documents-file-mine');
  const fileUrl = page.url();
  const fileId = fileUrl.split('/').pop() ?? '';

  // Bernd, of Seevetal, sees who holds it until when, and cannot upload over it.
  const berndPage = await (await browser.newContext()).newPage();
  await berndPage.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(berndPage, bernd.email, bernd.name);
  await openFile(berndPage, workspaceName, 'Hundesteuer', 'Hundesteuersatzung.md');
  await expect(
    berndPage.getByText(/Ausgecheckt von Anna Beispiel bis (\d\d\.\d\d\.\d{4}, )?\d\d:\d\d/).first(),
  ).toBeVisible();
  await expect(berndPage.getByText('Eine neue Version ist gerade nicht möglich', { exact: false })).toBeVisible();
  await expect(berndPage.getByRole('button', { name: 'Neue Version hochladen' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(berndPage.getByLabel('Datei', { exact: true })).toBeDisabled();
  const refused = await bernd.api.post(`/api/documents/nodes/${fileId}/versions?comment=vorbei`, {
    data: Buffer.from('überschrieben'),
    headers: { 'content-type': 'text/markdown' },
  });
  expect(refused.status(), await refused.text()).toBe(423);
  expect((await refused.json()).type).toMatch(/document-locked$/);
  await checkPage(berndPage, 'documents-file-locked');

  // Anna releases it; Bernd uploads a new version with a comment.
  await page.getByRole('button', { name: 'Wieder freigeben' }).click();
  await expectNews(page, 'Die Datei ist wieder für alle freigegeben.');
  await berndPage.reload();
  await expect(berndPage.getByRole('heading', { level: 1, name: 'Hundesteuersatzung.md' })).toBeVisible();
  await expect(berndPage.getByText(/Ausgecheckt von/)).toHaveCount(0);
  await berndPage.getByLabel('Datei', { exact: true }).setInputFiles({
    name: 'Hundesteuersatzung.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(`${BYLAW}- Dritter Hund: 150 Euro\n`),
  });
  await berndPage.getByLabel('Kommentar zur Version').fill('Dritter Hund ergänzt');
  await berndPage.getByRole('button', { name: 'Neue Version hochladen' }).click();
  await expect(berndPage.getByText('Hochgeladen.')).toBeVisible();
  await expect(berndPage.getByRole('heading', { level: 2, name: '2 Versionen' })).toBeVisible();
  await expect(berndPage.getByRole('row', { name: /Version 2/ })).toContainText('Dritter Hund ergänzt');
  await expect(berndPage.getByRole('row', { name: /Version 2/ })).toContainText(bernd.name);

  // He asks Anna to approve version 2.
  await berndPage.getByRole('combobox', { name: /Freigebende Personen/ }).fill('Anna');
  await berndPage
    .getByRole('option', { name: /Anna Beispiel/ })
    .first()
    .click();
  await berndPage.getByLabel('Nachricht an die Freigebenden').fill('Bitte vor der Sitzung prüfen.');
  await berndPage.getByRole('button', { name: 'Freigabe anfragen' }).click();
  await expectNews(berndPage, 'Die Freigabe ist bei 1 Person angefragt.');
  await expect(berndPage.getByRole('heading', { level: 3, name: /Freigabe von Version 2/ })).toContainText(
    'Freigabe angefragt',
  );
  await checkPage(berndPage, 'documents-approval-asked');

  // Anna approves with a comment; version 2 is marked approved.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hundesteuersatzung.md' })).toBeVisible();
  await page.getByRole('radio', { name: 'Freigeben' }).check();
  await page.locator('.doc-decide').getByLabel('Kommentar').fill('Passt so.');
  await page.getByRole('button', { name: 'Antwort senden' }).click();
  await expectNews(page, 'Sie haben die Version freigegeben.');
  const approval = page.locator('.doc-approval').first();
  await expect(approval).toContainText('Freigegeben');
  await expect(approval).toContainText('Passt so.');
  await expect(page.getByRole('row', { name: /Version 2/ })).toContainText('freigegeben');
  await checkPage(page, 'documents-approved');

  // Bernd's next edit lapses the approval.
  await berndPage.reload();
  await berndPage.getByLabel('Datei', { exact: true }).setInputFiles({
    name: 'Hundesteuersatzung.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(`${BYLAW}\nStand: Entwurf 3\n`),
  });
  await berndPage.getByLabel('Kommentar zur Version').fill('Stand ergänzt');
  await berndPage.getByRole('button', { name: 'Neue Version hochladen' }).click();
  await expect(berndPage.getByText('Hochgeladen.')).toBeVisible();
  await expect(berndPage.getByText('Freigabe erloschen: neue Version 3')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Freigabe erloschen: neue Version 3')).toBeVisible();
  await checkPage(page, 'documents-approval-lapsed');

  // In the folder, version 3 stands without an approval (the lapsed one was of version 2); and the
  // platform administrator's page for the rules.
  await page.goto(`/documents/workspace/${workspace.id}`);
  await page.getByRole('link', { name: 'Ordner Hundesteuer' }).click();
  const third = page.getByRole('row', { name: /Hundesteuersatzung\.md/ });
  await expect(third.getByRole('cell').nth(3)).toHaveText('3');
  await expect(third).not.toContainText('Freigegeben');
  const admin = await (await browser.newContext()).newPage();
  await admin.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(admin, PLATFORM_ADMIN.email, PLATFORM_ADMIN.name);
  await admin.goto('/admin/documents');
  await expect(admin.getByRole('heading', { level: 1, name: 'Dokumente' })).toBeVisible();
  await expect(admin.getByLabel('Alle Versionen behalten (Tage)')).toBeVisible();
  await checkPage(admin, 'documents-admin');
});

test('folders and files are uploaded several at once (a large one in resumable chunks), a taken name becomes a new version, renamed, moved, copied, trashed, restored and deleted for good', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const platform = await platformAdminApi();
  const organisation = await findOrganisation(platform, 'Rosengarten');
  const person = { name: 'Clara Ablage', email: uniqueEmail('clara') };
  const api = await registerVerifiedViaApi({ ...person, organisationId: organisation.id });
  const id = (await (await api.get('/api/me')).json()).id as string;
  await makeOrganisationAdmin(platform, organisation.id, id);
  const workspaceName = `Bauhof Rosengarten ${Date.now().toString(36)}`;
  const workspace = await created<{ id: string }>(
    await api.post('/api/workspaces', {
      data: { name: workspaceName, ownerOrganisationId: organisation.id, visibility: 'members' },
    }),
  );

  const page = await (await browser.newContext()).newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(page, person.email, person.name);
  await page.goto(`/workspaces/${workspace.id}`);
  // The workspace's own way to its documents, beside its members and projects.
  await page.locator('.chat-header__more').getByRole('link', { name: 'Dokumente', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: workspaceName })).toBeVisible();

  // Two files at once; the large one goes in resumable chunks.
  const large = Buffer.alloc(9 * 1024 * 1024 + 123, 7);
  await page.locator('.doc-drop input[type=file]').setInputFiles([
    { name: 'Protokoll.txt', mimeType: 'text/plain', buffer: Buffer.from('Sitzung vom 3. Dezember') },
    { name: 'Luftbild.bin', mimeType: 'application/octet-stream', buffer: large },
    { name: 'Plan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PDF) },
    { name: 'Lageplan.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') },
  ]);
  await expect(page.getByRole('progressbar', { name: /Luftbild\.bin \(9 MB\)/ })).toBeVisible();
  await expect(page.locator('.doc-upload__state', { hasText: 'Hochgeladen.' })).toHaveCount(4, { timeout: 30_000 });
  await expect(page.getByRole('row', { name: /Luftbild\.bin/ })).toContainText('9 MB');

  // A file dropped on the area goes the same way.
  const dropped = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Bitte Streusalz bestellen.'], 'Notiz.txt', { type: 'text/plain' }));
    return transfer;
  });
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
  await expect(page.locator('.doc-upload__state', { hasText: 'Hochgeladen.' })).toHaveCount(5);
  await expect(page.getByRole('row', { name: /Notiz\.txt/ })).toBeVisible();

  // The same name again: offered as a new version.
  await page.getByRole('button', { name: 'Fertige ausblenden' }).click();
  await page.locator('.doc-drop input[type=file]').setInputFiles({
    name: 'Protokoll.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Sitzung vom 3. Dezember, ergänzt'),
  });
  await expect(page.getByText('Eine Datei mit diesem Namen gibt es hier schon.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Als neue Version hochladen (Protokoll.txt)' }).click();
  await expect(page.locator('.doc-upload__state', { hasText: 'Hochgeladen.' })).toHaveCount(1);
  await expect(
    page
      .getByRole('row', { name: /Protokoll\.txt/ })
      .getByRole('cell')
      .nth(3),
  ).toHaveText('2');

  // A folder; the protocol renamed and moved into it (the dialog by keyboard: Escape gives the focus back).
  await page.getByLabel('Name des neuen Ordners').fill('Archiv');
  await page.getByRole('button', { name: 'Ordner anlegen' }).click();
  await expectNews(page, 'Der Ordner „Archiv“ wurde angelegt.');
  const actions = (name: string) => page.locator('summary', { hasText: `Aktionen (${name})` });
  await actions('Protokoll.txt').click();
  await page.getByRole('button', { name: 'Umbenennen (Protokoll.txt)' }).click();
  const rename = page.getByRole('dialog', { name: '„Protokoll.txt“ umbenennen' });
  await expect(rename).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(rename).toHaveCount(0);
  await expect(actions('Protokoll.txt')).toBeFocused();
  await actions('Protokoll.txt').click();
  await page.getByRole('button', { name: 'Umbenennen (Protokoll.txt)' }).click();
  await rename.getByLabel('Neuer Name').fill('Protokoll 2026-12.txt');
  await rename.getByRole('button', { name: 'Umbenennen' }).click();
  await expectNews(page, 'Umbenannt in „Protokoll 2026-12.txt“.');
  await actions('Protokoll 2026-12.txt').click();
  await page.getByRole('button', { name: 'Verschieben (Protokoll 2026-12.txt)' }).click();
  const move = page.getByRole('dialog', { name: '„Protokoll 2026-12.txt“ verschieben' });
  await move.getByRole('button', { name: 'Ordner „Archiv“ öffnen' }).click();
  await expect(move.getByText(`Ziel: ${workspaceName} / Archiv`)).toBeVisible();
  await checkPage(page, 'documents-move-dialog');
  await move.getByRole('button', { name: 'Hierher verschieben' }).click();
  await expectNews(page, '„Protokoll 2026-12.txt“ wurde verschoben.');
  await expect(page.getByRole('row', { name: /Protokoll/ })).toHaveCount(0);

  // The large file copied into the folder, then trashed, restored, trashed and deleted for good.
  await actions('Luftbild.bin').click();
  await page.getByRole('button', { name: 'Kopieren (Luftbild.bin)' }).click();
  const copy = page.getByRole('dialog', { name: '„Luftbild.bin“ kopieren' });
  await copy.getByRole('button', { name: 'Ordner „Archiv“ öffnen' }).click();
  await copy.getByRole('button', { name: 'Hierher kopieren' }).click();
  await expectNews(page, '„Luftbild.bin“ wurde kopiert.');
  await page.getByRole('link', { name: 'Ordner Archiv' }).click();
  await expect(page.getByRole('row', { name: /Luftbild\.bin/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Protokoll 2026-12\.txt/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Pfad' }).getByRole('link', { name: workspaceName }).click();
  await actions('Luftbild.bin').click();
  await page.getByRole('button', { name: 'In den Papierkorb (Luftbild.bin)' }).click();
  await page
    .getByRole('dialog', { name: '„Luftbild.bin“ in den Papierkorb legen?' })
    .getByRole('button', { name: 'In den Papierkorb legen' })
    .click();
  await expectNews(page, '„Luftbild.bin“ liegt im Papierkorb.');
  await page.getByRole('link', { name: 'Papierkorb' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Papierkorb' })).toBeVisible();
  await page.getByRole('button', { name: 'Wiederherstellen (Luftbild.bin)' }).click();
  await expectNews(page, '„Luftbild.bin“ wurde wiederhergestellt.');
  await expect(page.getByText('Der Papierkorb ist leer.')).toBeVisible();
  await page.getByRole('link', { name: `Zurück zu den Dokumenten von ${workspaceName}` }).click();
  await actions('Luftbild.bin').click();
  await page.getByRole('button', { name: 'In den Papierkorb (Luftbild.bin)' }).click();
  await page.getByRole('button', { name: 'In den Papierkorb legen' }).click();
  await expectNews(page, '„Luftbild.bin“ liegt im Papierkorb.');
  await page.getByRole('link', { name: 'Papierkorb' }).click();
  await expect(page.getByRole('row', { name: /Luftbild\.bin/ })).toContainText(person.name);
  await checkPage(page, 'documents-trash');
  await page.getByRole('button', { name: 'Endgültig löschen (Luftbild.bin)' }).click();
  await page.getByRole('button', { name: 'Ja, endgültig löschen' }).click();
  await expectNews(page, '„Luftbild.bin“ wurde endgültig gelöscht.');
  await expect(page.getByText('Der Papierkorb ist leer.')).toBeVisible();

  // An image is shown as an image, a PDF in the browser's own viewer, in a frame of the page.
  await page.getByRole('link', { name: `Zurück zu den Dokumenten von ${workspaceName}` }).click();
  await page.getByRole('link', { name: 'Lageplan.png' }).click();
  const image = page.getByRole('img', { name: 'Bild Lageplan.png' });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await page.getByRole('navigation', { name: 'Pfad' }).getByRole('link', { name: workspaceName }).click();
  await page.getByRole('link', { name: 'Plan.pdf' }).click();
  const frame = page.locator('iframe[title="Vorschau von Plan.pdf"]');
  await expect(frame).toBeVisible();
  const pdf = await page.request.get((await frame.getAttribute('src')) ?? '');
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect(pdf.headers()['content-disposition']).toMatch(/^inline/);
  await checkPage(page, 'documents-pdf');

  // The platform administrator gives her organisation 1 GB; its page leads to its documents, which show it.
  const admin = await (await browser.newContext()).newPage();
  await admin.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(admin, PLATFORM_ADMIN.email, PLATFORM_ADMIN.name);
  await admin.goto('/admin/documents');
  await admin.getByLabel('Art der Ablage').selectOption('organisation');
  await admin.getByRole('combobox', { name: /^Organisation/ }).fill('Rosengarten');
  await admin
    .getByRole('option', { name: /Rosengarten/ })
    .first()
    .click();
  await admin.getByLabel('Speicherplatz für Rosengarten in GB').fill('1');
  await admin.getByRole('button', { name: 'Speicherplatz festlegen' }).first().click();
  await expect(admin.getByText('Rosengarten hat jetzt 1 GB Speicherplatz.')).toBeVisible();
  await page.goto(`/organisations/${organisation.id}`);
  await page.getByRole('link', { name: 'Dokumente der Organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rosengarten' })).toBeVisible();
  await expect(page.getByText('0 B von 1 GB belegt (0 %)')).toBeVisible();
});
