import ICAL from 'ical.js';
import { platformAdminApi } from './admin.ts';
import { expect, expectAccessible, expectNoSidewaysScroll, shot, test } from './fixtures.ts';
import { noSidewaysScroll, person } from './network-people.ts';
import { signInThroughUi } from './signin.ts';

// Leipzig's Olaf creates this year's dialogue forum on /events, adds two sessions on the organisers'
// page; Paula (Dresden) registers with the organiser's question and agrees to be listed, makes her
// calendar subscription and her calendar program fetches it: the forum is in it. A signed-out reader
// sees the public event page; each page with axe, at 1280 and 320 px, and in English.

/** "2027-03-10T09:30" for a day `days` ahead (a field of type datetime-local, read as Berlin time). */
function localInput(days: number, time: string): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return `${date.toISOString().slice(0, 10)}T${time}`;
}

test('the dialogue forum with two sessions: a person registers and imports the feed', async ({ browser }) => {
  test.setTimeout(300_000);
  const platform = await platformAdminApi();
  const olaf = await person(platform, 'Olaf Organisator', 'olaf.forum', 'Leipzig');
  const paula = await person(platform, 'Paula Teilnahme', 'paula.forum', 'Dresden');
  const title = `Dialogforum Interkommunale Zusammenarbeit ${Date.now().toString(36)}`;

  // Olaf creates the forum.
  const a = await (await browser.newContext()).newPage();
  a.setDefaultTimeout(20_000);
  await a.setViewportSize({ width: 1280, height: 900 });
  await signInThroughUi(a, olaf.email, olaf.name);
  await a.goto('/events');
  await expect(a.getByRole('heading', { level: 1, name: 'Veranstaltungen' })).toBeVisible();
  await a.getByRole('link', { name: 'Veranstaltung anlegen' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Veranstaltung anlegen' })).toBeVisible();
  // An empty form is refused in words.
  await a.getByRole('button', { name: 'Veranstaltung anlegen' }).click();
  await expect(a.getByText('Bitte Datum und Uhrzeit angeben.').first()).toBeVisible();
  await a.getByLabel('Titel', { exact: true }).fill(title);
  await a
    .getByLabel('Beschreibung – optional', { exact: true })
    .fill('Erfolge und Hindernisse der Zusammenarbeit, einmal im Jahr.');
  await a.getByLabel('Beginn', { exact: true }).fill(localInput(40, '09:30'));
  await a.getByLabel('Ende', { exact: true }).fill(localInput(40, '16:00'));
  await a.getByLabel('Ort – optional', { exact: true }).fill('Neues Rathaus Leipzig');
  await a.getByLabel('Adresse – optional', { exact: true }).fill('Martin-Luther-Ring 4–6, 04109 Leipzig');
  await a.getByLabel('Breitengrad – optional', { exact: true }).fill('51,3357');
  await a.getByLabel('Längengrad – optional', { exact: true }).fill('12,3717');
  await a.getByRole('radio', { name: /^Öffentlich/ }).check();
  await a.getByLabel('Plätze – optional', { exact: true }).fill('80');
  await a.getByLabel('Neue Frage – optional', { exact: true }).fill('Verpflegung');
  await a.getByLabel('Art der Antwort').selectOption('choice');
  await a.getByLabel('Auswahlmöglichkeiten').fill('vegetarisch; vegan; ohne Einschränkung');
  await a.getByLabel('Pflichtfrage').check();
  await a.getByRole('button', { name: 'Frage hinzufügen' }).click();
  await expect(a.getByText('Verpflegung (Auswahl, Pflichtfrage)')).toBeVisible();
  await shot(a, 'events-new');
  await expectAccessible(a, 'events-new');
  await a.getByRole('button', { name: 'Veranstaltung anlegen' }).click();

  // The organisers' page: two sessions.
  await expect(a.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(a.getByText('Veranstaltung verwalten')).toBeVisible();
  // Speakers: Olaf as a person of the platform, chosen with the people picker by keyboard; the guests by name.
  const sessions = [
    { title: 'Eröffnung und Rückblick', from: '09:30', to: '10:30', people: ['Olaf Organisator'], guests: [] },
    { title: 'Gemeinsame E-Akte', from: '10:45', to: '12:00', people: [], guests: ['Andrea Akte', 'Bernd Betrieb'] },
  ];
  const picker = a.getByRole('combobox', { name: 'Person der Plattform hinzufügen' });
  const guestField = a.getByLabel('Oder einen Namen ohne Profil eintragen – optional', { exact: true });
  for (const s of sessions) {
    await a.getByLabel('Titel des Programmpunkts').fill(s.title);
    await a.getByLabel('Beginn', { exact: true }).fill(localInput(40, s.from));
    await a.getByLabel('Ende', { exact: true }).fill(localInput(40, s.to));
    await a.getByLabel('Raum – optional', { exact: true }).fill('Festsaal');
    for (const name of s.people) {
      // Others with a similar name may be on the platform (the journeys share it): arrow down to this one.
      await picker.fill(name);
      await expect(a.getByRole('option', { name: new RegExp(`^${name}`) })).toBeVisible();
      for (let tries = 0; tries < 10; tries += 1) {
        await picker.press('ArrowDown');
        const active = await picker.getAttribute('aria-activedescendant');
        if (active && (await a.locator(`[id="${active}"]`).textContent())?.startsWith(name)) break;
      }
      await picker.press('Enter');
      await expect(a.getByRole('status').filter({ hasText: `${name} hinzugefügt.` })).toBeAttached();
      await expect(a.getByRole('link', { name })).toHaveAttribute('href', /^\/network\/people\/[0-9a-f-]{36}$/);
    }
    for (const name of s.guests) {
      await guestField.fill(name);
      await guestField.press('Enter');
      await expect(a.getByRole('button', { name: `Entfernen (${name})` })).toBeVisible();
    }
    if (s.guests.length > 0) {
      // A name added by mistake goes again by keyboard; the focus moves on to the next remove button.
      await guestField.fill('Bernd Falsch');
      await guestField.press('Enter');
      await expect(a.getByText('Bernd Falsch (Gast)')).toBeVisible();
      await shot(a, 'events-session-speakers');
      await expectAccessible(a, 'events-session-speakers');
      await a.getByRole('button', { name: 'Entfernen (Bernd Falsch)' }).focus();
      await a.keyboard.press('Enter');
      await expect(a.getByText('Bernd Falsch (Gast)')).toHaveCount(0);
      await expect(a.getByRole('button', { name: 'Entfernen (Bernd Betrieb)' })).toBeFocused();
      await a.setViewportSize({ width: 320, height: 800 });
      await expectNoSidewaysScroll(a);
      await a.setViewportSize({ width: 1280, height: 900 });
    }
    await a.getByRole('button', { name: 'Programmpunkt hinzufügen' }).click();
    await expect(a.getByRole('heading', { level: 4, name: s.title })).toBeVisible();
    await expect(a.getByText('Noch keine Sprechenden.')).toBeVisible();
  }
  // Slides as an upload, chosen by keyboard: a PDF is taken, a Word file is refused in words.
  const slides = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const chooseSlides = a.getByRole('button', { name: 'Folien hochladen: „Gemeinsame E-Akte“' });
  const chooser = a.waitForEvent('filechooser');
  await chooseSlides.focus();
  await a.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'Folien E-Akte.pdf', mimeType: 'application/pdf', buffer: slides });
  await expect(a.getByRole('link', { name: 'Folien E-Akte.pdf' })).toBeVisible();
  await expect(a.getByText('(PDF, 0,1 MB)')).toBeVisible();
  await expect(a.getByRole('button', { name: '„Folien E-Akte.pdf“ entfernen' })).toBeVisible();
  const wrong = a.waitForEvent('filechooser');
  await chooseSlides.focus();
  await a.keyboard.press('Enter');
  await (await wrong).setFiles({ name: 'Protokoll.docx', mimeType: 'application/octet-stream', buffer: slides });
  await expect(
    a.getByRole('alert').filter({ hasText: 'Nur PDF-, ODP- und PPTX-Dateien: „Protokoll.docx“ ist keine.' }),
  ).toBeVisible();
  await a.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(a);
  await a.setViewportSize({ width: 1280, height: 900 });
  await shot(a, 'events-manage');
  await expectAccessible(a, 'events-manage');
  const eventUrl = a.url().replace(/\/manage$/, '');

  // Paula registers at 320 px.
  const b = await (await browser.newContext()).newPage();
  b.setDefaultTimeout(20_000);
  await b.setViewportSize({ width: 320, height: 800 });
  await signInThroughUi(b, paula.email, paula.name);
  await b.goto('/events');
  await b.getByRole('link', { name: title }).click();
  await expect(b.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(b.getByRole('heading', { level: 3, name: 'Gemeinsame E-Akte' })).toBeVisible();
  await expect(b.getByText('Mit: Andrea Akte, Bernd Betrieb')).toBeVisible();
  // The slides are hers to download.
  await expect(b.getByRole('link', { name: 'Folien E-Akte.pdf' })).toHaveAttribute(
    'href',
    /^\/api\/events\/.+\/files\//,
  );
  // Olaf is linked to his profile; the guests are names.
  await expect(b.getByRole('link', { name: 'Olaf Organisator' })).toHaveAttribute(
    'href',
    /^\/network\/people\/[0-9a-f-]{36}$/,
  );
  await b.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await expect(b.getByText('Bitte ausfüllen.').first()).toBeVisible();
  await b.getByLabel('Verpflegung', { exact: true }).selectOption('vegan');
  await b.getByLabel('In der Teilnehmendenliste erscheinen').check();
  await b.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await expect(b.getByText('Sie sind angemeldet.')).toBeVisible();
  await expect(b.getByRole('listitem').filter({ hasText: `${paula.name} (` })).toBeVisible();
  await noSidewaysScroll(b);
  await shot(b, 'events-detail-registered-320');
  await expectAccessible(b, 'events-detail-registered-320');

  // Her calendar subscription, fetched as a calendar program would (no cookies).
  await b.goto('/events');
  await b.getByRole('button', { name: 'Kalenderadresse erzeugen' }).click();
  const feedUrl = (await b.getByTestId('event-feed-url').textContent())?.trim() ?? '';
  expect(feedUrl).toMatch(/\/api\/event-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
  await noSidewaysScroll(b);
  await shot(b, 'events-list-feed-320');
  await expectAccessible(b, 'events-list-feed-320');
  const calendarProgram = await browser.newContext();
  const feed = await calendarProgram.request.get(`${new URL(eventUrl).origin}${new URL(feedUrl).pathname}`);
  expect(feed.status()).toBe(200);
  const vevents = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent');
  const mine = vevents.map((v) => new ICAL.Event(v)).find((e) => e.summary === title);
  expect(mine?.location).toContain('Neues Rathaus Leipzig');
  expect(mine?.startDate.toJSDate().toISOString()).toMatch(/T0[78]:30:00\.000Z$/);
  await calendarProgram.close();

  // Olaf sees her answer among the registrations.
  await a.reload();
  await expect(a.getByRole('cell', { name: 'vegan' })).toBeVisible();
  // …and moves the second session to another room; her calendar entry of it follows by its SEQUENCE.
  await a.getByRole('button', { name: '„Gemeinsame E-Akte“ bearbeiten' }).click();
  await a.getByLabel('Raum – optional', { exact: true }).first().fill('Raum 2.14');
  await a.getByRole('button', { name: 'Programmpunkt speichern' }).click();
  await expect(a.getByText('· Raum 2.14')).toBeVisible();
  await expect(a.getByRole('button', { name: 'Programmpunkt speichern' })).toHaveCount(0);

  // A signed-out reader, in English.
  const c = await (await browser.newContext()).newPage();
  await c.setViewportSize({ width: 1280, height: 900 });
  await c.goto(eventUrl);
  await expect(c.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(c.getByRole('link', { name: 'Melden Sie sich an, um teilzunehmen.' })).toBeVisible();
  // The event is public: its slides are a signed-out reader's to download too.
  const slidesLink = c.getByRole('link', { name: 'Folien E-Akte.pdf' });
  const downloaded = await c.request.get(new URL((await slidesLink.getAttribute('href')) ?? '', eventUrl).href);
  expect(downloaded.status()).toBe(200);
  expect(Buffer.from(await downloaded.body()).equals(slides)).toBe(true);
  // Profiles need a sign-in: a signed-out reader sees the speaker's name without a link.
  await expect(c.getByText('Mit: Olaf Organisator')).toBeVisible();
  await expect(c.getByRole('link', { name: 'Olaf Organisator' })).toHaveCount(0);
  await shot(c, 'events-detail-signed-out');
  await expectAccessible(c, 'events-detail-signed-out');
  await c.getByRole('button', { name: 'English' }).click();
  await expect(c.getByRole('heading', { level: 2, name: 'Agenda' })).toBeVisible();
  await expect(c.getByRole('link', { name: 'Event as a calendar file (.ics)' })).toBeVisible();
  await c.setViewportSize({ width: 320, height: 800 });
  await noSidewaysScroll(c);
  await shot(c, 'events-detail-en-320');
  await expectAccessible(c, 'events-detail-en-320');

  // Without JavaScript the server sends the public event as HTML: title, agenda and the calendar file.
  const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const d = await noScript.newPage();
  const answer = await d.goto(eventUrl);
  expect(answer?.status()).toBe(200);
  await expect(d.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(d.getByText('Gemeinsame E-Akte').first()).toBeVisible();
  await expect(d.getByRole('link', { name: 'Folien E-Akte.pdf' })).toHaveAttribute('download', '');
  await expect(d.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/events\/[0-9a-f-]+$/);
  await d.setViewportSize({ width: 320, height: 800 });
  await noSidewaysScroll(d);
  await shot(d, 'events-detail-no-js-320');
  await noScript.close();
});
